package kr.drregistry.topology.loss;

import java.util.Arrays;
import java.util.function.IntPredicate;

import kr.drregistry.topology.graph.DependencyGraph;

/**
 * The numbers of one column, computed only where the column differs from what is known without computing
 * (FILING-FORMAT-V2.md §3): recovery times (rules 11, 12, §7.8) where the up/down state or path of something in the
 * hard closure changed against the no-loss baseline, effective capacities (rule 14, capped at 100 as every report
 * figure is) where a component is below full capacity, and RPO over the hard closure (rules 5, 6) where a durable
 * component's home site is lost. Elsewhere the recovery time is the baseline's, the capacity 100, the RPO 0.
 * Stateless apart from the lazily computed baseline; safe for concurrent use (scratch is per thread).
 */
final class ScenarioNumbers {
    /** The value of a down component where a number is asked of it. */
    static final long DOWN = -1;

    private final LossModel m;
    private final LossState st;
    private final ThreadLocal<int[]> scratch;
    private volatile long[] baselineRecovery;

    ScenarioNumbers(LossState st) {
        this.st = st;
        this.m = st.m;
        int n = m.n;
        this.scratch = ThreadLocal.withInitial(() -> {
            int[] local = new int[n];
            Arrays.fill(local, -1);
            return local;
        });
    }

    /** Successors of an up component in the column's graph: its hard dependencies and the up members of anyOf. */
    private LocalRegion.Successors upDependencies(int column) {
        DependencyGraph g = m.graph;
        return (c, out) -> {
            for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
                boolean any = g.anyOf(h);
                for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                    int d = g.target(e);
                    if (!any || !st.down(d, column)) {
                        out.add(d);
                    }
                }
            }
        };
    }

    /** Every hard dependency and every anyOf member (the hard closure's edges). */
    private LocalRegion.Successors closureEdges() {
        var adj = m.hardClosure;
        return (c, out) -> {
            for (int e = adj.start(c); e < adj.end(c); e++) {
                out.add(adj.target(e));
            }
        };
    }

    /** Per component, its recovery time in the baseline column ({@link #DOWN} when down there). */
    private long[] baselineRecovery() {
        long[] r = baselineRecovery;
        if (r == null) {
            synchronized (this) {
                r = baselineRecovery;
                if (r == null) {
                    int base = m.cols.baseline;
                    int[] all = new int[m.n];
                    for (int c = 0; c < m.n; c++) {
                        all[c] = c;
                    }
                    r = recoveryOver(base, all, c -> !st.down(c, base), null);
                    baselineRecovery = r;
                }
            }
        }
        return r;
    }

    /**
     * Rule 12 (with §7.8's cycle groups): recovery minutes of each root in {@code column}, {@link #DOWN} for a
     * down root.
     */
    long[] recovery(int column, int[] roots) {
        if (column == m.cols.baseline) {
            long[] base = baselineRecovery();
            long[] out = new long[roots.length];
            for (int i = 0; i < roots.length; i++) {
                out[i] = base[roots[i]];
            }
            return out;
        }
        long[] base = baselineRecovery();
        long[] affected = st.recoveryAffected();
        int w = m.words;
        return recoveryOver(column, roots, c -> !st.down(c, column) && Bits.get(affected, c, w, column), base);
    }

    private long[] recoveryOver(int column, int[] roots, IntPredicate inRegion, long[] base) {
        int[] local = scratch.get();
        LocalRegion region = LocalRegion.collect(roots, inRegion, upDependencies(column), local);
        try {
            long[] value = regionRecovery(column, region, base);
            long[] out = new long[roots.length];
            for (int i = 0; i < roots.length; i++) {
                int c = roots[i];
                out[i] = st.down(c, column) ? DOWN : valueOf(c, region, value, base);
            }
            return out;
        } finally {
            region.release();
        }
    }

    /** The recovery computation of one up component over everything it reaches, kept for an explanation. */
    record RecoveryTrace(LocalRegion region, long[] value) {
        long of(int c) {
            return value[region.local(c)];
        }
    }

    /** Recovery times of every up component {@code root} reaches in {@code column}, for tracing. */
    RecoveryTrace trace(int column, int root) {
        int[] local = new int[m.n];
        Arrays.fill(local, -1);
        LocalRegion region = LocalRegion.collect(new int[] {root}, c -> !st.down(c, column), upDependencies(column),
                local);
        return new RecoveryTrace(region, regionRecovery(column, region, null));
    }

    /** Rule 12 over a region in dependency order; successors outside it take {@code base}. */
    private long[] regionRecovery(int column, LocalRegion region, long[] base) {
        long[] value = new long[region.size()];
        var scc = region.scc;
        DependencyGraph g = m.graph;
        for (int j = 0; j < scc.count; j++) {
            long own = 0, ext = 0;
            for (int p = scc.start[j]; p < scc.start[j + 1]; p++) {
                int c = region.nodes[scc.order[p]];
                own = Math.max(own, m.ownMinutes(c, m.path(c, column, st.down)));
                for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
                    if (!g.anyOf(h)) {
                        for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                            int d = g.target(e);
                            if (!region.inGroup(d, j)) {
                                ext = Math.max(ext, valueOf(d, region, value, base));
                            }
                        }
                        continue;
                    }
                    long fastest = Long.MAX_VALUE;
                    for (int e = g.targetStart(h); e < g.targetEnd(h) && fastest > 0; e++) {
                        int d = g.target(e);
                        if (st.down(d, column)) {
                            continue;
                        }
                        fastest = region.inGroup(d, j) ? 0 : Math.min(fastest, valueOf(d, region, value, base));
                    }
                    ext = Math.max(ext, fastest == Long.MAX_VALUE ? 0 : fastest);
                }
            }
            for (int p = scc.start[j]; p < scc.start[j + 1]; p++) {
                value[scc.order[p]] = own + ext;
            }
        }
        return value;
    }

    private static long valueOf(int d, LocalRegion region, long[] value, long[] base) {
        int i = region.local(d);
        return i >= 0 ? value[i] : base[d];
    }

    /**
     * Rule 14: {@code min(100, E)} of each root in {@code column} ({@link #DOWN} for a down root), the largest
     * solution found by lowering from the capacities until nothing changes.
     */
    long[] capacity(int column, int[] roots) {
        int[] local = scratch.get();
        LocalRegion region = LocalRegion.collect(roots, c -> !st.down(c, column) && st.notFull(c, column),
                upDependencies(column), local);
        try {
            long[] value = new long[region.size()];
            long[] own = new long[region.size()];
            for (int i = 0; i < region.size(); i++) {
                int c = region.nodes[i];
                own[i] = Math.min(100, m.capacity(c, column, m.path(c, column, st.down)));
                value[i] = own[i];
            }
            var scc = region.scc;
            for (int j = 0; j < scc.count; j++) {
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (int p = scc.start[j]; p < scc.start[j + 1]; p++) {
                        int i = scc.order[p];
                        long e = effective(region.nodes[i], own[i], column, region, value);
                        if (e != value[i]) {
                            value[i] = e;
                            changed = true;
                        }
                    }
                    changed &= scc.cyclic[j];
                }
            }
            long[] out = new long[roots.length];
            for (int i = 0; i < roots.length; i++) {
                int c = roots[i];
                int l = region.local(c);
                out[i] = st.down(c, column) ? DOWN : l >= 0 ? value[l] : 100;
            }
            return out;
        } finally {
            region.release();
        }
    }

    /** {@code min(own, E of each hard dependency, per anyOf the largest E among its up members)}. */
    private long effective(int c, long own, int column, LocalRegion region, long[] value) {
        DependencyGraph g = m.graph;
        long e = own;
        for (int h = g.groupStart(c); h < g.groupEnd(c) && e > 0; h++) {
            long best = g.anyOf(h) ? -1 : Long.MAX_VALUE;
            for (int t = g.targetStart(h); t < g.targetEnd(h); t++) {
                int d = g.target(t);
                if (g.anyOf(h) && st.down(d, column)) {
                    continue;
                }
                int l = region.local(d);
                long v = l >= 0 ? value[l] : 100;
                best = g.anyOf(h) ? Math.max(best, v) : Math.min(best, v);
            }
            e = Math.min(e, best);
        }
        return e;
    }

    /**
     * Rules 5 and 6: the largest achievable RPO (seconds, {@link DataCopies#UNBOUNDED} for unbounded) among the
     * durable components in each root's hard closure, 0 when none has one above 0; {@code limiting[i]} receives the
     * component with that RPO (the first in document order on ties), -1 when the RPO is 0.
     */
    long[] rpo(int column, int[] roots, int[] limiting) {
        int[] local = scratch.get();
        long[] affected = st.rpoAffected();
        int w = m.words;
        LocalRegion region = LocalRegion.collect(roots, c -> Bits.get(affected, c, w, column), closureEdges(), local);
        try {
            long[] value = new long[region.size()];
            int[] limit = new int[region.size()];
            var scc = region.scc;
            var adj = m.hardClosure;
            for (int j = 0; j < scc.count; j++) {
                long best = 0;
                int arg = Integer.MAX_VALUE;
                for (int p = scc.start[j]; p < scc.start[j + 1]; p++) {
                    int c = region.nodes[scc.order[p]];
                    if (m.data.durable(c)) {
                        long r = m.data.rpo(c, column, m.cols);
                        if (r > best || r == best && r > 0 && c < arg) {
                            best = r;
                            arg = c;
                        }
                    }
                    for (int e = adj.start(c); e < adj.end(c); e++) {
                        int d = adj.target(e);
                        int l = region.local(d);
                        if (l >= 0 && scc.comp[l] != j && value[l] > 0
                                && (value[l] > best || value[l] == best && limit[l] < arg)) {
                            best = value[l];
                            arg = limit[l];
                        }
                    }
                }
                for (int p = scc.start[j]; p < scc.start[j + 1]; p++) {
                    value[scc.order[p]] = best;
                    limit[scc.order[p]] = best > 0 ? arg : -1;
                }
            }
            long[] out = new long[roots.length];
            for (int i = 0; i < roots.length; i++) {
                int l = region.local(roots[i]);
                out[i] = l >= 0 ? value[l] : 0;
                limiting[i] = l >= 0 ? limit[l] : -1;
            }
            return out;
        } finally {
            region.release();
        }
    }
}
