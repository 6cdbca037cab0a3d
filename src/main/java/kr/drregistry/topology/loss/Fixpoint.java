package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.IntList;
import java.util.Arrays;

import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.graph.Scc;

/**
 * Evaluates a monotone system of bit-vector equations, one vector of {@code words} longs per component, over a
 * condensation (dependencies first): a component outside a cycle is evaluated once; inside a cyclic strongly
 * connected component the members are re-evaluated under a worklist until nothing changes. Started from values
 * at or below the least (above the greatest) fixed point, chaotic iteration of a monotone rule reaches it, which is
 * how rule 9's "start with nothing down, mark down, repeat until nothing changes" is evaluated for every scenario
 * at once.
 *
 * <p>Two refinements keep the work to what can change. A run covers a set of words only (columns 64 at a time).
 * And a run may cover only the components that can reach a changed input ({@link #affected}): where every column
 * of a word differs from the no-loss baseline only by struck components, the words start from the baseline's values
 * and just the components depending on a struck one are evaluated, still in condensation order.
 */
final class Fixpoint {
    private Fixpoint() {
    }

    /** The new value of one component for the given words, written to {@code out[word]}. */
    @FunctionalInterface
    interface Rule {
        void evaluate(int c, long[] values, long[] out, int[] wordSet);
    }

    /**
     * Runs {@code rule} over {@code nodes} (components in condensation order; null for all) for the words in
     * {@code wordSet}. {@code values} holds the start values and receives the result. {@code reverse} gives, for a
     * component, those whose value may read it (re-queued inside a cycle when it changes). A subset of nodes must
     * contain, with any member of a cyclic component, all its members.
     */
    static void run(Scc scc, Adjacency reverse, int words, long[] values, Rule rule, int[] wordSet, int[] nodes) {
        if (wordSet.length == 0) {
            return;
        }
        int n = reverse.size();
        long[] tmp = new long[words];
        boolean[] queued = null;
        int[] queue = null;
        int count = nodes == null ? n : nodes.length;
        for (int p = 0; p < count; ) {
            int c = nodes == null ? scc.order[p] : nodes[p];
            int k = scc.comp[c];
            if (!scc.cyclic[k]) {
                rule.evaluate(c, values, tmp, wordSet);
                for (int i : wordSet) {
                    values[c * words + i] = tmp[i];
                }
                p++;
                continue;
            }
            int size = scc.start[k + 1] - scc.start[k];
            if (queued == null) {
                queued = new boolean[n];
                queue = new int[n + 1];
            }
            int head = 0, tail = 0;
            for (int q = scc.start[k]; q < scc.start[k + 1]; q++) {
                queue[tail++] = scc.order[q];
                queued[scc.order[q]] = true;
            }
            p += size;
            int pending = size;
            while (pending > 0) {
                int x = queue[head];
                head = head == size ? 0 : head + 1;
                pending--;
                queued[x] = false;
                rule.evaluate(x, values, tmp, wordSet);
                boolean changed = false;
                int o = x * words;
                for (int i : wordSet) {
                    if (tmp[i] != values[o + i]) {
                        values[o + i] = tmp[i];
                        changed = true;
                    }
                }
                if (!changed) {
                    continue;
                }
                for (int e = reverse.start(x); e < reverse.end(x); e++) {
                    int r = reverse.target(e);
                    if (scc.comp[r] == k && !queued[r]) {
                        queued[r] = true;
                        queue[tail] = r;
                        tail = tail == size ? 0 : tail + 1;
                        pending++;
                    }
                }
            }
        }
    }

    /**
     * The components that can reach one of {@code seeds} (seeds included) over the graph whose reverse is
     * {@code reverse}, in condensation order: the only ones whose value can differ from a start value that is
     * already a fixed point elsewhere.
     */
    static int[] affected(Scc scc, Adjacency reverse, IntList seeds) {
        int n = reverse.size();
        boolean[] seen = new boolean[n];
        IntList stack = new IntList();
        IntList out = new IntList();
        for (int i = 0; i < seeds.size(); i++) {
            int c = seeds.get(i);
            if (!seen[c]) {
                seen[c] = true;
                stack.add(c);
                out.add(c);
            }
        }
        while (stack.size() > 0) {
            int c = stack.pop();
            for (int e = reverse.start(c); e < reverse.end(c); e++) {
                int r = reverse.target(e);
                if (!seen[r]) {
                    seen[r] = true;
                    stack.add(r);
                    out.add(r);
                }
            }
        }
        int[] positions = new int[out.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = scc.position[out.get(i)];
        }
        Arrays.sort(positions);
        for (int i = 0; i < positions.length; i++) {
            positions[i] = scc.order[positions[i]];
        }
        return positions;
    }
}
