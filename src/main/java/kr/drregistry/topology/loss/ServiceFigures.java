package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.ComputeLock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

import kr.drregistry.topology.graph.IntList;
import kr.drregistry.topology.graph.Once;
import kr.drregistry.topology.model.Service;

/**
 * The per-service figures of an analysis: for each column, every service's recovery time (rules 11 and 12), capacity
 * (rule 14) and RPO with the component limiting it (rules 5 and 6), each the worst over the service's entrypoints;
 * and over the scenarios, each service's estimated RTO and worst RPO. The figures of a column are computed on first
 * use by {@link ScenarioNumbers} (where the recovery times of components are computed), together with the other
 * columns of its block of 64 (a word of the bit vectors), in parallel; the summaries over scenarios compute every
 * block first. Safe for concurrent readers.
 */
final class ServiceFigures {
    private final LossModel m;
    private final LossState st;
    private final ScenarioNumbers numbers;
    private final List<Service> services;
    /** Per service, its entrypoints. */
    private final int[][] roots;
    /** Per block of 64 columns (a word of the bit vectors), the numbers of its columns, computed together. */
    private final AtomicReferenceArray<ColumnNumbers[]> blocks;
    /** Per block, the lock its computation holds. */
    private final ComputeLock[] locks;
    private final Once<Summaries> summaries = new Once<>(this::summarise);

    ServiceFigures(LossState st, ScenarioNumbers numbers) {
        this.m = st.m;
        this.st = st;
        this.numbers = numbers;
        this.services = m.ids.topology().services();
        this.blocks = new AtomicReferenceArray<>(m.words);
        this.locks = new ComputeLock[m.words];
        for (int w = 0; w < m.words; w++) {
            locks[w] = new ComputeLock();
        }
        this.roots = new int[services.size()][];
        for (int v = 0; v < services.size(); v++) {
            roots[v] = m.graph.entrypoints(v);
        }
    }

    /** The entrypoints of service {@code v}. */
    int[] roots(int v) {
        return roots[v];
    }

    /** Service recovery minutes in any column (S⁰ included), {@link ScenarioNumbers#DOWN} when down. */
    long serviceRecovery(int column, int v) {
        return column(column).recovery()[v];
    }

    /** Rule 12's estimated RTO of service {@code v}: its largest recovery time over the scenarios not down. */
    EstimatedRto estimatedRto(int v) {
        return summaries().rto[v];
    }

    /** The largest RPO of service {@code v} over the scenarios (the first scenario on ties). */
    ServiceRpo worstRpo(int v) {
        return summaries().rpo[v];
    }

    /** Every service's estimated RTO and worst RPO, computed together once. */
    private record Summaries(EstimatedRto[] rto, ServiceRpo[] rpo) {
    }

    private Summaries summaries() {
        return summaries.get();
    }

    private Summaries summarise() {
        allScenarioColumns();
        Summaries all = new Summaries(new EstimatedRto[services.size()], new ServiceRpo[services.size()]);
        for (int x = 0; x < services.size(); x++) {
            all.rto[x] = estimate(x);
            all.rpo[x] = worst(x);
        }
        return all;
    }

    private EstimatedRto estimate(int x) {
        long best = -1;
        int at = 0;
        for (int s = 0; s < m.cols.scenarioCount; s++) {
            long r = column(s).recovery()[x];
            if (r != ScenarioNumbers.DOWN && r > best) {
                best = r;
                at = s;
            }
        }
        return new EstimatedRto(best < 0 ? LossAnalysis.UNBOUNDED : best, at);
    }

    private ServiceRpo worst(int x) {
        int at = 0;
        for (int s = 1; s < m.cols.scenarioCount; s++) {
            if (column(s).rpo()[x] > column(at).rpo()[x]) {
                at = s;
            }
        }
        int limit = column(at).rpoLimiting()[x];
        return new ServiceRpo(at, column(at).rpo()[x], limit < 0 ? null : m.components.get(limit).id());
    }

    /** The numbers of every scenario column, computed in parallel (by blocks of 64 columns) where not yet known. */
    private void allScenarioColumns() {
        numbers.prepare();
        IntStream.range(0, (m.cols.scenarioCount + 63) >>> 6).parallel().forEach(this::block);
    }

    /** The per-service numbers of a column, computed with the other columns of its block on first use. */
    ColumnNumbers column(int column) {
        return block(column >>> 6)[column & 63];
    }

    /**
     * The numbers of the columns of block {@code word}, computed once: a reader that asks while another thread computes
     * them waits for them rather than computing them a second time (two rules reading the blocks in the same order
     * used to compute every block twice, side by side).
     */
    private ColumnNumbers[] block(int word) {
        ColumnNumbers[] b = blocks.get(word);
        if (b == null) {
            locks[word].lock();
            try {
                b = blocks.get(word);
                if (b == null) {
                    numbers.prepare();
                    LossState.ColumnBlock bits = st.block(word);
                    ColumnNumbers[] computed = new ColumnNumbers[64];
                    IntStream.range(0, Math.min(64, m.cols.columns - (word << 6))).parallel()
                            .forEach(j -> computed[j] = computeColumn((word << 6) + j, bits.bits(j)));
                    blocks.set(word, computed);
                    b = computed;
                }
            } finally {
                locks[word].unlock();
            }
        }
        return b;
    }

    private ColumnNumbers computeColumn(int column, ColumnBits bits) {
        int count = services.size();
        long[] recovery = new long[count];
        long[] capacity = new long[count];
        IntList upRoots = new IntList();
        for (int v = 0; v < count; v++) {
            if (st.status(column, v) != ServiceStatus.DOWN) {
                for (int c : roots[v]) {
                    upRoots.add(c);
                }
            }
        }
        long[] rec = new long[upRoots.size()];
        long[] cap = new long[upRoots.size()];
        numbers.numbers(column, bits, upRoots.toArray(), rec, cap);
        int ri = 0;
        for (int v = 0; v < count; v++) {
            ServiceStatus status = st.status(column, v);
            if (status == ServiceStatus.DOWN) {
                recovery[v] = ScenarioNumbers.DOWN;
                capacity[v] = ScenarioNumbers.DOWN;
                continue;
            }
            long r = 0, e = 100;
            for (int i = 0; i < roots[v].length; i++, ri++) {
                r = Math.max(r, rec[ri]);
                e = Math.min(e, cap[ri]);
            }
            recovery[v] = r;
            capacity[v] = e;
        }
        long[] rpo = null;
        int[] limiting = null;
        if (column < m.cols.scenarioCount) {
            IntList all = new IntList();
            for (int[] r : roots) {
                for (int c : r) {
                    all.add(c);
                }
            }
            int[] allRoots = all.toArray();
            int[] limits = new int[allRoots.length];
            long[] values = numbers.rpo(column, bits, allRoots, limits);
            rpo = new long[count];
            limiting = new int[count];
            int k = 0;
            for (int v = 0; v < count; v++) {
                long best = 0;
                int arg = -1;
                for (int i = 0; i < roots[v].length; i++, k++) {
                    if (values[k] > best || values[k] == best && values[k] > 0 && limits[k] < arg) {
                        best = values[k];
                        arg = limits[k];
                    }
                }
                rpo[v] = best;
                limiting[v] = arg;
            }
        }
        return new ColumnNumbers(recovery, capacity, rpo, limiting);
    }
}
