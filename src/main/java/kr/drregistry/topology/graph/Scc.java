package kr.drregistry.topology.graph;

import java.util.Arrays;

/**
 * The one strongly-connected-components routine of the topology engine: the components of a directed graph given
 * in CSR form ({@code adjStart[v]..adjStart[v+1]} index {@code adj}), found by an iterative Tarjan (no recursion,
 * so deep graphs cannot overflow the stack). Components are numbered in Tarjan's emission order: a component is
 * emitted only after every component it reaches, so for "depends on" edges dependencies come first. The loss
 * engine runs it on the graph of {@link DependencyGraph} and on per-scenario subgraphs (recovery-time cycles), the
 * rules on the subgraphs they select ({@code Adjacency#scc()}).
 * Immutable; the arrays are exposed for speed and must not be modified.
 */
public final class Scc {
    /** Number of components. */
    public final int count;
    /** Node to component id. */
    public final int[] comp;
    /** Nodes grouped by component, components in emission order. */
    public final int[] order;
    /** Component id to its first position in {@link #order}; {@code start[count]} is the node count. */
    public final int[] start;
    /** Node to its position in {@link #order}. */
    public final int[] position;
    /** Whether a component has more than one node or a self loop (only those need a fixpoint). */
    public final boolean[] cyclic;

    private Scc(int count, int[] comp, int[] order, int[] start, int[] position, boolean[] cyclic) {
        this.count = count;
        this.comp = comp;
        this.order = order;
        this.start = start;
        this.position = position;
        this.cyclic = cyclic;
    }

    /** The components of the graph of {@code n} nodes whose edges of node {@code v} are {@code adj[adjStart[v]..adjStart[v+1])}. */
    public static Scc of(int n, int[] adjStart, int[] adj) {
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int sp = 0;
        int[] call = new int[n];
        int[] next = new int[n];
        int[] comp = new int[n];
        int[] order = new int[n];
        int[] start = new int[n + 1];
        int count = 0;
        int emitted = 0;
        int counter = 0;
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int cp = 0;
            index[root] = low[root] = counter++;
            stack[sp++] = root;
            onStack[root] = true;
            call[cp++] = root;
            next[root] = adjStart[root];
            while (cp > 0) {
                int v = call[cp - 1];
                if (next[v] < adjStart[v + 1]) {
                    int w = adj[next[v]++];
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[sp++] = w;
                        onStack[w] = true;
                        call[cp++] = w;
                        next[w] = adjStart[w];
                    } else if (onStack[w] && index[w] < low[v]) {
                        low[v] = index[w];
                    }
                } else {
                    cp--;
                    if (low[v] == index[v]) {
                        start[count] = emitted;
                        int w;
                        do {
                            w = stack[--sp];
                            onStack[w] = false;
                            comp[w] = count;
                            order[emitted++] = w;
                        } while (w != v);
                        count++;
                    }
                    if (cp > 0) {
                        int u = call[cp - 1];
                        if (low[v] < low[u]) {
                            low[u] = low[v];
                        }
                    }
                }
            }
        }
        start[count] = n;
        int[] position = new int[n];
        for (int p = 0; p < n; p++) {
            position[order[p]] = p;
        }
        boolean[] cyclic = new boolean[count];
        for (int k = 0; k < count; k++) {
            if (start[k + 1] - start[k] > 1) {
                cyclic[k] = true;
            } else {
                int v = order[start[k]];
                for (int e = adjStart[v]; e < adjStart[v + 1]; e++) {
                    if (adj[e] == v) {
                        cyclic[k] = true;
                        break;
                    }
                }
            }
        }
        return new Scc(count, comp, order, Arrays.copyOf(start, count + 1), position, cyclic);
    }
}
