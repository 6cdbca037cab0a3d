package kr.drregistry.topology.validation;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.validation.rules.AllRules;

class AllRulesTest {
    /** Rules built by the loss-simulation helper; their placeholders in this module report nothing. */
    private static final Set<String> LOSS_RULES = Set.of("SPOF-002", "OPS-001", "RTO-001");

    @Test
    void everyRuleInTheStableOrderAndInThePolicy() {
        List<String> ids = AllRules.list().stream().map(Rule::id).toList();
        assertEquals(List.of("SPOF-001", "SPOF-002", "OPS-001", "OPS-002", "DATA-001", "DATA-002", "DATA-003",
                "RTO-001", "CAP-001", "GEO-001", "DRILL-001", "DRILL-002", "CLOUD-001",
                "FAC-001", "FAC-002", "FAC-003", "FAC-004", "FAC-005", "FAC-006", "FAC-007",
                "OPS-003", "OPS-004", "OPS-005", "DATA-004", "GEO-002", "DRILL-003", "FAC-008", "FAC-009", "FAC-010"), ids);
        assertTrue(Policies.RULE_IDS.containsAll(ids));
    }

    /** The rules new in drr/v2 that only fields of drr/v2 can trigger (FILING-FORMAT-V2 §5.7). */
    private static final java.util.Set<String> NEEDS_V2_FIELDS = java.util.Set.of("OPS-003", "OPS-004", "FAC-008", "FAC-009", "FAC-010");

    @Test
    void everyStructuralRuleFiresOnABadFilingAndADisabledRuleYieldsNothing() {
        Topology bad = BadFilings.everythingWrong();
        for (Rule rule : AllRules.list()) {
            if (LOSS_RULES.contains(rule.id())) {
                continue;
            }
            if (NEEDS_V2_FIELDS.contains(rule.id())) {
                assertTrue(rule.check(new ValidationContext(bad, Policies.defaultPolicy())).isEmpty(),
                        rule.id() + " reads fields a drr/v1 document cannot have (FILING-FORMAT-V2 §5.7)");
                continue;
            }
            if (AllRules.V2_ONLY.contains(rule.id())) {
                continue; // new with drr/v2 and able to fire on drr/v1 too (§5.7): V2RulesTest holds them to both formats
            }
            List<Finding> findings = rule.check(new ValidationContext(bad, Policies.defaultPolicy()));
            assertFalse(findings.isEmpty(), rule.id() + " should fire");
            assertTrue(findings.stream().allMatch(f -> f.rule().equals(rule.id())
                    && f.severity() == Policies.defaultPolicy().rule(rule.id()).severity()
                    && !f.message().ko().isBlank() && !f.message().en().isBlank()
                    && !f.remedy().ko().isBlank() && !f.chain().isEmpty()), rule.id());
            Policy off = RuleFixture.disabled(Policies.defaultPolicy(), rule.id());
            assertTrue(AllRules.validator().findings(new ValidationContext(bad, off)).stream().noneMatch(f -> f.rule().equals(rule.id())),
                    rule.id() + " disabled: the validator does not run it");
        }
    }
}
