package kr.drregistry.plan.rules;

import kr.drregistry.rules.RuleSet;
import java.util.List;

/** Every completeness rule of the disaster-management plan, in rule-id order. */
public final class PlanRules {
    private PlanRules() {
    }

    private static final RuleSet<PlanRule.Input, PlanRule> ALL = new RuleSet<>(List.of(new Man001(), new Man002(), new Man003(), new Man004(), new Man005(), new Man006(),
                new Man007(), new Man008(), new Man009(), new Man010(), new Man011(), new Man012(), new Man013(),
                new Man014()));

    /** MAN-001 to MAN-014. */
    public static List<PlanRule> list() {
        return ALL.all();
    }

    /** The rule set the plan validator runs. */
    public static RuleSet<PlanRule.Input, PlanRule> set() {
        return ALL;
    }
}
