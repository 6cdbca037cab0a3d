package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.graph.Scc;

/**
 * Evaluates a monotone system of bit-vector equations, one vector of {@code words} longs per component, over a
 * condensation (dependencies first): a component outside a cycle is evaluated once; inside a cyclic strongly
 * connected component the members are re-evaluated under a worklist until nothing changes. Started from the
 * least (greatest) values, chaotic iteration of a monotone rule reaches the least (greatest) fixed point, which is
 * how rule 9's "start with nothing down, mark down, repeat until nothing changes" is evaluated for every scenario
 * at once.
 */
final class Fixpoint {
    private Fixpoint() {
    }

    /** The new value of one component given the current {@code values}, written to {@code out}. */
    @FunctionalInterface
    interface Rule {
        void evaluate(int c, long[] values, long[] out);
    }

    /**
     * Runs {@code rule} over {@code scc}; {@code values} holds the start values of every cyclic member (the
     * bottom or top of the lattice) and receives the result. {@code reverse} gives, for a component, those whose
     * value may read it (re-queued when it changes).
     */
    static void run(Scc scc, Adjacency reverse, int words, long[] values, Rule rule) {
        int n = reverse.size();
        long[] tmp = new long[words];
        boolean[] queued = new boolean[n];
        int[] queue = new int[n + 1];
        for (int k = 0; k < scc.count; k++) {
            int from = scc.start[k], to = scc.start[k + 1];
            if (!scc.cyclic[k]) {
                int c = scc.order[from];
                rule.evaluate(c, values, tmp);
                System.arraycopy(tmp, 0, values, c * words, words);
                continue;
            }
            int size = to - from, head = 0, tail = 0;
            for (int p = from; p < to; p++) {
                queue[tail++] = scc.order[p];
                queued[scc.order[p]] = true;
            }
            int pending = size;
            while (pending > 0) {
                int c = queue[head];
                head = head == size ? 0 : head + 1;
                pending--;
                queued[c] = false;
                rule.evaluate(c, values, tmp);
                boolean changed = false;
                int o = c * words;
                for (int i = 0; i < words; i++) {
                    if (tmp[i] != values[o + i]) {
                        values[o + i] = tmp[i];
                        changed = true;
                    }
                }
                if (!changed) {
                    continue;
                }
                for (int e = reverse.start(c); e < reverse.end(c); e++) {
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
}
