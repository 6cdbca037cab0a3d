package kr.drregistry.topology.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.SimFixture;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossSimulator;

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
        assertTrue(e.rootCauses().containsAll(List.of("auth", "session-cache-a", "session-cache-b", "talk-db",
                "media-store", "key-store", "deploy-tool", "admin-console")), e.rootCauses().toString());
        assertTrue(e.rootCauses().contains("talk-api"), "the blocked failover of talk-api is a root cause too");
        ChainLine auth = e.chain().stream().filter(l -> l.id().equals("auth") && l.rootCause()).findFirst().orElseThrow();
        assertEquals(List.of("pangyo"), auth.sites());
        assertTrue(auth.text().en().contains("no usable placement"), auth.text().en());
        assertTrue(auth.text().ko().contains("pangyo"));
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
        WhatIf.RootCause first = w.rootCauses().get(0);
        assertEquals(3, first.services().size(), "auth and key-store each take down three services: " + w.rootCauses());
        assertTrue(List.of("auth", "key-store").contains(first.component()));
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
        WhatIf w = WhatIf.of(t, LossSimulator.simulate(t, 60), "site:a");
        assertEquals(90, w.surviving().get(0).recoveryMinutes());
        assertTrue(w.surviving().get(0).late());
        CellExplanation e = CellExplanation.of(t, LossSimulator.simulate(t, 60), "site:a", "late");
        assertTrue(e.exceedsRto());
        assertEquals(90, e.recoveryMinutes());
    }
}
