package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.ComputeLock;
import kr.drregistry.topology.graph.IntList;
import java.util.Arrays;
import java.util.function.IntPredicate;

import kr.drregistry.topology.graph.DependencyGraph;
import kr.drregistry.topology.graph.Scc;

/**
 * The numbers of one column, computed only where the column differs from what is known without computing
 * (FILING-FORMAT-V2.md §3): recovery times (rules 11, 12, §7.8) where the up/down state or path of something in the
 * hard closure changed against the no-loss baseline, effective capacities (rule 14, capped at 100 as every report
 * figure is) where a component is below full capacity, and RPO over the hard closure (rules 5, 6) where a durable
 * component's home site is lost. Elsewhere the recovery time is the baseline's, the capacity 100, the RPO 0.
 *
 * <p>Each computation walks the region reachable from its roots, sorts it in the order of the loss graph's
 * condensation (dependencies first: its edges include every edge these numbers follow) and evaluates it in one
 * pass; only inside a cyclic strongly connected component of that graph does it iterate (capacity, RPO) or find
 * the column's own cycles (recovery, whose §7.8 groups are the cycles of the up components in that column).
 * Stateless apart from the lazily computed baseline; safe for concurrent use (scratch is per thread).
 */
final class ScenarioNumbers {
    /** The value of a down component where a number is asked of it. */
    static final long DOWN = -1;

    private final LossModel m;
    private final LossState st;
    private final Scc order;
    private final ThreadLocal<Walk> walks;
    private volatile long[] baselineRecovery;

    ScenarioNumbers(LossState st) {
        this.st = st;
        this.m = st.m;
        this.order = m.loss.scc();
        int n = m.n;
        this.walks = ThreadLocal.withInitial(() -> new Walk(n));
    }

    /** Per-thread scratch of one walk: region membership, values by component, the work lists. */
    private static final class Walk {
        final long[] member;
        /** Recovery minutes, or RPO seconds in an RPO walk. */
        final long[] value;
        final long[] capacity;
        final int[] limit;
        /** The region of a column's numbers as a bitset ({@link ColumnBits#upWords}). */
        final long[] region;
        /** Scratch of {@link LocalRegion#collect}: all -1 between uses. */
        final int[] local;
        final IntList stack = new IntList();
        final IntList next = new IntList();
        final IntList nodes = new IntList();

        Walk(int n) {
            member = new long[(n + 63) >>> 6];
            value = new long[n];
            capacity = new long[n];
            limit = new int[n];
            region = new long[(n + 63) >>> 6];
            local = new int[n];
            Arrays.fill(local, -1);
        }

        boolean in(int c) {
            return (member[c >>> 6] & (1L << c)) != 0;
        }
    }

    /** Successors of an up component in the column's graph: its hard dependencies and the up members of anyOf. */
    private void upDependencies(ColumnBits bits, int c, IntList out) {
        DependencyGraph g = m.graph;
        for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
            boolean any = g.anyOf(h);
            for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                int d = g.target(e);
                if (!any || !bits.down(d)) {
                    out.add(d);
                }
            }
        }
    }

    /** Every hard dependency and every anyOf member (the hard closure's edges). */
    private void closureEdges(int c, IntList out) {
        DependencyGraph g = m.graph;
        for (int e = g.closureStart(c); e < g.closureEnd(c); e++) {
            out.add(g.target(e));
        }
    }

    /**
     * The components reachable from {@code roots} through components in the region, marked in {@code w.member}, in
     * condensation order (dependencies first).
     */
    private int[] region(Walk w, int[] roots, IntPredicate inRegion, LocalRegion.Successors successors) {
        w.nodes.clear();
        for (int root : roots) {
            if (!w.in(root) && inRegion.test(root)) {
                w.member[root >>> 6] |= 1L << root;
                w.nodes.add(root);
                w.stack.add(root);
            }
            while (w.stack.size() > 0) {
                w.next.clear();
                successors.collect(w.stack.pop(), w.next);
                for (int i = 0; i < w.next.size(); i++) {
                    int d = w.next.get(i);
                    if (!w.in(d) && inRegion.test(d)) {
                        w.member[d >>> 6] |= 1L << d;
                        w.nodes.add(d);
                        w.stack.add(d);
                    }
                }
            }
        }
        int[] positions = new int[w.nodes.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = order.position[w.nodes.get(i)];
        }
        Arrays.sort(positions);
        for (int i = 0; i < positions.length; i++) {
            positions[i] = order.order[positions[i]];
        }
        return positions;
    }

    private static void release(Walk w, int[] nodes) {
        for (int c : nodes) {
            w.member[c >>> 6] = 0;
        }
    }

    /** The end of the run of {@code nodes} from {@code i} that lie in the same condensation component. */
    private int runEnd(int[] nodes, int i) {
        int k = order.comp[nodes[i]];
        int j = i + 1;
        while (j < nodes.length && order.comp[nodes[j]] == k) {
            j++;
        }
        return j;
    }

    /**
     * Computes what every column's numbers read (the lazy vectors and the baseline's recovery times) before columns
     * are computed in parallel, so that no column task starts a lazy computation of its own.
     */
    void prepare() {
        st.prepare();
        baselineRecovery();
    }

    private final ComputeLock baselineLock = new ComputeLock();

    /** Per component, its recovery time in the baseline column ({@link #DOWN} when down there). */
    private long[] baselineRecovery() {
        long[] r = baselineRecovery;
        if (r == null) {
            baselineLock.lock();
            try {
                r = baselineRecovery;
                if (r == null) {
                    int base = m.cols.baseline;
                    ColumnBits bits = st.block(base >>> 6).bits(base & 63);
                    int[] all = new int[m.n];
                    for (int c = 0; c < m.n; c++) {
                        all[c] = c;
                    }
                    r = new long[m.n];
                    recoveryAndCapacity(base, bits, all, null, r, null, false);
                    baselineRecovery = r;
                }
            } finally {
                baselineLock.unlock();
            }
        }
        return r;
    }

    /**
     * Rule 12 (with §7.8's cycle groups) and rule 14 ({@code min(100, E)}) of each root in one column, into
     * {@code recovery} and {@code capacity} (either may be null); {@link #DOWN} for a down root.
     */
    void numbers(int column, ColumnBits bits, int[] roots, long[] recovery, long[] capacity) {
        if (column == m.cols.baseline && capacity == null) {
            long[] base = baselineRecovery();
            for (int i = 0; i < roots.length; i++) {
                recovery[i] = base[roots[i]];
            }
            return;
        }
        recoveryAndCapacity(column, bits, roots, baselineRecovery(), recovery, capacity, true);
    }

    /**
     * The walk behind {@link #numbers}; with {@code base} null every up component is in the region (the baseline),
     * otherwise only those whose recovery is affected or whose capacity is below 100, the others taking
     * {@code base} and 100. Without {@code perRoot}, {@code recovery[c]} receives the time of every component
     * (meaningful for the region's) instead of one per root.
     */
    private void recoveryAndCapacity(int column, ColumnBits bits, int[] roots, long[] base, long[] recovery,
                                     long[] capacity, boolean perRoot) {
        Walk w = walks.get();
        IntPredicate inRecovery = base == null ? c -> !bits.down(c) : c -> !bits.down(c) && bits.recoveryAffected(c);
        IntPredicate inCapacity = c -> !bits.down(c) && bits.notFull(c);
        // the same region as one bit per component where the bits come by words (a column of a block): the walk tests
        // it on every dependency edge it follows
        long[] words = bits.upWords(base == null, capacity != null, w.region);
        IntPredicate inRegion = words != null ? c -> (words[c >>> 6] & (1L << c)) != 0
                : capacity == null ? inRecovery : inRecovery.or(inCapacity);
        int[] nodes = region(w, roots, inRegion, (c, out) -> upDependencies(bits, c, out));
        try {
            for (int i = 0; i < nodes.length; ) {
                int j = runEnd(nodes, i);
                int k = order.comp[nodes[i]];
                if (!order.cyclic[k]) {
                    int c = nodes[i];
                    if (inRecovery.test(c)) {
                        recoveryOfGroup(bits, new int[] {c}, w, base);
                    }
                    if (capacity != null && inCapacity.test(c)) {
                        w.capacity[c] = effective(c, Math.min(100, m.capacity(c, column, bits.path(c))), bits, w);
                    }
                } else {
                    int[] run = Arrays.copyOfRange(nodes, i, j);
                    cyclicRecovery(bits, run, w, base, inRecovery);
                    if (capacity != null) {
                        cyclicCapacity(column, bits, run, w, inCapacity);
                    }
                }
                i = j;
            }
            if (!perRoot) {
                for (int c = 0; c < m.n; c++) {
                    recovery[c] = bits.down(c) ? DOWN : w.value[c];
                }
                return;
            }
            for (int i = 0; i < roots.length; i++) {
                int c = roots[i];
                if (bits.down(c)) {
                    if (recovery != null) {
                        recovery[i] = DOWN;
                    }
                    if (capacity != null) {
                        capacity[i] = DOWN;
                    }
                    continue;
                }
                if (recovery != null) {
                    recovery[i] = recoveryOf(c, w, base, inRecovery);
                }
                if (capacity != null) {
                    capacity[i] = w.in(c) && inCapacity.test(c) ? w.capacity[c] : 100;
                }
            }
        } finally {
            release(w, nodes);
        }
    }

    private static long recoveryOf(int d, Walk w, long[] base, IntPredicate inRecovery) {
        return w.in(d) && inRecovery.test(d) ? w.value[d] : base[d];
    }

    /**
     * The members of a loss-graph cycle that are in the recovery region, split into the column's own cycles (the
     * strongly connected components of their up-dependency edges among themselves, a {@link LocalRegion}),
     * dependencies first.
     */
    private void cyclicRecovery(ColumnBits bits, int[] run, Walk w, long[] base, IntPredicate inRecovery) {
        int[] members = Arrays.stream(run).filter(inRecovery).toArray();
        if (members.length == 0) {
            return;
        }
        int k = order.comp[run[0]];
        LocalRegion region = LocalRegion.collect(members, c -> w.in(c) && order.comp[c] == k && inRecovery.test(c),
                (c, out) -> upDependencies(bits, c, out), w.local);
        try {
            for (int g = 0; g < region.scc.count; g++) {
                recoveryOfGroup(bits, region.group(g), w, base);
            }
        } finally {
            region.release();
        }
    }

    /**
     * Rule 12 / §7.8 for one group of the column's cycles (or one component): the largest own minutes in it plus
     * the largest recovery time of a dependency outside it, an anyOf counting its fastest up member (0 when an up
     * member is inside the group).
     */
    private void recoveryOfGroup(ColumnBits bits, int[] group, Walk w, long[] base) {
        DependencyGraph g = m.graph;
        long own = 0, ext = 0;
        for (int c : group) {
            own = Math.max(own, m.ownMinutes(c, bits.path(c)));
            for (int h = g.groupStart(c); h < g.groupEnd(c); h++) {
                if (!g.anyOf(h)) {
                    for (int e = g.targetStart(h); e < g.targetEnd(h); e++) {
                        int d = g.target(e);
                        if (!contains(group, d)) {
                            ext = Math.max(ext, value(d, bits, w, base));
                        }
                    }
                    continue;
                }
                long fastest = Long.MAX_VALUE;
                for (int e = g.targetStart(h); e < g.targetEnd(h) && fastest > 0; e++) {
                    int d = g.target(e);
                    if (!bits.down(d)) {
                        fastest = contains(group, d) ? 0 : Math.min(fastest, value(d, bits, w, base));
                    }
                }
                ext = Math.max(ext, fastest == Long.MAX_VALUE ? 0 : fastest);
            }
        }
        for (int c : group) {
            w.value[c] = own + ext;
        }
    }

    /** The recovery time of up component {@code d}: computed in this walk when in the region, else the baseline's. */
    private long value(int d, ColumnBits bits, Walk w, long[] base) {
        return base == null || w.in(d) && bits.recoveryAffected(d) ? w.value[d] : base[d];
    }

    private static boolean contains(int[] group, int c) {
        if (group.length == 1) {
            return group[0] == c;
        }
        for (int x : group) {
            if (x == c) {
                return true;
            }
        }
        return false;
    }

    /** Rule 14 inside a loss-graph cycle: lower from the capacities until nothing changes (the largest solution). */
    private void cyclicCapacity(int column, ColumnBits bits, int[] run, Walk w, IntPredicate inCapacity) {
        int[] members = Arrays.stream(run).filter(inCapacity).toArray();
        long[] own = new long[members.length];
        for (int i = 0; i < members.length; i++) {
            own[i] = Math.min(100, m.capacity(members[i], column, bits.path(members[i])));
            w.capacity[members[i]] = own[i];
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < members.length; i++) {
                long e = effective(members[i], own[i], bits, w);
                if (e != w.capacity[members[i]]) {
                    w.capacity[members[i]] = e;
                    changed = true;
                }
            }
        }
    }

    /** {@code min(own, E of each hard dependency, per anyOf the largest E among its up members)}. */
    private long effective(int c, long own, ColumnBits bits, Walk w) {
        DependencyGraph g = m.graph;
        long e = own;
        for (int h = g.groupStart(c); h < g.groupEnd(c) && e > 0; h++) {
            boolean any = g.anyOf(h);
            long best = any ? -1 : Long.MAX_VALUE;
            for (int t = g.targetStart(h); t < g.targetEnd(h); t++) {
                int d = g.target(t);
                if (any && bits.down(d)) {
                    continue;
                }
                long v = w.in(d) && bits.notFull(d) ? w.capacity[d] : 100;
                best = any ? Math.max(best, v) : Math.min(best, v);
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
    long[] rpo(int column, ColumnBits bits, int[] roots, int[] limiting) {
        long[] out = maxOverReach(roots, bits::rpoAffected, this::closureEdges,
                c -> m.data.durable(c) ? m.data.rpo(c, column, m.cols) : -1, limiting);
        for (int i = 0; i < out.length; i++) {
            if (out[i] <= 0) {
                out[i] = 0;
                limiting[i] = -1;
            }
        }
        return out;
    }

    /**
     * For each root, the largest {@code own} value over the components it reaches through the region (itself
     * included), {@code limiting[i]} receiving the component it comes from (the first in document order on ties);
     * -1 for both when nothing reached has a value ({@code own} below 0).
     */
    long[] maxOverReach(int[] roots, IntPredicate inRegion, LocalRegion.Successors successors,
                        java.util.function.IntToLongFunction own, int[] limiting) {
        Walk w = walks.get();
        int[] nodes = region(w, roots, inRegion, successors);
        try {
            for (int c : nodes) {
                w.value[c] = own.applyAsLong(c);
                w.limit[c] = w.value[c] >= 0 ? c : Integer.MAX_VALUE;
            }
            for (int i = 0; i < nodes.length; ) {
                int j = runEnd(nodes, i);
                boolean changed = true;
                while (changed) {
                    changed = false;
                    for (int p = i; p < j; p++) {
                        changed |= raise(nodes[p], w, successors);
                    }
                    changed &= order.cyclic[order.comp[nodes[i]]];
                }
                i = j;
            }
            long[] out = new long[roots.length];
            for (int i = 0; i < roots.length; i++) {
                int c = roots[i];
                boolean found = w.in(c) && w.value[c] >= 0;
                out[i] = found ? w.value[c] : -1;
                limiting[i] = found ? w.limit[c] : -1;
            }
            return out;
        } finally {
            release(w, nodes);
        }
    }

    /** Raises {@code c}'s value to the largest of its successors' in the region (ties: the earlier component). */
    private boolean raise(int c, Walk w, LocalRegion.Successors successors) {
        w.next.clear();
        successors.collect(c, w.next);
        boolean changed = false;
        for (int k = 0; k < w.next.size(); k++) {
            int d = w.next.get(k);
            if (w.in(d) && (w.value[d] > w.value[c] || w.value[d] == w.value[c] && w.limit[d] < w.limit[c])) {
                w.value[c] = w.value[d];
                w.limit[c] = w.limit[d];
                changed = true;
            }
        }
        return changed;
    }

    /**
     * The recovery computation of one up component over everything it reaches, kept for an explanation: the region
     * and the time of each of its components by local index (a component outside the region reads 0).
     */
    record RecoveryTrace(LocalRegion region, long[] value) {
        long of(int c) {
            int at = region.local(c);
            return at < 0 ? 0 : value[at];
        }
    }

    /**
     * Recovery times of every up component {@code root} reaches in {@code column}, with its cycle groups: the groups
     * of the region's graph are exactly rule 12's (§7.8), and its components come dependencies first, so one pass
     * over them in that order gives every time. The walk's scratch is used and released; what is kept is the size of
     * the region (an explanation asks for a trace per chain: arrays of one entry per component of a 100,000-component
     * topology were ~1 MB each, allocated outside the young generation).
     */
    RecoveryTrace trace(int column, int root) {
        ColumnBits bits = ColumnBits.rows(st, column);
        Walk w = walks.get();
        LocalRegion region;
        try {
            region = LocalRegion.collect(new int[] {root}, c -> !bits.down(c), (c, out) -> upDependencies(bits, c, out),
                    w.local);
        } catch (RuntimeException | Error e) {
            Arrays.fill(w.local, -1);  // the walk's scratch stays clean for the next explanation on this thread
            throw e;
        }
        long[] value = new long[region.size()];
        try {
            for (int j = 0; j < region.scc.count; j++) {
                int[] group = region.group(j);
                recoveryOfGroup(bits, group, w, null);
                for (int c : group) {
                    value[region.local(c)] = w.value[c];
                }
            }
        } catch (RuntimeException | Error e) {
            region.release();
            throw e;
        }
        return new RecoveryTrace(region.detach(), value);
    }
}
