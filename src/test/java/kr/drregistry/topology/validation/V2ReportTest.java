package kr.drregistry.topology.validation;

import kr.drregistry.topology.validation.rules.AllRules;
import kr.drregistry.rules.Policies;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.facility.FacilityReference;
import kr.drregistry.topology.parse.DrrParser;

/** The report fields drr/v2 adds (FILING-FORMAT-V2.md §3 last paragraph, §7.10), and their absence for drr/v1. */
class V2ReportTest {
    private static final String RESTORE = """
            operator: op
            asOf: 2026-11-01
            sites:
              - {id: daejeon, facilityRef: nirs/hall-7}
              - {id: gongju}
              - {id: gwangju}
            services:
              - {id: docs, tier: 1, dailyUsers: 1001, entrypoints: [docs-store]}
            components:
              - id: docs-store
                kind: object-storage
                placements: [{site: daejeon, role: active}]
                backups: [{site: gongju, intervalMinutes: 1440}]
                restore: {site: gwangju, minutes: 2880, requires: [restore-tool], capacityPct: 50}
              - id: restore-tool
                kind: deployment
                placements: [{site: gwangju, role: active}]
            """;

    private static ValidationReport validate(String yaml) {
        return AllRules.validator().validate(new DrrParser().parseYaml(yaml.getBytes(StandardCharsets.UTF_8)),
                Policies.defaultPolicy());
    }

    private static ScenarioSummary scenario(ValidationReport report, String id) {
        return report.scenarios().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aRestoredStoreIsDegradedWithItsRpoAndRecoveryTime() {
        ValidationReport report = validate("format: drr/v2\n" + RESTORE);
        ScenarioSummary daejeon = scenario(report, "site:daejeon");
        assertEquals(List.of(), daejeon.downServices());
        assertEquals(List.of("docs"), daejeon.degradedServices());
        assertEquals(500L, daejeon.usersAffected(), "⌊1001 × 50 / 100⌋");
        assertEquals(List.of(), daejeon.struckComponents());
        assertEquals(new ServiceOutcome("docs", "degraded", 50L, 86_400L, 2880L, null), daejeon.services().get(0));
        ScenarioSummary gwangju = scenario(report, "site:gwangju");
        assertEquals(new ServiceOutcome("docs", "up", 100L, 0L, 0L, null), gwangju.services().get(0));
        ScenarioSummary facility = scenario(report, "facility:nirs/hall-7");
        assertEquals(List.of("docs"), facility.degradedServices(), "the facility group loses what site:daejeon loses");
        assertEquals(List.of(new FacilityReference("nirs/hall-7", FacilityReference.Resolution.UNRESOLVED, null)),
                report.facilityReferences());
    }

    @Test
    void aServiceDownWithNothingStruckHasAnUnboundedRepairEstimate() {
        ValidationReport report = validate("format: drr/v2\n" + RESTORE.replace(
                "placements: [{site: gwangju, role: active}]", "placements: [{site: daejeon, role: active}]"));
        ScenarioSummary daejeon = scenario(report, "site:daejeon");
        assertEquals(List.of("docs"), daejeon.downServices());
        assertEquals(new ServiceOutcome("docs", "down", null, 86_400L, null, ServiceOutcome.UNBOUNDED),
                daejeon.services().get(0));
    }

    @Test
    void aDrrV1ReportHasThemToo() {
        // FILING-FORMAT-V2 §7.11: a drr/v1 document is read with drr/v2 semantics in full, and reported alike
        ValidationReport report = validate("format: drr/v1\n" + RESTORE.replace(
                "    restore: {site: gwangju, minutes: 2880, requires: [restore-tool], capacityPct: 50}\n", ""));
        ScenarioSummary daejeon = scenario(report, "site:daejeon");
        assertEquals(List.of(), daejeon.struckComponents());
        assertNotNull(daejeon.services());
        assertNotNull(report.facilityReferences());
        assertEquals(List.of("docs"), daejeon.downServices(), "without restore (a drr/v2 field) docs stays down");
    }
}
