package kr.drregistry.policy.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import kr.drregistry.plan.rules.PlanRule;
import kr.drregistry.plan.rules.PlanRules;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.RuleText;
import kr.drregistry.topology.guide.DrrV2;

/**
 * What each rule a policy sets is called and what it finds, as the rules themselves say it (one source: the topology
 * rules' and CONC-001's {@link RuleText}, which the format guide shows too, and the plan rules' {@link PlanRule#name}
 * and {@link PlanRule#meaning}), with {@code policy}'s thresholds in the sentences. {@code PolicyPagesTest} holds it to
 * {@code Policies.RULE_IDS}.
 */
public final class RuleCatalog {
    /** One rule's words. */
    public record Entry(String id, LocalizedText name, LocalizedText meaning) {
        /** Whether {@code query} (already lower-cased, not blank) is in the id, the name or the meaning, either language. */
        public boolean matches(String query) {
            return id.toLowerCase(Locale.ROOT).contains(query) || contains(name, query) || contains(meaning, query);
        }

        private static boolean contains(LocalizedText t, String query) {
            return t.ko().toLowerCase(Locale.ROOT).contains(query) || t.en().toLowerCase(Locale.ROOT).contains(query);
        }
    }

    private RuleCatalog() {
    }

    /** Every rule's words under {@code policy}, by rule id. */
    static Map<String, Entry> of(Policy policy) {
        Map<String, Entry> all = new LinkedHashMap<>();
        for (RuleText t : DrrV2.rules(policy)) {
            all.put(t.id(), new Entry(t.id(), t.name(), t.meaning()));
        }
        for (PlanRule r : PlanRules.list()) {
            all.put(r.id(), new Entry(r.id(), r.name(), r.meaning(policy)));
        }
        return all;
    }
}
