package kr.drregistry.incident.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.incident.model.FiledTopology.DeclaredService;
import kr.drregistry.incident.model.IncidentReport;
import kr.drregistry.incident.model.IncidentReport.AffectedService;
import kr.drregistry.topology.model.Drill;
import kr.drregistry.topology.model.DrillScenario;

class RecoveryComparisonTest {
    static final FiledTopology KAKAO = new FiledTopology("t", 1, Map.of(
            "talk", new DeclaredService("talk", "카카오톡", 1, 60, 5)), Map.of());

    static IncidentReport report(Instant occurred, Instant recovered, Long loss) {
        return new IncidentReport(null, occurred, occurred, null, recovered,
                List.of(new AffectedService("talk", null, loss)), null, null, null, null, null, null, null, null);
    }

    @Test
    void aKakaoLikeOutageExceedsTheDeclaredRtoAndSoDidTheDrill() {
        Instant occurred = Instant.parse("2022-10-15T06:33:00Z");
        List<RecoveryComparison.Outcome> outcomes = RecoveryComparison.outcomes("i1", "판교 화재",
                report(occurred, occurred.plusSeconds(7620 * 60), 30L), Instant.now());
        Drill drill = new Drill("d1", LocalDate.of(2022, 6, 15), DrillScenario.SITE_LOSS, List.of("pangyo"), List.of("talk"), 240, 10);
        RecoveryComparison.Row row = RecoveryComparison.compare(KAKAO, List.of(drill), outcomes).get(0);

        assertEquals(60, row.declaredRto());
        assertEquals(240, row.drill().rtoMinutes());
        assertEquals(7620, row.actualRecovery().minutes());
        assertFalse(row.actualRecovery().ongoing());
        assertEquals("i1", row.actualRecovery().incidentId());
        assertTrue(row.inc001(), "7620 min > RTO 60 min");
        assertTrue(row.inc002(), "30 min of data lost > RPO 5 min");
        assertTrue(row.drillRtoExceeded(), "drill 240 min > RTO 60 min");
        assertTrue(row.drillRpoExceeded(), "drill 10 min > RPO 5 min");
        assertTrue(row.marked());
    }

    @Test
    void withinTheTargetsNothingIsMarked() {
        Instant occurred = Instant.parse("2026-03-01T00:00:00Z");
        var outcomes = RecoveryComparison.outcomes("i2", "짧은 장애", report(occurred, occurred.plusSeconds(45 * 60), 5L), Instant.now());
        Drill drill = new Drill("d2", LocalDate.of(2026, 1, 10), DrillScenario.SITE_LOSS, List.of(), List.of("talk"), 60, 5);
        RecoveryComparison.Row row = RecoveryComparison.compare(KAKAO, List.of(drill), outcomes).get(0);

        assertEquals(45, row.actualRecovery().minutes());
        assertFalse(row.inc001());
        assertFalse(row.inc002());
        assertFalse(row.drillRtoExceeded());
        assertFalse(row.drillRpoExceeded());
        assertFalse(row.marked());
    }

    @Test
    void theWorstIncidentAndTheMostRecentDrillListingTheServiceCount() {
        Instant a = Instant.parse("2026-03-01T00:00:00Z");
        var outcomes = new java.util.ArrayList<RecoveryComparison.Outcome>();
        outcomes.addAll(RecoveryComparison.outcomes("short", "짧음", report(a, a.plusSeconds(30 * 60), null), Instant.now()));
        outcomes.addAll(RecoveryComparison.outcomes("long", "김", report(a, a.plusSeconds(90 * 60), 2L), Instant.now()));
        outcomes.addAll(RecoveryComparison.outcomes("open", "진행 중", report(a, null, null), a.plusSeconds(20 * 60)));
        List<Drill> drills = List.of(
                new Drill("old", LocalDate.of(2025, 1, 1), DrillScenario.SITE_LOSS, List.of(), List.of("talk"), 30, 1),
                new Drill("newer", LocalDate.of(2026, 1, 1), DrillScenario.SITE_LOSS, List.of(), List.of("talk"), 120, null),
                new Drill("newest-other", LocalDate.of(2026, 6, 1), DrillScenario.SITE_LOSS, List.of(), List.of("pay"), 10, 1));
        RecoveryComparison.Row row = RecoveryComparison.compare(KAKAO, drills, outcomes).get(0);

        assertEquals(3, row.incidents());
        assertEquals("long", row.actualRecovery().incidentId());
        assertEquals(90, row.actualRecovery().minutes());
        assertTrue(row.inc001());
        assertEquals(2, row.actualDataLoss().minutes());
        assertFalse(row.inc002());
        assertEquals("newer", row.drill().id());
        assertTrue(row.drillRtoExceeded());
        assertFalse(row.drillRpoExceeded(), "the drill stated no RPO");
    }

    @Test
    void aServiceWithoutDrillOrIncidentHasNothingToCompare() {
        RecoveryComparison.Row row = RecoveryComparison.compare(KAKAO, List.of(), List.of()).get(0);
        assertNull(row.drill());
        assertNull(row.actualRecovery());
        assertEquals(0, row.incidents());
        assertFalse(row.marked());
    }
}
