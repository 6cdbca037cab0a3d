package kr.drregistry.plan.rules;

import kr.drregistry.rules.Rule;
import java.util.List;
import java.util.Set;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policy;

/**
 * One completeness rule of the disaster-management plan (MAN-001 ...), run like a topology rule: its findings
 * are {@link Finding}s whose severity and basis come from the {@link Policy}; its {@link kr.drregistry.rules.RuleSet}
 * runs it only when the policy enables it. Subjects are plan sections ({@code Subject.planSection}).
 */
public interface PlanRule extends Rule<PlanRule.Input> {
    /** What a plan rule judges: the plan, the policy and the tier-1 service ids of the filed topology (possibly none). */
    record Input(PlanContent plan, Policy policy, Set<String> tier1Services) {
    }

    /** What the rule is called, in a few words, for a list of rules (the policy page). */
    kr.drregistry.rules.LocalizedText name();

    /** What the rule finds, in one or two sentences, with {@code policy}'s thresholds. */
    kr.drregistry.rules.LocalizedText meaning(Policy policy);

    @Override
    default List<Finding> check(Input input) {
        return check(input.plan(), input.policy(), input.tier1Services());
    }

    /** The findings of this rule for {@code plan} under {@code policy}. */
    List<Finding> check(PlanContent plan, Policy policy);

    /**
     * As {@link #check(PlanContent, Policy)}, knowing the tier-1 service ids of the operator's filed topology
     * (possibly empty). Only rules about services (MAN-011) read them.
     */
    default List<Finding> check(PlanContent plan, Policy policy, Set<String> tier1Services) {
        return check(plan, policy);
    }
}
