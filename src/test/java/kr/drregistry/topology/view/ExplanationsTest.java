package kr.drregistry.topology.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.SimFixture;
import kr.drregistry.topology.model.Topology;

class ExplanationsTest {
    private static CellExplanation cell(String scenario, String service) {
        return CellExplanation.of(Kakao.ANALYSIS.topology(), Kakao.ANALYSIS.loss(), scenario, service);
    }

    @Test
    void theMessagingCellInPangyoNamesTheChainDownToThePangyoOnlyComponents() {
        CellExplanation e = cell("site:pangyo", "talk");
        assertTrue(e.down());
        assertEquals("talk", e.chain().get(0).id());
        assertEquals(0, e.chain().get(0).depth());
        // drr/v2 chains (LossChains) explain a down component by its first cause: talk-api has no usable path (its
        // standby's failover is blocked), so the chain goes through the failover's requirements, not every hard
        // dependency as the drr/v1 simulation listed them
        assertEquals(List.of("talk-api", "deploy-tool", "admin-console"), e.rootCauses());
        ChainLine api = e.chain().stream().filter(l -> l.id().equals("talk-api") && l.rootCause()).findFirst().orElseThrow();
        assertEquals(ChainLine.FAILOVER_BLOCKED, api.relation());
        ChainLine deploy = e.chain().stream().filter(l -> l.id().equals("deploy-tool") && l.rootCause()).findFirst().orElseThrow();
        assertEquals(List.of("pangyo"), deploy.sites());
        assertTrue(deploy.text().en().contains("pangyo"), deploy.text().en());
        assertTrue(deploy.text().ko().contains("pangyo"));
        assertTrue(e.repair().unbounded(), "nothing is struck by a site loss: no repair ends it (rule 13)");
        assertTrue(e.cell().repairUnbounded());
        // a drr/v1 document has no state: ephemeral, so its Pangyo-only session cache counts as durable data (§3)
        assertTrue(e.cell().rpoUnbounded(), e.rpo().toString());
        assertEquals("session-cache-a", e.rpo().limitingComponent());
    }

    @Test
    void aSurvivingCellExplainsItsRecoveryInsteadOfAChain() {
        CellExplanation e = cell("site:ansan", "talk");
        assertFalse(e.down());
        assertTrue(e.chain().isEmpty());
        assertEquals(0, e.recoveryMinutes());
        assertEquals("talk", e.recovery().get(0).id());
        assertEquals(60, e.service().rtoMinutes());
    }

    @Test
    void unknownScenariosAndServicesHaveNoExplanation() {
        assertNull(cell("site:nowhere", "talk"));
        assertNull(cell("site:pangyo", "nothing"));
        assertNull(cell(null, "talk"));
        assertNull(WhatIf.of(Kakao.ANALYSIS.topology(), Kakao.ANALYSIS.loss(), "campus:nowhere"));
    }

    @Test
    void losingPangyoTakesEveryServiceAndTheSharedRootCausesComeFirst() {
        WhatIf w = WhatIf.of(Kakao.ANALYSIS.topology(), Kakao.ANALYSIS.loss(), "power:seongnam-east");
        assertEquals(List.of("pangyo"), w.scenario().sites().stream().map(ScenarioColumn.SiteRef::id).toList());
        assertEquals(117_000_000L, w.usersLost());
        assertEquals(100, w.usersLostPercent());
        assertEquals(List.of("talk", "login", "pay", "map"), w.down().stream().map(d -> d.service().id()).toList());
        assertTrue(w.surviving().isEmpty());
        assertTrue(w.degraded().isEmpty());
        // drr/v2 chains: messaging and login fall at their blocked failovers, whose tools (deploy-tool, admin-console)
        // are Pangyo-only; those two now head the list (in drr/v1's chains auth and key-store did, with three services)
        WhatIf.RootCause first = w.rootCauses().get(0);
        assertEquals(List.of("talk", "login"), first.services(), w.rootCauses().toString());
        assertTrue(List.of("deploy-tool", "admin-console").contains(first.component()));
        assertTrue(w.downComponents().containsAll(List.of("talk-api", "auth", "metrics")));
        assertEquals(16, w.componentsTotal());
    }

    @Test
    void losingAnsanTakesNothingAndListsTheSurvivorsWithTheirRecovery() {
        WhatIf w = WhatIf.of(Kakao.ANALYSIS.topology(), Kakao.ANALYSIS.loss(), "site:ansan");
        assertTrue(w.down().isEmpty());
        assertEquals(0, w.usersLost());
        assertEquals(4, w.surviving().size());
        assertTrue(w.surviving().stream().noneMatch(WhatIf.Survivor::late));
    }

    @Test
    void aServiceThatFailsOverTooSlowlyIsListedAsLate() {
        Topology t = new SimFixture().site("a").site("b")
                .comp("slow").active("a").standby("b").automatic(90)
                .service("late", 1, 1000, 60, "slow").build();
        WhatIf w = WhatIf.of(t, TopologyLoss.analyse(t, 60).loss(), "site:a");
        assertEquals(90, w.surviving().get(0).recoveryMinutes());
        assertTrue(w.surviving().get(0).late());
        CellExplanation e = CellExplanation.of(t, TopologyLoss.analyse(t, 60).loss(), "site:a", "late");
        assertTrue(e.exceedsRto());
        assertEquals(90, e.recoveryMinutes());
    }
}
