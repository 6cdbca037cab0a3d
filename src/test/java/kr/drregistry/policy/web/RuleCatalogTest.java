package kr.drregistry.policy.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Policies;

/** Every rule a policy sets has a short name and a meaning in both languages, from the rules themselves. */
class RuleCatalogTest {
    @Test
    void everyRuleOfThePolicyIsNamedAndExplainedOnceInBothLanguages() {
        Map<String, RuleCatalog.Entry> all = RuleCatalog.of(Policies.defaultPolicy());
        assertEquals(Set.copyOf(Policies.RULE_IDS), all.keySet(), "the rules the policy sets, no more, no fewer");
        Set<String> names = new HashSet<>();
        for (RuleCatalog.Entry e : all.values()) {
            for (String text : new String[] {e.name().ko(), e.name().en(), e.meaning().ko(), e.meaning().en()}) {
                assertFalse(text == null || text.isBlank(), e.id() + " has all its words");
            }
            assertTrue(e.name().ko().length() <= 40 && e.name().en().length() <= 60, "a name fits a list row: " + e.name());
            assertTrue(names.add(e.name().ko()) && names.add(e.name().en()), "no two rules share a name: " + e.name());
            assertTrue(e.meaning().ko().length() > e.name().ko().length(), "a meaning says more than the name: " + e.id());
        }
        assertTrue(all.get("MAN-009").meaning().ko().contains("10분"), "a meaning names the policy's threshold");
        assertTrue(all.get("FAC-002").matches("battery") && all.get("FAC-002").matches("fac-002") && !all.get("SPOF-001").matches("battery"));
    }
}
