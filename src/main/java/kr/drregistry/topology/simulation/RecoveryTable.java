package kr.drregistry.topology.simulation;

import kr.drregistry.topology.graph.IntList;
import kr.drregistry.topology.graph.Scc;

import java.util.Arrays;

/**
 * Recovery times of one scenario for the components that are up there without a surviving active placement
 * (they recover by failing over); every other up component recovers in 0 minutes.
 *
 * <p>Definition (FILING-FORMAT.md, "Recovery time"): the component's own failover minutes plus the largest
 * recovery time among its hard dependencies, where an {@code anyOf} dependency counts its fastest member that
 * is up. Dependency cycles among failing-over components would make that recursion unbounded, so the graph of
 * failing-over components of the scenario is condensed into strongly connected components and evaluated as a
 * longest path over the condensation: the members of a cycle fail over together, so each member's recovery
 * time is the largest own failover time in the cycle plus the largest recovery time of a dependency outside
 * the cycle (an {@code anyOf} with a member inside the cycle counts that member as 0, since it recovers
 * together with the cycle). Without cycles this is exactly the contract's recursion.
 */
final class RecoveryTable {
    private final int[] components;
    private final int[] minutes;
    private final Scc cycles;

    private RecoveryTable(int[] components, int[] minutes, Scc cycles) {
        this.components = components;
        this.minutes = minutes;
        this.cycles = cycles;
    }

    /**
     * Computes the table of scenario {@code s}.
     *
     * @param comps the components up in {@code s} without a surviving active placement, ascending
     * @param local scratch of {@code ct.n} entries, all -1; it is all -1 again on return
     */
    static RecoveryTable compute(CompiledTopology ct, long[] down, int s, int[] comps, int[] local) {
        int k = comps.length;
        for (int i = 0; i < k; i++) {
            local[comps[i]] = i;
        }
        int[] adjStart = new int[k + 1];
        IntList adj = new IntList();
        for (int i = 0; i < k; i++) {
            int c = comps[i];
            for (int e = ct.depStart[c]; e < ct.depStart[c + 1]; e++) {
                if (local[ct.dep[e]] >= 0) {
                    adj.add(local[ct.dep[e]]);
                }
            }
            for (int e = ct.memberStart[ct.groupStart[c]]; e < ct.memberStart[ct.groupStart[c + 1]]; e++) {
                if (local[ct.member[e]] >= 0) {
                    adj.add(local[ct.member[e]]);
                }
            }
            adjStart[i + 1] = adj.size();
        }
        Scc scc = Scc.of(k, adjStart, adj.toArray());
        int[] minutes = new int[k];
        for (int j = 0; j < scc.count; j++) {
            int own = 0, deps = 0;
            for (int p = scc.start[j]; p < scc.start[j + 1]; p++) {
                int c = comps[scc.order[p]];
                own = Math.max(own, ct.failoverMinutes[c]);
                for (int e = ct.depStart[c]; e < ct.depStart[c + 1]; e++) {
                    deps = Math.max(deps, value(ct.dep[e], j, local, scc, minutes));
                }
                for (int g = ct.groupStart[c]; g < ct.groupStart[c + 1]; g++) {
                    deps = Math.max(deps, groupValue(ct, down, s, g, j, local, scc, minutes));
                }
            }
            for (int p = scc.start[j]; p < scc.start[j + 1]; p++) {
                minutes[scc.order[p]] = own + deps;
            }
        }
        for (int c : comps) {
            local[c] = -1;
        }
        return new RecoveryTable(comps, minutes, scc);
    }

    /** Recovery minutes of an up component without a surviving active placement. */
    int minutes(int c) {
        return minutes[localIndex(c)];
    }

    /** The cycle condensation of the scenario's failing-over components (local indices). */
    Scc cycles() {
        return cycles;
    }

    int localIndex(int c) {
        int i = Arrays.binarySearch(components, c);
        if (i < 0) {
            throw new IllegalArgumentException("component " + c + " does not fail over in this scenario");
        }
        return i;
    }

    int component(int local) {
        return components[local];
    }

    /** Recovery minutes that dependency {@code d} adds to a member of local component {@code j}. */
    int dependencyValue(int d, int j) {
        int i = Arrays.binarySearch(components, d);
        if (i < 0 || cycles.comp[i] == j) {
            return 0;
        }
        return minutes[i];
    }

    private static int value(int d, int j, int[] local, Scc scc, int[] minutes) {
        int i = local[d];
        return i < 0 || scc.comp[i] == j ? 0 : minutes[i];
    }

    private static int groupValue(CompiledTopology ct, long[] down, int s, int g, int j, int[] local, Scc scc,
                                  int[] minutes) {
        int best = Integer.MAX_VALUE;
        for (int e = ct.memberStart[g]; e < ct.memberStart[g + 1]; e++) {
            int m = ct.member[e];
            if (!ct.bit(down, m, s)) {
                best = Math.min(best, value(m, j, local, scc, minutes));
            }
        }
        return best == Integer.MAX_VALUE ? 0 : best;
    }
}
