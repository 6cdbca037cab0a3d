package kr.drregistry.rules;

import kr.drregistry.topology.validation.RuleFixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.ComponentKind;
import kr.drregistry.topology.validation.rules.Ops002;

class PolicyJsonTest {
    private static Policy read(String json) {
        return PolicyJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String defaultJson() {
        return PolicyJson.write(Policies.defaultPolicy());
    }

    @Test
    void defaultPolicySetsEveryRuleAndParameter() {
        Policy policy = Policies.defaultPolicy();
        assertEquals("kr-msit", policy.id());
        assertEquals("2026.5", policy.version());
        assertEquals(Policies.RULE_IDS.size(), policy.rules().size());
        for (String id : Policies.RULE_IDS) {
            Policy.RuleSetting s = policy.rule(id);
            assertTrue(s.enabled(), id);
            assertTrue(!s.basis().ko().isBlank() && !s.basis().en().isBlank(), id);
        }
        assertEquals(Severity.CRITICAL, policy.rule("SPOF-001").severity());
        assertEquals(Severity.LOW, policy.rule("CLOUD-001").severity());
        assertEquals(30, policy.param(Policy.GEO_MIN_DISTANCE_KM));
        assertEquals(12, policy.param(Policy.DRILL_MAX_AGE_MONTHS));
        assertEquals(100, policy.param(Policy.CAPACITY_MIN_SURVIVING_PCT));
        assertEquals(60, policy.param(Policy.FAILOVER_DEFAULT_MANUAL_MINUTES));
        assertEquals(5, policy.param(Policy.FACILITY_MAX_MWH_PER_COMPARTMENT));
        assertEquals(10, policy.param(Policy.FACILITY_MAX_BMS_SAMPLING_SECONDS));
    }

    @Test
    void writeThenReadGivesTheSamePolicy() {
        assertEquals(Policies.defaultPolicy(), read(defaultJson()));
    }

    @Test
    void unknownFieldIsRejectedWithItsPointer() {
        String json = defaultJson().replaceFirst("\"enabled\"", "\"enabeld\"");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> read(json));
        assertTrue(e.getMessage().contains("/rules/SPOF-001/enabeld: unknown field"), e.getMessage());
        assertTrue(e.getMessage().contains("/rules/SPOF-001/enabled: missing"), e.getMessage());
    }

    @Test
    void unknownRootFieldAndRuleAreRejected() {
        String json = defaultJson().replaceFirst("\\{", "{\"extra\": 1,").replace("\"FAC-007\"", "\"FAC-077\"");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> read(json));
        assertTrue(e.getMessage().contains("/extra: unknown field"), e.getMessage());
        assertTrue(e.getMessage().contains("/rules/FAC-077: unknown rule"), e.getMessage());
        assertTrue(e.getMessage().contains("/rules/FAC-007: missing"), e.getMessage());
    }

    @Test
    void badSeverityAndBadOrMissingParameterAreRejected() {
        String json = defaultJson().replaceFirst("\"critical\"", "\"severe\"")
                .replace("\"geo.minDistanceKm\" : 30", "\"geo.minDistanceKm\" : \"far\"")
                .replace("\"drill.maxAgeMonths\" : 12,", "");
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> read(json));
        assertTrue(e.getMessage().contains("/rules/SPOF-001/severity: unknown severity 'severe'"), e.getMessage());
        assertTrue(e.getMessage().contains("/parameters/geo.minDistanceKm: must be a non-negative number"), e.getMessage());
        assertTrue(e.getMessage().contains("missing parameter drill.maxAgeMonths"), e.getMessage());
        assertEquals(3, e.problems().size());
    }

    @Test
    void aVersionStoredBeforeAParameterOrRuleExistedStillReadsWithTheShippedValuesForThem() {
        // a regulator's version stored by an earlier release: no drill.maxAgeMonths, no FAC-007, a stricter GEO-001
        String stored = defaultJson().replace("\"drill.maxAgeMonths\" : 12,", "")
                .replace("\"geo.minDistanceKm\" : 30", "\"geo.minDistanceKm\" : 45");
        stored = stored.replaceFirst("\"FAC-007\" : \\{[^}]*\\{[^}]*\\}\\s*\\},?", "");
        String storedJson = stored;
        assertTrue(!stored.contains("\"FAC-007\"") && !stored.contains("drill.maxAgeMonths"), stored);
        assertThrows(InvalidPolicyException.class, () -> read(storedJson), "publishing such a document is still refused");
        Policy p = PolicyJson.readStored(new ByteArrayInputStream(stored.getBytes(StandardCharsets.UTF_8)), Policies.defaultPolicy());
        assertEquals(12, p.param(Policy.DRILL_MAX_AGE_MONTHS), "the new parameter takes the shipped value");
        assertEquals(Policies.defaultPolicy().rules().get("FAC-007"), p.rules().get("FAC-007"), "the new rule takes the shipped setting");
        assertEquals(45, p.param(Policy.GEO_MIN_DISTANCE_KM), "what the regulator set is kept");

        String wrong = stored.replace("\"geo.minDistanceKm\" : 45", "\"geo.minDistanceKm\" : \"far\"");
        assertThrows(InvalidPolicyException.class,
                () -> PolicyJson.readStored(new ByteArrayInputStream(wrong.getBytes(StandardCharsets.UTF_8)), Policies.defaultPolicy()),
                "anything else stays strict");
    }

    @Test
    void notJsonIsRejectedWithoutAStackTraceMessage() {
        InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> read("{\"id\": "));
        assertTrue(e.getMessage().startsWith("invalid policy: /: not valid JSON"), e.getMessage());
    }

    @Test
    void aChangedSeverityInACopyChangesTheFindings() {
        Policy lowered = RuleFixture.withSeverity(Policies.defaultPolicy(), "OPS-002", Severity.LOW);
        Policy roundTripped = read(PolicyJson.write(lowered));
        RuleFixture filing = RuleFixture.filing().site("a")
                .component("deploy", ComponentKind.DEPLOYMENT).active("a").done();
        assertEquals(Severity.HIGH, filing.run(new Ops002()).get(0).severity());
        assertEquals(Severity.LOW, filing.run(new Ops002(), roundTripped).get(0).severity());
    }
}
