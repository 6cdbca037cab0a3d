package kr.drregistry.plan.rules;

import java.util.List;
import java.util.Set;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policy;

/**
 * Runs the plan rules the policy enables and returns their findings in the topology report's order
 * ({@link kr.drregistry.rules.RuleSet#ORDER}: severity, rule id, subject id), so plan and topology findings read and sort alike.
 */
public final class PlanValidator {
    private PlanValidator() {
    }

    /** The findings of {@code plan} under {@code policy}, without knowledge of the filed topology. */
    public static List<Finding> validate(PlanContent plan, Policy policy) {
        return validate(plan, policy, Set.of());
    }

    /**
     * The findings of {@code plan} under {@code policy}; {@code tier1Services} are the tier-1 service ids of the
     * operator's filed topology, each of which needs a failover and recovery procedure (MAN-011).
     */
    public static List<Finding> validate(PlanContent plan, Policy policy, Set<String> tier1Services) {
        return PlanRules.set().run(new PlanRule.Input(plan, policy, tier1Services), policy::enabled);
    }
}
