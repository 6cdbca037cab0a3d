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
    private final int[] local;

    private LocalRegion(int[] nodes, Scc scc, int[] local) {
        this.nodes = nodes;
        this.scc = scc;
        this.local = local;
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
        return local[c];
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
        return local[c] >= 0 && scc.comp[local[c]] == j;
    }

    /** Resets the scratch array for the next region. */
    void release() {
        for (int c : nodes) {
            local[c] = -1;
        }
    }
}
