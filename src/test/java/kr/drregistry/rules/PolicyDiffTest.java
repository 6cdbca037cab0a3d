package kr.drregistry.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What changed between two policy versions, field by field. */
class PolicyDiffTest {
    @Test
    void listsChangedSeveritiesSwitchesBasesAndParametersOnly() {
        Policy before = Policies.defaultPolicy();
        Map<String, Policy.RuleSetting> rules = new HashMap<>(before.rules());
        Policy.RuleSetting geo = rules.get("GEO-001");
        rules.put("GEO-001", new Policy.RuleSetting(Severity.CRITICAL, !geo.enabled(), LocalizedText.of(geo.basis().ko() + " 추가", geo.basis().en())));
        Map<String, Double> params = new HashMap<>(before.parameters());
        params.put(Policy.GEO_MIN_DISTANCE_KM, 45.0);
        params.put(Policy.CONCENTRATION_SAME_SITE_KM, 0.75);
        Policy after = new Policy(before.id(), "x", before.title(), rules, params);

        List<PolicyDiff.Change> changes = PolicyDiff.between(before, after);
        assertTrue(changes.contains(new PolicyDiff.Change("GEO-001", "enabled", Boolean.toString(geo.enabled()), Boolean.toString(!geo.enabled()))));
        assertTrue(changes.contains(new PolicyDiff.Change("GEO-001", "basis.ko", geo.basis().ko(), geo.basis().ko() + " 추가")));
        assertTrue(changes.contains(new PolicyDiff.Change("geo.minDistanceKm", "value", "30", "45")));
        assertTrue(changes.contains(new PolicyDiff.Change("concentration.sameSiteKm", "value", "0.5", "0.75")));
        long expected = 4 + (geo.severity() == Severity.CRITICAL ? 0 : 1);
        assertEquals(expected, changes.size(), changes.toString());
        assertTrue(PolicyDiff.between(before, before).isEmpty());
        assertTrue(PolicyDiff.between(null, before).isEmpty());
    }
}
