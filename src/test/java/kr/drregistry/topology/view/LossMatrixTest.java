package kr.drregistry.topology.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.SimFixture;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.bench.SyntheticTopology;

class LossMatrixTest {
    private static final LossMatrix KAKAO = LossMatrix.of(Kakao.ANALYSIS.topology(), Kakao.ANALYSIS.loss());

    private static LossMatrix.Cell cell(LossMatrix m, String service, String scenario) {
        LossMatrix.Row row = m.row(service);
        int i = m.scenarios().stream().map(ScenarioColumn::id).toList().indexOf(scenario);
        return row.cells().get(i);
    }

    @Test
    void messagingFallsWithPangyoAndEveryServiceSurvivesAnsan() {
        assertTrue(cell(KAKAO, "talk", "site:pangyo").down());
        assertNull(cell(KAKAO, "talk", "site:pangyo").recoveryMinutes());
        for (LossMatrix.Row r : KAKAO.rows()) {
            assertEquals(LossMatrix.OK, cell(KAKAO, r.service().id(), "site:ansan").state(), r.service().id());
        }
        ScenarioColumn pangyo = KAKAO.scenarios().get(0);
        assertEquals("site:pangyo", pangyo.id());
        assertTrue(pangyo.site());
        assertEquals("Pangyo IDC (colocation)", pangyo.siteName());
        assertEquals("Pangyo IDC (colocation) (site:pangyo)", pangyo.label());
        assertEquals("metro:capital", KAKAO.scenarios().get(4).label());
        assertEquals(117_000_000L, pangyo.usersLost());
        assertEquals(4, pangyo.servicesDown());
        assertEquals(0, KAKAO.scenarios().get(1).usersLost());
    }

    @Test
    void columnsAreSitesThenTheOtherRiskGroupsAndRowsAreTierOneFirstByUsers() {
        // FILING-FORMAT-V2.md §5.1: Pangyo's facilityRef adds the group facility:example-idc/pangyo-a (a scenario that
        // loses what site:pangyo loses), in the order of rule 3 after Pangyo's declared groups
        assertEquals(List.of("site:pangyo", "site:ansan", "campus:pangyo", "power:seongnam-east", "metro:capital",
                "facility:example-idc/pangyo-a", "campus:ansan", "power:ansan-west"),
                KAKAO.scenarios().stream().map(ScenarioColumn::id).toList());
        assertEquals(117_000_000L, KAKAO.scenarios().get(5).usersLost(), "the facility group loses Pangyo");
        assertEquals(ScenarioColumn.GROUP, KAKAO.scenarios().get(5).kind());
        assertFalse(KAKAO.scenarios().get(4).site());
        assertEquals(List.of("talk", "login", "pay", "map"), KAKAO.rows().stream().map(r -> r.service().id()).toList());
        assertEquals(117_000_000L, KAKAO.totalUsers());
        assertEquals(5, KAKAO.row("talk").scenariosDown(), "pangyo, its campus, its power feed, the metro area, its facility (§5.1)");
        assertTrue(KAKAO.hasQuietScenarios());
        assertEquals(2, KAKAO.siteScenarios());
        assertEquals(6, KAKAO.groupScenarios(), "five declared groups and the facility group (§5.1)");
        assertEquals(0, KAKAO.componentScenarios(), "a drr/v1 document has no component risk groups");
        assertEquals(List.of("site:pangyo", "campus:pangyo", "power:seongnam-east"),
                KAKAO.worst().stream().map(ScenarioColumn::id).toList(), "the costliest three, ties in simulation order");
    }

    @Test
    void aSurvivingServiceShowsItsRecoveryAndWhetherItMissesItsRto() {
        Topology t = new SimFixture().site("a").site("b")
                .comp("slow").active("a").standby("b").automatic(90)
                .comp("quick").active("a").standby("b").automatic(10)
                .comp("both").active("a", "b")
                .service("late", 1, 1000, 60, "slow")
                .service("fine", 2, 500, 60, "quick")
                .service("calm", 3, 10, null, "both")
                .build();
        LossAnalysis loss = TopologyLoss.analyse(t, 60).loss();
        LossMatrix m = LossMatrix.of(t, loss);
        assertEquals(LossMatrix.LATE, cell(m, "late", "site:a").state());
        assertEquals(90, cell(m, "late", "site:a").recoveryMinutes());
        assertEquals(LossMatrix.FAILOVER, cell(m, "fine", "site:a").state());
        assertEquals(LossMatrix.OK, cell(m, "calm", "site:a").state());
        assertEquals(LossMatrix.OK, cell(m, "late", "site:b").state());
        assertEquals(0, m.scenarios().get(0).usersLost());
    }

    @Test
    void aThousandComponentMatrixHasACellPerServiceAndScenario() {
        Topology t = SyntheticTopology.generate(1000, 6, 10, 30, 3L);
        LossAnalysis loss = TopologyLoss.analyse(t, 60).loss();
        LossMatrix m = LossMatrix.of(t, loss);
        assertEquals(t.services().size(), m.rows().size());
        for (LossMatrix.Row r : m.rows()) {
            assertEquals(loss.scenarios().size(), r.cells().size());
        }
        for (ScenarioColumn s : m.scenarios()) {
            long down = m.rows().stream().filter(r -> r.cells().get(s.index()).down()).count();
            assertEquals(s.servicesDown(), down, "the footer counts the red cells of " + s.id());
        }
    }
}
