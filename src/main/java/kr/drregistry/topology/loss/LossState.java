package kr.drregistry.topology.loss;

import java.util.List;
import java.util.stream.IntStream;

import kr.drregistry.topology.graph.DependencyGraph.Adjacency;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.PlacementRole;

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
    final long[] notFull;
    final long[] serviceDown;
    final long[] serviceNotFull;
    private volatile long[] recoveryAffected;
    private volatile long[] rpoAffected;
    private volatile long[] reachesStruck;

    LossState(LossModel m) {
        this.m = m;
        this.words = m.words;
        this.down = m.propagateDown();
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

    boolean down(int c, int column) {
        return Bits.get(down, c, words, column);
    }

    boolean notFull(int c, int column) {
        return Bits.get(notFull, c, words, column);
    }

    private long[] notFull() {
        int w = words;
        int n = m.n;
        long[] base = new long[n * w];
        IntStream.range(0, n).parallel().forEach(c -> {
            long[] a = new long[w], b = new long[w], t = new long[w], v = new long[3 * w];
            m.pathBits(c, down, a, b, v);
            m.touched(c, t);
            Component component = m.components.get(c);
            long active = 0, standby = 0;
            for (Placement p : component.placements()) {
                long cap = p.capacityPct() == null ? 100 : p.capacityPct();
                if (p.role() == PlacementRole.ACTIVE) {
                    active += cap;
                } else {
                    standby += cap;
                }
            }
            boolean restoreLow = component.restore() != null && component.restore().effectiveCapacityPct() < 100;
            for (int i = 0; i < w; i++) {
                long up = ~down[c * w + i] & m.cols.mask[i];
                long low = (active < 100 ? a[i] & ~t[i] : 0) | (standby < 100 ? b[i] & ~t[i] : 0)
                        | (restoreLow ? up & ~a[i] & ~b[i] : 0);
                for (long bits = (a[i] | b[i]) & t[i]; bits != 0; bits &= bits - 1) {
                    int column = (i << 6) + Long.numberOfTrailingZeros(bits);
                    int path = (a[i] & (bits & -bits)) != 0 ? LossModel.ACTIVE : LossModel.FAILOVER;
                    if (m.capacity(c, column, path) < 100) {
                        low |= bits & -bits;
                    }
                }
                base[c * w + i] = down[c * w + i] | low;
            }
        });
        long[] values = base.clone();
        Fixpoint.run(m.loss.scc(), m.loss.reverse(), w, values, (c, nf, out) -> {
            System.arraycopy(base, c * w, out, 0, w);
            orHardDependencies(c, nf, out, true);
        });
        return values;
    }

    /**
     * ORs into {@code out} the vectors of {@code c}'s hard dependencies: with {@code anyOfAsAll}, an {@code anyOf}
     * contributes where all its members are set (the "down" reading); otherwise every member contributes (the
     * hard-closure reading).
     */
    private void orHardDependencies(int c, long[] values, long[] out, boolean anyOfAsAll) {
        int w = words;
        var g = m.graph;
        for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
            if (g.anyOf(h) && anyOfAsAll) {
                for (int i = 0; i < w; i++) {
                    long all = m.cols.mask[i];
                    for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                        all &= values[g.target(e) * w + i];
                    }
                    out[i] |= all;
                }
            } else {
                for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                    int d = g.target(e) * w;
                    for (int i = 0; i < w; i++) {
                        out[i] |= values[d + i];
                    }
                }
            }
        }
    }

    /** See the class comment. */
    long[] recoveryAffected() {
        long[] r = recoveryAffected;
        if (r == null) {
            synchronized (this) {
                r = recoveryAffected;
                if (r == null) {
                    r = computeRecoveryAffected();
                    recoveryAffected = r;
                }
            }
        }
        return r;
    }

    private long[] computeRecoveryAffected() {
        int w = words;
        int base = m.cols.baseline;
        long[] changed = new long[m.n * w];
        IntStream.range(0, m.n).parallel().forEach(c -> {
            long[] a = new long[w], b = new long[w], v = new long[3 * w];
            m.pathBits(c, down, a, b, v);
            int o = c * w;
            boolean d0 = Bits.get(down, c, w, base);
            boolean a0 = (a[base >>> 6] & (1L << base)) != 0, b0 = (b[base >>> 6] & (1L << base)) != 0;
            for (int i = 0; i < w; i++) {
                long mask = m.cols.mask[i];
                changed[o + i] = (down[o + i] ^ (d0 ? mask : 0)) | (a[i] ^ (a0 ? mask : 0)) | (b[i] ^ (b0 ? mask : 0));
            }
        });
        return closeOverHardDependencies(changed);
    }

    /** See the class comment. */
    long[] rpoAffected() {
        long[] r = rpoAffected;
        if (r == null) {
            synchronized (this) {
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
                    r = closeOverHardDependencies(own);
                    rpoAffected = r;
                }
            }
        }
        return r;
    }

    /** {@code own} ORed with the vectors of everything reachable over hard and {@code anyOf} edges. */
    private long[] closeOverHardDependencies(long[] own) {
        int w = words;
        long[] values = own.clone();
        Fixpoint.run(m.loss.scc(), m.loss.reverse(), w, values, (c, vals, out) -> {
            System.arraycopy(own, c * w, out, 0, w);
            orHardDependencies(c, vals, out, false);
        });
        return values;
    }

    /** See the class comment. */
    long[] reachesStruck() {
        long[] r = reachesStruck;
        if (r == null) {
            synchronized (this) {
                r = reachesStruck;
                if (r == null) {
                    int w = words;
                    long[] own = new long[m.n * w];
                    for (int c = 0; c < m.n; c++) {
                        m.cols.struckBits(c, own, c * w);
                    }
                    long[] values = own.clone();
                    Adjacency loss = m.loss;
                    Fixpoint.run(loss.scc(), loss.reverse(), w, values, (c, vals, out) -> {
                        System.arraycopy(own, c * w, out, 0, w);
                        for (int e = loss.start(c); e < loss.end(c); e++) {
                            int d = loss.target(e) * w;
                            for (int i = 0; i < w; i++) {
                                out[i] |= vals[d + i];
                            }
                        }
                    });
                    r = values;
                    reachesStruck = r;
                }
            }
        }
        return r;
    }

    /** The components down in {@code column}, ascending. */
    int[] downIn(int column) {
        return IntStream.range(0, m.n).filter(c -> down(c, column)).toArray();
    }

    List<Component> components() {
        return m.components;
    }
}
