package kr.drregistry.topology.loss;

import static kr.drregistry.topology.loss.V2.analyse;
import static kr.drregistry.topology.loss.V2.at;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * Words of 64 scenarios that lose no site start from the baseline; a strike that raises a capacity (a struck
 * failover requirement moves a component from a half-capacity standby to a full restore) must not leave a
 * dependency cycle at the baseline's lower capacity.
 */
class SparseWordsTest {
    @Test
    void aStrikeThatRaisesACapacityInsideACycleIsNotHeldDownByTheBaseline() {
        String fillers = IntStream.range(0, 100).mapToObj(i -> "filler:" + i).collect(Collectors.joining(", "));
        String more = IntStream.range(100, 130).mapToObj(i -> "filler:" + i).collect(Collectors.joining(", "));
        LossAnalysis a = analyse("""
                sites:
                  - {id: a}
                  - {id: b}
                services:
                  - {id: svc, tier: 1, dailyUsers: 100, entrypoints: [y]}
                components:
                  - {id: dummy, kind: app, placements: [{site: b, role: active}], riskGroups: [FILLERS]}
                  - {id: r, kind: deployment, placements: [{site: b, role: active}], riskGroups: [software:r]}
                  - {id: dummy-2, kind: app, placements: [{site: b, role: active}], riskGroups: [MORE]}
                  - id: x
                    kind: app
                    placements: [{site: a, role: standby, capacityPct: 50}]
                    failover: {mode: automatic, requires: [r]}
                    restore: {site: a, minutes: 10}
                    dependsOn: [{component: y}]
                  - {id: y, kind: app, placements: [{site: a, role: active}], dependsOn: [{component: x}]}
                """.replace("FILLERS", fillers).replace("MORE", more));
        int struck = at(a, "software:r");
        assertEquals(102, struck, "after 2 sites and 100 fillers: in the second word, whose 64 scenarios lose no site "
                + "(the no-loss baseline is column 133, in the third)");
        assertEquals(ServiceStatus.DEGRADED, a.serviceStatus(at(a, "filler:0"), "svc"), "x fails over at 50");
        assertEquals(ComponentPath.RESTORE, a.path(struck, "x"));
        assertEquals(OptionalLong.of(100), a.capacity(struck, "x"));
        assertEquals(ServiceStatus.UP, a.serviceStatus(struck, "svc"), "restored at full capacity");
        assertEquals(0, a.usersAffected(struck));
    }
}
