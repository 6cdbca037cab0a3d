package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.ComputeLock;
import kr.drregistry.topology.graph.IntList;
import java.util.stream.IntStream;

import kr.drregistry.topology.graph.DependencyGraph.Adjacency;

/**
 * The column bit vectors of one analysis, computed all columns at once: at construction the least fixed point of
 * "down" (rule 9) and of "not at full capacity" (rule 14 thresholded at 100, which decides degraded services), and
 * on first use the vectors that confine every per-scenario number to what the scenario changes relative to the
 * no-loss baseline:
 * <ul>
 *   <li>{@link #recoveryAffected()}: a component whose up/down state or path differs from the baseline, or that
 *       reaches one over hard and {@code anyOf} edges; elsewhere the recovery time is the baseline's;</li>
 *   <li>{@link #rpoAffected()}: a durable component whose home site is lost, or one reaching it over the hard
 *       closure; elsewhere the RPO over the hard closure is 0;</li>
 *   <li>{@link #reachesStruck()}: a struck component, or one reaching it over the edges of rule 13's repair
 *       estimate (hard, {@code anyOf}, failover and restore requirements).</li>
 * </ul>
 * The "not at full capacity" vector uses that a service's capacity is capped at 100: {@code min(100, E)} obeys
 * rule 14's equations with every capacity capped, and {@code min(100, E) < 100} is the least fixed point of
 * "down, or own capacity below 100, or a hard dependency not full, or every member of an {@code anyOf} not full".
 */
final class LossState {
    final LossModel m;
    final int words;
    final long[] down;
    /** Per component: the columns in which it takes path a (rule 8 at the fixed point). */
    final long[] pathA;
    /** Per component: the columns in which it takes path b; up and in neither: path c. */
    final long[] pathB;
    final long[] notFull;
    final long[] serviceDown;
    final long[] serviceNotFull;
    /** One lock per lazy vector, so that {@link #prepare()} computes them side by side. */
    private final ComputeLock recoveryLock = new ComputeLock(), rpoLock = new ComputeLock(), struckLock = new ComputeLock();
    private volatile long[] recoveryAffected;
    private volatile long[] rpoAffected;
    private volatile long[] reachesStruck;

    LossState(LossModel m) {
        this.m = m;
        this.words = m.words;
        this.down = m.propagateDown();
        this.pathA = new long[m.n * words];
        this.pathB = new long[m.n * words];
        IntStream.range(0, m.n).parallel().forEach(c -> {
            long[] a = new long[words], b = new long[words], v = new long[3 * words];
            m.pathBits(c, down, a, b, v);
            System.arraycopy(a, 0, pathA, c * words, words);
            System.arraycopy(b, 0, pathB, c * words, words);
        });
        this.notFull = notFull();
        int services = m.ids.topology().services().size();
        serviceDown = new long[services * words];
        serviceNotFull = new long[services * words];
        for (int v = 0; v < services; v++) {
            for (int i = 0; i < m.graph.entrypointCount(v); i++) {
                int c = m.graph.entrypoint(v, i);
                for (int k = 0; k < words; k++) {
                    serviceDown[v * words + k] |= down[c * words + k];
                    serviceNotFull[v * words + k] |= notFull[c * words + k];
                }
            }
        }
    }

    /** Rule 10: service {@code v} in {@code column}, from the service vectors. */
    ServiceStatus status(int column, int v) {
        if (Bits.get(serviceDown, v, words, column)) {
            return ServiceStatus.DOWN;
        }
        return Bits.get(serviceNotFull, v, words, column) ? ServiceStatus.DEGRADED : ServiceStatus.UP;
    }

    boolean down(int c, int column) {
        return Bits.get(down, c, words, column);
    }

    boolean notFull(int c, int column) {
        return Bits.get(notFull, c, words, column);
    }

    /** The path code ({@link LossModel#ACTIVE} ...) of {@code c} in {@code column}, {@link LossModel#DOWN} if down. */
    int path(int c, int column) {
        return down(c, column) ? LossModel.DOWN : Bits.get(pathA, c, words, column) ? LossModel.ACTIVE
                : Bits.get(pathB, c, words, column) ? LossModel.FAILOVER : LossModel.RESTORE;
    }

    private long[] notFull() {
        int w = words;
        int n = m.n;
        long[] base = new long[n * w];
        IntStream.range(0, n).parallel().forEach(c -> {
            long[] t = new long[w];
            m.touched(c, t);
            int o = c * w;
            long active = 0, standby = 0;
            for (int p = m.ids.placementStart(c); p < m.ids.placementEnd(c); p++) {
                if (m.placementActive[p]) {
                    active += m.placementCapacity[p];
                } else {
                    standby += m.placementCapacity[p];
                }
            }
            boolean restoreLow = m.restoreSite[c] >= 0 && m.restoreCapacity[c] < 100;
            for (int i = 0; i < w; i++) {
                long up = ~down[o + i] & m.cols.mask[i];
                long a = pathA[o + i], b = pathB[o + i];
                long low = (active < 100 ? a & ~t[i] : 0) | (standby < 100 ? b & ~t[i] : 0)
                        | (restoreLow ? up & ~a & ~b : 0);
                for (long bits = (a | b) & t[i]; bits != 0; bits &= bits - 1) {
                    int column = (i << 6) + Long.numberOfTrailingZeros(bits);
                    int path = (a & (bits & -bits)) != 0 ? LossModel.ACTIVE : LossModel.FAILOVER;
                    if (m.capacity(c, column, path) < 100) {
                        low |= bits & -bits;
                    }
                }
                base[c * w + i] = down[c * w + i] | low;
            }
        });
        long[] values = base.clone();
        Fixpoint.Rule rule = (c, nf, out, set) -> {
            for (int i : set) {
                out[i] = base[c * w + i];
            }
            orHardDependencies(c, nf, out, true, set);
        };
        Fixpoint.run(m.loss.scc(), m.loss.reverse(), w, values, rule, m.cols.denseWords, null);
        if (m.cols.sparseWords.length > 0) {
            // sparse words start from the baseline's values; only components whose own input differs there seed
            int baseCol = m.cols.baseline;
            IntList seeds = new IntList();
            for (int c = 0; c < m.n; c++) {
                boolean baseOwn = Bits.get(base, c, w, baseCol);
                boolean baseValue = Bits.get(values, c, w, baseCol);
                boolean differs = false;
                for (int i : m.cols.sparseWords) {
                    differs |= base[c * w + i] != (baseOwn ? m.cols.mask[i] : 0);
                    values[c * w + i] = baseValue ? m.cols.mask[i] : 0;
                }
                if (differs) {
                    seeds.add(c);
                }
            }
            int[] affected = Fixpoint.affected(m.loss.scc(), m.loss.reverse(), seeds);
            // capacity is not monotone in the strikes (a struck requirement can move a component from a small
            // standby to a full restore), so what may change starts from its own input, below the least fixed point
            for (int c : affected) {
                for (int i : m.cols.sparseWords) {
                    values[c * w + i] = base[c * w + i];
                }
            }
            Fixpoint.run(m.loss.scc(), m.loss.reverse(), w, values, rule, m.cols.sparseWords, affected);
        }
        return values;
    }

    /**
     * ORs into {@code out} the vectors of {@code c}'s hard dependencies: with {@code anyOfAsAll}, an {@code anyOf}
     * contributes where all its members are set (the "down" reading); otherwise every member contributes (the
     * hard-closure reading).
     */
    private void orHardDependencies(int c, long[] values, long[] out, boolean anyOfAsAll, int[] set) {
        int w = words;
        var g = m.graph;
        for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
            if (g.anyOf(h) && anyOfAsAll) {
                for (int i : set) {
                    long all = m.cols.mask[i];
                    for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                        all &= values[g.target(e) * w + i];
                    }
                    out[i] |= all;
                }
            } else {
                for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                    int d = g.target(e) * w;
                    for (int i : set) {
                        out[i] |= values[d + i];
                    }
                }
            }
        }
    }

    /** Computes the three lazily computed vectors at once, on as many cores as there are (a report needs them all). */
    void prepare() {
        java.util.stream.Stream.<Runnable>of(this::recoveryAffected, this::rpoAffected, this::reachesStruck)
                .parallel().forEach(Runnable::run);
    }

    /** See the class comment. */
    long[] recoveryAffected() {
        long[] r = recoveryAffected;
        if (r == null) {
            recoveryLock.lock();
            try {
                r = recoveryAffected;
                if (r == null) {
                    r = computeRecoveryAffected();
                    recoveryAffected = r;
                }
            } finally {
                recoveryLock.unlock();
            }
        }
        return r;
    }

    private long[] computeRecoveryAffected() {
        int w = words;
        int base = m.cols.baseline;
        long[] changed = new long[m.n * w];
        IntStream.range(0, m.n).parallel().forEach(c -> {
            int o = c * w;
            boolean d0 = Bits.get(down, c, w, base);
            boolean a0 = Bits.get(pathA, c, w, base), b0 = Bits.get(pathB, c, w, base);
            for (int i = 0; i < w; i++) {
                long mask = m.cols.mask[i];
                changed[o + i] = (down[o + i] ^ (d0 ? mask : 0)) | (pathA[o + i] ^ (a0 ? mask : 0))
                        | (pathB[o + i] ^ (b0 ? mask : 0));
            }
        });
        return closeOverHardDependencies(changed, m.cols.allWords);
    }

    /** See the class comment. */
    long[] rpoAffected() {
        long[] r = rpoAffected;
        if (r == null) {
            rpoLock.lock();
            try {
                r = rpoAffected;
                if (r == null) {
                    int w = words;
                    long[] own = new long[m.n * w];
                    for (int c = 0; c < m.n; c++) {
                        int home = m.data.home(c);
                        if (m.data.durable(c) && home >= 0) {
                            System.arraycopy(m.cols.siteLost, home * w, own, c * w, w);
                        }
                    }
                    r = closeOverHardDependencies(own, m.cols.denseWords);
                    rpoAffected = r;
                }
            } finally {
                rpoLock.unlock();
            }
        }
        return r;
    }

    /**
     * {@code own} ORed with the vectors of everything reachable over hard and {@code anyOf} edges, for the words in
     * {@code set} (the others must be all zero in {@code own}): a full run over the dense words, and over the sparse
     * ones only the components that reach one with a bit set.
     */
    private long[] closeOverHardDependencies(long[] own, int[] set) {
        int w = words;
        long[] values = own.clone();
        Fixpoint.Rule rule = (c, vals, out, words) -> {
            for (int i : words) {
                out[i] = own[c * w + i];
            }
            orHardDependencies(c, vals, out, false, words);
        };
        int[] dense = java.util.Arrays.stream(set).filter(m::isDense).toArray();
        int[] sparse = java.util.Arrays.stream(set).filter(i -> !m.isDense(i)).toArray();
        Fixpoint.run(m.loss.scc(), m.loss.reverse(), w, values, rule, dense, null);
        if (sparse.length > 0) {
            IntList seeds = new IntList();
            for (int c = 0; c < m.n; c++) {
                for (int i : sparse) {
                    if (own[c * w + i] != 0) {
                        seeds.add(c);
                        break;
                    }
                }
            }
            Fixpoint.run(m.loss.scc(), m.loss.reverse(), w, values, rule, sparse,
                    Fixpoint.affected(m.loss.scc(), m.loss.reverse(), seeds));
        }
        return values;
    }

    /** See the class comment. */
    long[] reachesStruck() {
        long[] r = reachesStruck;
        if (r == null) {
            struckLock.lock();
            try {
                r = reachesStruck;
                if (r == null) {
                    int w = words;
                    long[] own = new long[m.n * w];
                    for (int c = 0; c < m.n; c++) {
                        m.cols.struckBits(c, own, c * w);
                    }
                    long[] values = own.clone();
                    Adjacency loss = m.loss;
                    IntList struck = new IntList();
                    for (int c = 0; c < m.n; c++) {
                        if (m.cols.struckStart[c + 1] > m.cols.struckStart[c]) {
                            struck.add(c);
                        }
                    }
                    // only components reaching a struck one can have a bit: run over those alone
                    Fixpoint.run(loss.scc(), loss.reverse(), w, values, (c, vals, out, set) -> {
                        for (int i : set) {
                            out[i] = own[c * w + i];
                        }
                        for (int e = loss.start(c); e < loss.end(c); e++) {
                            int d = loss.target(e) * w;
                            for (int i : set) {
                                out[i] |= vals[d + i];
                            }
                        }
                    }, m.cols.allWords, Fixpoint.affected(loss.scc(), loss.reverse(), struck));
                    r = values;
                    reachesStruck = r;
                }
            } finally {
                struckLock.unlock();
            }
        }
        return r;
    }

    /** Word {@code word} of the vectors that per-column numbers read, transposed to column-major bitsets. */
    ColumnBlock block(int word) {
        return new ColumnBlock(Bits.transpose(down, m.n, words, word), Bits.transpose(notFull, m.n, words, word),
                Bits.transpose(recoveryAffected(), m.n, words, word), Bits.transpose(rpoAffected(), m.n, words, word),
                Bits.transpose(pathA, m.n, words, word), Bits.transpose(pathB, m.n, words, word));
    }

    /** Columns {@code word * 64 .. word * 64 + 63} in column-major form. */
    record ColumnBlock(long[][] down, long[][] notFull, long[][] recovery, long[][] rpo, long[][] pathA,
                       long[][] pathB) {
        /** Column {@code j} of the block. */
        ColumnBits bits(int j) {
            return ColumnBits.slice(down, notFull, recovery, rpo, pathA, pathB, j);
        }
    }
}
