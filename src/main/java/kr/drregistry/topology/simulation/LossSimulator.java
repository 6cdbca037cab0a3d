package kr.drregistry.topology.simulation;

import kr.drregistry.topology.graph.Scc;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * The loss simulation engine (FILING-FORMAT.md, "Loss semantics"). It evaluates all scenarios at once,
 * 64 per {@code long}: the topology is compiled to index arrays, the dependency graph (hard dependencies,
 * {@code anyOf} members and manual-failover requirements) is condensed into strongly connected components,
 * and the components are visited in topological order, dependencies first. An acyclic component is computed
 * in one pass per word; inside a cyclic component the down bits grow from zero under a worklist until nothing
 * changes, which yields the least fixed point (cycles among surviving components stay up).
 *
 * <p>Explanations and recovery times are computed lazily by the returned {@link LossResult}, only when asked.
 */
public final class LossSimulator {
    private LossSimulator() {
    }

    /**
     * Simulates every scenario of {@code topology}.
     *
     * @param defaultManualFailoverMinutes failover minutes of a manual failover that states none (policy default)
     * @throws IllegalArgumentException when the topology names unknown sites or components
     */
    public static LossResult simulate(Topology topology, int defaultManualFailoverMinutes) {
        return simulate(new TopologyIds(topology), defaultManualFailoverMinutes);
    }

    /**
     * Simulates every scenario of the topology that {@code ids} resolves, reusing its resolved references.
     *
     * @param defaultManualFailoverMinutes failover minutes of a manual failover that states none (policy default)
     * @throws IllegalArgumentException when the topology names unknown sites or components, or repeats an id
     */
    public static LossResult simulate(TopologyIds ids, int defaultManualFailoverMinutes) {
        return simulate(ids, defaultManualFailoverMinutes, kr.drregistry.budget.Budget.unlimited());
    }

    /**
     * As {@link #simulate(TopologyIds, int)}, checking {@code budget} as it goes: a
     * {@link kr.drregistry.budget.BudgetExceededException} when it runs out or is cancelled.
     */
    public static LossResult simulate(TopologyIds ids, int defaultManualFailoverMinutes, kr.drregistry.budget.Budget budget) {
        budget.check();
        CompiledTopology ct = new CompiledTopology(ids, defaultManualFailoverMinutes);
        budget.check();
        long[] down = propagate(ct, budget.every(256));
        int w = ct.words;
        int[][] entrypoints = ct.entrypoints;
        long[] serviceDown = new long[entrypoints.length * w];
        for (int v = 0; v < entrypoints.length; v++) {
            for (int c : entrypoints[v]) {
                for (int i = 0; i < w; i++) {
                    serviceDown[v * w + i] |= down[c * w + i];
                }
            }
        }
        return new BitLossResult(ct, down, serviceDown);
    }

    private static long[] propagate(CompiledTopology ct, kr.drregistry.budget.Budget.Ticker budget) {
        int w = ct.words;
        long[] down = new long[ct.n * w];
        long[] tmp = new long[w];
        long[] acc = new long[w];
        Scc scc = ct.scc;
        boolean[] queued = new boolean[ct.n];
        int[] queue = new int[ct.n + 1];
        for (int k = 0; k < scc.count; k++) {
            int from = scc.start[k], to = scc.start[k + 1];
            budget.tick();
            if (!scc.cyclic[k]) {
                int c = scc.order[from];
                evaluate(ct, down, c, tmp, acc);
                System.arraycopy(tmp, 0, down, c * w, w);
                continue;
            }
            int size = to - from, head = 0, tail = 0;
            for (int p = from; p < to; p++) {
                queue[tail++] = scc.order[p];
                queued[scc.order[p]] = true;
            }
            int pending = size;
            while (pending > 0) {
                budget.tick();
                int c = queue[head];
                head = head == size ? 0 : head + 1;
                pending--;
                queued[c] = false;
                evaluate(ct, down, c, tmp, acc);
                boolean changed = false;
                for (int i = 0; i < w; i++) {
                    if (tmp[i] != down[c * w + i]) {
                        down[c * w + i] = tmp[i];
                        changed = true;
                    }
                }
                if (!changed) {
                    continue;
                }
                for (int e = ct.radjStart[c]; e < ct.radjStart[c + 1]; e++) {
                    int r = ct.radj[e];
                    if (scc.comp[r] == k && !queued[r]) {
                        queued[r] = true;
                        queue[tail] = r;
                        tail = tail == size ? 0 : tail + 1;
                        pending++;
                    }
                }
            }
        }
        return down;
    }

    /** The down bits of {@code c} given the current down bits of everything it needs, into {@code out}. */
    private static void evaluate(CompiledTopology ct, long[] down, int c, long[] out, long[] acc) {
        int w = ct.words;
        System.arraycopy(ct.baseDown, c * w, out, 0, w);
        for (int e = ct.depStart[c]; e < ct.depStart[c + 1]; e++) {
            int d = ct.dep[e] * w;
            for (int i = 0; i < w; i++) {
                out[i] |= down[d + i];
            }
        }
        for (int g = ct.groupStart[c]; g < ct.groupStart[c + 1]; g++) {
            System.arraycopy(ct.mask, 0, acc, 0, w);
            for (int e = ct.memberStart[g]; e < ct.memberStart[g + 1]; e++) {
                int m = ct.member[e] * w;
                for (int i = 0; i < w; i++) {
                    acc[i] &= down[m + i];
                }
            }
            for (int i = 0; i < w; i++) {
                out[i] |= acc[i];
            }
        }
        if (ct.reqStart[c] < ct.reqStart[c + 1]) {
            java.util.Arrays.fill(acc, 0L);
            for (int e = ct.reqStart[c]; e < ct.reqStart[c + 1]; e++) {
                int r = ct.req[e] * w;
                for (int i = 0; i < w; i++) {
                    acc[i] |= down[r + i];
                }
            }
            for (int i = 0; i < w; i++) {
                out[i] |= ct.failoverWait[c * w + i] & acc[i];
            }
        }
    }
}
