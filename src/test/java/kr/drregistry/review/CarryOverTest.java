package kr.drregistry.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Which earlier dispositions still apply to a later version, and which findings were resolved meanwhile. */
class CarryOverTest {
    record D(int version, String findingKey, String disposition) implements CarryOver.Disposed {
    }

    private static final String SPOF = "SPOF-002|service|talk|site:pangyo";
    private static final String GEO = "GEO-001|site|ansan||";
    private static final String CONC = "CONC-001|site|pangyo||";

    @Test
    void aDispositionOfAnEarlierVersionCarriesOverWhileTheFindingIsStillThere() {
        D accepted = new D(1, SPOF, "ACCEPTED_RISK");
        var r = CarryOver.of(2, Set.of(SPOF, GEO), List.of(accepted), null);
        assertSame(accepted, r.inForce(SPOF));
        assertEquals(Map.of(SPOF, accepted), r.carried());
        assertTrue(r.own().isEmpty());
        assertTrue(r.resolved().isEmpty());
        assertNull(r.inForce(GEO), "a finding nobody disposed has no disposition");
    }

    @Test
    void theVersionsOwnDispositionWinsOverACarriedOne() {
        D old = new D(1, SPOF, "ACCEPTED_RISK");
        D now = new D(2, SPOF, "CONFIRMED");
        var r = CarryOver.of(2, Set.of(SPOF), List.of(old, now), null);
        assertSame(now, r.inForce(SPOF));
        assertTrue(r.carried().isEmpty());
    }

    @Test
    void theMostRecentEarlierVersionAndTheLatestDispositionWithinItCount() {
        D v1 = new D(1, SPOF, "CONFIRMED");
        D v2a = new D(2, SPOF, "FALSE_POSITIVE");
        D v2b = new D(2, SPOF, "ACCEPTED_RISK");
        // history is oldest first by time; a late correction on version 1 does not beat version 2's
        D v1late = new D(1, SPOF, "CONFIRMED");
        var r = CarryOver.of(3, Set.of(SPOF), List.of(v1, v2a, v2b, v1late), null);
        assertSame(v2b, r.inForce(SPOF));
    }

    @Test
    void aDisposedFindingThatIsGoneIsResolvedSinceTheFirstVersionWithoutIt() {
        D geo = new D(1, GEO, "CONFIRMED");
        D conc = new D(1, CONC, "CONFIRMED");
        Map<Integer, Set<String>> keys = Map.of(2, Set.of(CONC), 3, Set.of());
        var r = CarryOver.of(4, Set.of(SPOF), List.of(geo, conc), keys::get);
        assertEquals(2, r.resolved().size());
        assertEquals(new CarryOver.Resolved<>(geo, 2), r.resolved().get(0), "GEO was gone in version 2 already");
        assertEquals(new CarryOver.Resolved<>(conc, 3), r.resolved().get(1), "CONC went in version 3");
        assertTrue(r.carried().isEmpty());
        assertNull(r.inForce(GEO));
    }

    @Test
    void withoutEarlierKeysResolvedCountsFromTheVersionLookedAt() {
        var r = CarryOver.of(2, Set.of(), List.of(new D(1, GEO, "CONFIRMED")), null);
        assertEquals(2, r.resolved().get(0).since());
    }

    @Test
    void laterVersionsDispositionsNeverReachBack() {
        var r = CarryOver.of(1, Set.of(SPOF), List.of(new D(2, SPOF, "CONFIRMED")), null);
        assertNull(r.inForce(SPOF));
        assertTrue(r.resolved().isEmpty());
    }
}
