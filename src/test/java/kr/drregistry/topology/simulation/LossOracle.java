package kr.drregistry.topology.simulation;

import java.util.HashSet;
import java.util.Set;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Dependency;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Topology;

/** The naive oracle of the loss simulation, shared by the property and the synthetic-topology tests. */
final class LossOracle {
    private LossOracle() {
    }

    /** Least fixed point of "down", computed naively: nothing down, then mark until nothing changes. */
    public static Set<String> bruteForceDown(Topology t, Set<String> lost) {
        Set<String> down = new HashSet<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Component c : t.components()) {
                if (!down.contains(c.id()) && !up(c, lost, down)) {
                    down.add(c.id());
                    changed = true;
                }
            }
        }
        return down;
    }

    private static boolean up(Component c, Set<String> lost, Set<String> down) {
        boolean placed = activeSurvives(c, lost)
                || standbySurvives(c, lost) && switch (c.failover().mode()) {
                    case AUTOMATIC -> true;
                    case MANUAL -> c.failover().requires().stream().noneMatch(down::contains);
                    case NONE -> false;
                };
        if (!placed) {
            return false;
        }
        for (Dependency d : c.dependsOn()) {
            if (!d.hard()) {
                continue;
            }
            boolean ok = d.anyOf() ? d.targets().stream().anyMatch(m -> !down.contains(m))
                    : d.targets().stream().noneMatch(down::contains);
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static boolean activeSurvives(Component c, Set<String> lost) {
        return c.placements().stream().anyMatch(p -> p.role() == PlacementRole.ACTIVE && !lost.contains(p.site()));
    }

    static boolean standbySurvives(Component c, Set<String> lost) {
        return c.placements().stream().anyMatch(p -> p.role() == PlacementRole.STANDBY && !lost.contains(p.site()));
    }
}
