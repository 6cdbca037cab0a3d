package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.IntList;
import java.util.function.IntPredicate;

import kr.drregistry.topology.graph.Scc;

/**
 * The part of one column's graph a per-scenario number has to be computed on: the components in a region (those
 * whose number may differ from a known default) reachable from some roots through region components, with the
 * edges between them and their strongly connected components ({@link Scc}, dependencies first). Successors outside
 * the region are leaves whose number the caller knows. Rule 12's cycle groups are exactly these components when
 * the region is closed under "reaches a region component" (then no cycle leaves it).
 */
final class LocalRegion {
    /** The successors of a component in the column's graph. */
    @FunctionalInterface
    interface Successors {
        /** Appends the successors of {@code c} to {@code out}. */
        void collect(int c, IntList out);
    }

    final int[] nodes;
    final Scc scc;
    /** The scratch array while attached, else null. */
    private final int[] local;
    /** Once detached: the region's components in ascending order and their local indexes. */
    private final int[] sorted;
    private final int[] sortedLocal;

    private LocalRegion(int[] nodes, Scc scc, int[] local) {
        this(nodes, scc, local, null, null);
    }

    private LocalRegion(int[] nodes, Scc scc, int[] local, int[] sorted, int[] sortedLocal) {
        this.nodes = nodes;
        this.scc = scc;
        this.local = local;
        this.sorted = sorted;
        this.sortedLocal = sortedLocal;
    }

    /**
     * Collects the region reachable from {@code roots}. {@code local} is scratch of one entry per component, all -1;
     * it maps the region's components to their local index until {@link #release()}.
     */
    static LocalRegion collect(int[] roots, IntPredicate inRegion, Successors successors, int[] local) {
        IntList nodes = new IntList();
        IntList stack = new IntList();
        IntList next = new IntList();
        for (int root : roots) {
            if (local[root] < 0 && inRegion.test(root)) {
                local[root] = nodes.size();
                nodes.add(root);
                stack.add(root);
            }
            while (stack.size() > 0) {
                next.clear();
                successors.collect(stack.pop(), next);
                for (int i = 0; i < next.size(); i++) {
                    int d = next.get(i);
                    if (local[d] < 0 && inRegion.test(d)) {
                        local[d] = nodes.size();
                        nodes.add(d);
                        stack.add(d);
                    }
                }
            }
        }
        int size = nodes.size();
        int[] start = new int[size + 1];
        IntList adj = new IntList();
        for (int i = 0; i < size; i++) {
            next.clear();
            successors.collect(nodes.get(i), next);
            for (int k = 0; k < next.size(); k++) {
                int d = local[next.get(k)];
                if (d >= 0) {
                    adj.add(d);
                }
            }
            start[i + 1] = adj.size();
        }
        return new LocalRegion(nodes.toArray(), Scc.of(size, start, adj.toArray()), local);
    }

    int size() {
        return nodes.length;
    }

    /** The local index of component {@code c}, or -1 when it is not in the region. */
    int local(int c) {
        if (local != null) {
            return local[c];
        }
        int at = java.util.Arrays.binarySearch(sorted, c);
        return at < 0 ? -1 : sortedLocal[at];
    }

    /**
     * The same region without the scratch array, which is released (all -1 again) for the next region: for a region
     * kept beyond the walk that collected it (an explanation's trace), so that keeping it costs its own size, not one
     * entry per component of the topology.
     */
    LocalRegion detach() {
        int[] order = nodes.clone();
        java.util.Arrays.sort(order);
        int[] index = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            index[i] = local[order[i]];
        }
        release();
        return new LocalRegion(nodes, scc, null, order, index);
    }

    /** The components of local strongly connected component {@code j}. */
    int[] group(int j) {
        int[] group = new int[scc.start[j + 1] - scc.start[j]];
        for (int p = 0; p < group.length; p++) {
            group[p] = nodes[scc.order[scc.start[j] + p]];
        }
        return group;
    }

    /** Whether {@code c} is in local strongly connected component {@code j}. */
    boolean inGroup(int c, int j) {
        int at = local(c);
        return at >= 0 && scc.comp[at] == j;
    }

    /** Resets the scratch array for the next region. */
    void release() {
        if (local == null) {
            return;
        }
        for (int c : nodes) {
            local[c] = -1;
        }
    }
}
