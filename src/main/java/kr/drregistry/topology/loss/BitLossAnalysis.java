package kr.drregistry.topology.loss;

import kr.drregistry.topology.graph.IntList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.IntStream;

import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Service;
import kr.drregistry.rules.ChainStep;

/**
 * {@link LossAnalysis} over the column bit vectors of {@link LossState}: up/down, struck, service status and users
 * lost straight from the bits; the numbers of a column ({@link ScenarioNumbers}) computed on first use and kept per
 * column; repair estimates by {@link Repairs}; explanation chains by {@link LossChains}.
 */
final class BitLossAnalysis implements LossAnalysis {
    private final LossModel m;
    private final LossState st;
    private final ScenarioNumbers numbers;
    private final Repairs repairs;
    private final LossChains chains;
    private final List<Service> services;
    private final Map<String, Integer> serviceIndex;
    /** Per block of 64 columns (a word of the bit vectors), the numbers of its columns, computed together. */
    private final AtomicReferenceArray<ColumnNumbers[]> blocks;
    private final int[][] roots;
    private volatile EstimatedRto[] estimatedRtos;
    private volatile ServiceRpo[] worstRpos;
    /** Per column, the number of components down (on first use). */
    private volatile int[] downCounts;

    BitLossAnalysis(LossModel m) {
        this.m = m;
        this.st = new LossState(m);
        this.numbers = new ScenarioNumbers(st);
        this.services = m.ids.topology().services();
        Map<String, Integer> map = new HashMap<>(services.size() * 2);
        for (int v = 0; v < services.size(); v++) {
            map.putIfAbsent(services.get(v).id(), v);
        }
        this.serviceIndex = Collections.unmodifiableMap(map);
        this.blocks = new AtomicReferenceArray<>(m.words);
        this.roots = new int[services.size()][];
        for (int v = 0; v < services.size(); v++) {
            roots[v] = m.graph.entrypoints(v);
        }
        this.repairs = new Repairs(st, this);
        this.chains = new LossChains(st, this);
    }

    /* ---- scenarios and bits ---- */

    @Override
    public List<LossScenario> scenarios() {
        return m.cols.scenarios;
    }

    @Override
    public int scenarioIndex(String scenarioId) {
        return m.cols.index.getOrDefault(scenarioId, -1);
    }

    @Override
    public boolean isStruck(int scenario, String componentId) {
        return m.cols.struck(component(componentId), checked(scenario));
    }

    @Override
    public boolean isComponentDown(int scenario, String componentId) {
        return st.down(component(componentId), checked(scenario));
    }

    @Override
    public List<String> downComponents(int scenario) {
        int s = checked(scenario);
        List<String> ids = new ArrayList<>();
        for (int c = 0; c < m.n; c++) {
            if (st.down(c, s)) {
                ids.add(m.components.get(c).id());
            }
        }
        return Collections.unmodifiableList(ids);
    }

    @Override
    public int downComponentCount(int scenario) {
        int s = checked(scenario);
        int[] counts = downCounts;
        if (counts == null) {
            counts = countDown();
            downCounts = counts; // a race computes the same counts twice, harmlessly
        }
        return counts[s];
    }

    /** The number of components down in every column, by population counts over the transposed down vectors. */
    private int[] countDown() {
        int[] counts = new int[m.cols.columns];
        for (int word = 0; word < m.words; word++) {
            long[][] columns = Bits.transpose(st.down, m.n, m.words, word);
            for (int j = 0; j < 64 && (word << 6) + j < m.cols.columns; j++) {
                int count = 0;
                for (long bits : columns[j]) {
                    count += Long.bitCount(bits);
                }
                counts[(word << 6) + j] = count;
            }
        }
        return counts;
    }

    @Override
    public ComponentPath path(int scenario, String componentId) {
        return path(checked(scenario), component(componentId));
    }

    ComponentPath path(int column, int c) {
        return switch (st.path(c, column)) {
            case LossModel.ACTIVE -> ComponentPath.ACTIVE;
            case LossModel.FAILOVER -> ComponentPath.FAILOVER;
            case LossModel.RESTORE -> ComponentPath.RESTORE;
            default -> ComponentPath.DOWN;
        };
    }

    @Override
    public PathCheck pathCheck(int scenario, String componentId) {
        return pathCheck(checked(scenario), component(componentId));
    }

    PathCheck pathCheck(int column, int c) {
        Component component = m.components.get(c);
        boolean forbidden = m.failoverCounts[c] && component.failover().dataLossForbidden()
                && !m.dataLossAllowed(c, column);
        boolean restoreSite = component.restore() != null
                && !m.cols.siteLost(m.ids.siteIndex(component.restore().site()), column);
        boolean backup = !m.data.durable(c);
        for (int b = m.data.backupStart(c); b < m.data.backupEnd(c) && !backup; b++) {
            backup = !m.cols.siteLost(m.data.backupSite(b), column);
        }
        return new PathCheck(m.cols.struck(c, column), m.activeSurvives(c, column),
                m.placementSurvives(c, column, PlacementRole.STANDBY), m.failoverCounts[c],
                component.failover().mode() == FailoverMode.MANUAL && component.failover().providerDecided(),
                downOf(EdgeType.FAILOVER_REQUIRES, c, column), forbidden ? idOrNull(m.firstLosingData(c, column)) : null,
                restoreSite, backup, downOf(EdgeType.RESTORE_REQUIRES, c, column),
                m.placementSurvives(c, column, null), downOf(EdgeType.RECOVERY_REQUIRES, c, column),
                path(column, c));
    }

    private String idOrNull(int c) {
        return c < 0 ? null : m.components.get(c).id();
    }

    /** The ids of {@code c}'s requirements of {@code type} down in {@code column}, in document order. */
    private List<String> downOf(EdgeType type, int c, int column) {
        List<String> out = new ArrayList<>();
        for (int e = m.graph.requiresStart(type, c); e < m.graph.requiresEnd(type, c); e++) {
            int r = m.graph.requiresTarget(type, e);
            String id = m.components.get(r).id();
            if (st.down(r, column) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    @Override
    public ServiceStatus serviceStatus(int scenario, String serviceId) {
        return status(checked(scenario), service(serviceId));
    }

    ServiceStatus status(int column, int v) {
        if (Bits.get(st.serviceDown, v, m.words, column)) {
            return ServiceStatus.DOWN;
        }
        return Bits.get(st.serviceNotFull, v, m.words, column) ? ServiceStatus.DEGRADED : ServiceStatus.UP;
    }

    @Override
    public List<String> downServices(int scenario) {
        return servicesWith(checked(scenario), ServiceStatus.DOWN);
    }

    @Override
    public List<String> degradedServices(int scenario) {
        return servicesWith(checked(scenario), ServiceStatus.DEGRADED);
    }

    private List<String> servicesWith(int column, ServiceStatus status) {
        List<String> ids = new ArrayList<>();
        for (int v = 0; v < services.size(); v++) {
            if (status(column, v) == status) {
                ids.add(services.get(v).id());
            }
        }
        return Collections.unmodifiableList(ids);
    }

    @Override
    public long usersLost(int scenario) {
        int s = checked(scenario);
        long users = 0;
        for (int v = 0; v < services.size(); v++) {
            if (status(s, v) == ServiceStatus.DOWN) {
                users += services.get(v).dailyUsers();
            }
        }
        return users;
    }

    @Override
    public long usersAffected(int scenario) {
        int s = checked(scenario);
        long users = 0;
        ColumnNumbers numbers = null;
        for (int v = 0; v < services.size(); v++) {
            if (status(s, v) == ServiceStatus.DEGRADED) {
                numbers = numbers == null ? column(s) : numbers;
                users += affected(services.get(v).dailyUsers(), numbers.capacity()[v]);
            }
        }
        return users;
    }

    /** ⌊users × (100 − capacity) / 100⌋ without overflow. */
    static long affected(long users, long capacity) {
        long missing = 100 - capacity;
        return users / 100 * missing + users % 100 * missing / 100;
    }

    /* ---- numbers ---- */

    @Override
    public OptionalLong capacity(int scenario, String componentId) {
        int s = checked(scenario);
        int c = component(componentId);
        int path = m.path(c, s, st.down);
        return path == LossModel.DOWN ? OptionalLong.empty() : OptionalLong.of(m.capacity(c, s, path));
    }

    @Override
    public OptionalLong effectiveCapacity(int scenario, String componentId) {
        int s = checked(scenario);
        long[] capacity = new long[1];
        numbers.numbers(s, ColumnBits.rows(st, s), new int[] {component(componentId)}, null, capacity);
        return present(capacity[0]);
    }

    @Override
    public OptionalLong serviceCapacity(int scenario, String serviceId) {
        return present(column(checked(scenario)).capacity()[service(serviceId)]);
    }

    @Override
    public OptionalLong recoveryMinutes(int scenario, String componentId) {
        int s = checked(scenario);
        long[] recovery = new long[1];
        numbers.numbers(s, ColumnBits.rows(st, s), new int[] {component(componentId)}, recovery, null);
        return present(recovery[0]);
    }

    @Override
    public OptionalLong serviceRecoveryMinutes(int scenario, String serviceId) {
        return present(column(checked(scenario)).recovery()[service(serviceId)]);
    }

    /** Service recovery minutes in any column (S⁰ included), {@link ScenarioNumbers#DOWN} when down. */
    long serviceRecovery(int column, int v) {
        return column(column).recovery()[v];
    }

    private static OptionalLong present(long value) {
        return value == ScenarioNumbers.DOWN ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public EstimatedRto estimatedRto(String serviceId) {
        int v = service(serviceId);
        EstimatedRto[] all = estimatedRtos;
        if (all == null) {
            synchronized (this) {
                all = estimatedRtos;
                if (all == null) {
                    allScenarioColumns();
                    all = new EstimatedRto[services.size()];
                    for (int x = 0; x < services.size(); x++) {
                        long best = -1;
                        int at = 0;
                        for (int s = 0; s < m.cols.scenarioCount; s++) {
                            long r = column(s).recovery()[x];
                            if (r != ScenarioNumbers.DOWN && r > best) {
                                best = r;
                                at = s;
                            }
                        }
                        all[x] = new EstimatedRto(best < 0 ? UNBOUNDED : best, at);
                    }
                    estimatedRtos = all;
                }
            }
        }
        return all[v];
    }

    @Override
    public List<Holder> holders(String componentId) {
        int c = component(componentId);
        if (!m.data.durable(c)) {
            return List.of();
        }
        List<Holder> out = new ArrayList<>();
        var sites = m.ids.topology().sites();
        int home = m.data.home(c);
        for (int h = m.data.holderStart(c); h < m.data.holderEnd(c); h++) {
            Holder holder = new Holder(sites.get(m.data.holderSite(h)).id(), m.data.holderLoss(h));
            if (m.data.holderSite(h) == home) {
                out.add(0, holder);
            } else {
                out.add(holder);
            }
        }
        return List.copyOf(out);
    }

    @Override
    public long rpoSeconds(int scenario, String componentId) {
        int c = component(componentId);
        if (!m.data.durable(c)) {
            throw new IllegalArgumentException("component " + componentId + " holds no data (not durable)");
        }
        return m.data.rpo(c, checked(scenario), m.cols);
    }

    @Override
    public ServiceRpo serviceRpo(int scenario, String serviceId) {
        int s = checked(scenario);
        int v = service(serviceId);
        ColumnNumbers numbers = column(s);
        int limit = numbers.rpoLimiting()[v];
        return new ServiceRpo(s, numbers.rpo()[v], limit < 0 ? null : m.components.get(limit).id());
    }

    @Override
    public ServiceRpo worstRpo(String serviceId) {
        int v = service(serviceId);
        ServiceRpo[] all = worstRpos;
        if (all == null) {
            synchronized (this) {
                all = worstRpos;
                if (all == null) {
                    allScenarioColumns();
                    all = new ServiceRpo[services.size()];
                    for (int x = 0; x < services.size(); x++) {
                        int at = 0;
                        for (int s = 1; s < m.cols.scenarioCount; s++) {
                            if (column(s).rpo()[x] > column(at).rpo()[x]) {
                                at = s;
                            }
                        }
                        int limit = column(at).rpoLimiting()[x];
                        all[x] = new ServiceRpo(at, column(at).rpo()[x],
                                limit < 0 ? null : m.components.get(limit).id());
                    }
                    worstRpos = all;
                }
            }
        }
        return all[v];
    }

    @Override
    public long repairMinutes(int scenario, String componentId) {
        int s = checked(scenario);
        int c = component(componentId);
        if (!m.cols.struck(c, s)) {
            throw new IllegalArgumentException("component " + componentId + " is not struck in "
                    + m.cols.scenarios.get(s).id());
        }
        return repairs.repair(c, s);
    }

    @Override
    public Optional<RepairEstimate> repairEstimate(int scenario, String serviceId) {
        int s = checked(scenario);
        int v = service(serviceId);
        return status(s, v) == ServiceStatus.DOWN ? Optional.of(repairs.estimate(s, v)) : Optional.empty();
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

    private ColumnNumbers[] block(int word) {
        ColumnNumbers[] b = blocks.get(word);
        if (b == null) {
            numbers.prepare();
            LossState.ColumnBlock bits = st.block(word);
            ColumnNumbers[] computed = new ColumnNumbers[64];
            IntStream.range(0, Math.min(64, m.cols.columns - (word << 6))).parallel()
                    .forEach(j -> computed[j] = computeColumn((word << 6) + j, bits.bits(j)));
            blocks.compareAndSet(word, null, computed);
            b = blocks.get(word);
        }
        return b;
    }

    private ColumnNumbers computeColumn(int column, ColumnBits bits) {
        int count = services.size();
        long[] recovery = new long[count];
        long[] capacity = new long[count];
        IntList upRoots = new IntList();
        for (int v = 0; v < count; v++) {
            if (status(column, v) != ServiceStatus.DOWN) {
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
            ServiceStatus status = status(column, v);
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

    /* ---- rules' bulk queries ---- */

    @Override
    public int[] failoverBlockedScenarios(String componentId) {
        int c = component(componentId);
        if (!m.failoverCounts[c] || !m.requires(EdgeType.FAILOVER_REQUIRES, c)) {
            return new int[0];
        }
        long[][] placements = withoutActive(c);
        long[] out = placements[0];
        for (int i = 0; i < out.length; i++) {
            out[i] &= placements[1][i] & anyDown(EdgeType.FAILOVER_REQUIRES, c, i);
        }
        return columns(out);
    }

    @Override
    public int[] restoreBlockedScenarios(String componentId) {
        int c = component(componentId);
        if (m.components.get(c).restore() == null || !m.requires(EdgeType.RESTORE_REQUIRES, c)) {
            return new int[0];
        }
        long[][] placements = withoutActive(c);
        long[] out = placements[0];
        for (int i = 0; i < out.length; i++) {
            long failoverUsable = m.failoverCounts[c] ? placements[1][i] & m.dataLossAllowedWord(c, i)
                    & ~anyDown(EdgeType.FAILOVER_REQUIRES, c, i) : 0;
            out[i] &= ~failoverUsable & anyDown(EdgeType.RESTORE_REQUIRES, c, i);
        }
        return columns(out);
    }

    /**
     * Per word, the scenarios that do not strike {@code c} and leave it no active placement ({@code [0]}), and the
     * columns in which a standby placement of it survives ({@code [1]}).
     */
    private long[][] withoutActive(int c) {
        int w = m.words;
        long[] struck = new long[w], active = new long[w], standby = new long[w];
        m.cols.struckBits(c, struck, 0);
        m.surviving(c, true, active);
        m.surviving(c, false, standby);
        for (int i = 0; i < w; i++) {
            active[i] = m.cols.scenarioMask[i] & ~struck[i] & ~active[i];
        }
        return new long[][] {active, standby};
    }

    /** Word {@code i} of the columns in which some requirement of {@code type} of {@code c} is down. */
    private long anyDown(EdgeType type, int c, int i) {
        long any = 0;
        for (int e = m.graph.requiresStart(type, c); e < m.graph.requiresEnd(type, c); e++) {
            any |= st.down[m.graph.requiresTarget(type, e) * m.words + i];
        }
        return any;
    }

    /** The columns set in {@code bits}, ascending. */
    private static int[] columns(long[] bits) {
        int count = 0;
        for (long b : bits) {
            count += Long.bitCount(b);
        }
        int[] out = new int[count];
        int k = 0;
        for (int i = 0; i < bits.length; i++) {
            for (long b = bits[i]; b != 0; b &= b - 1) {
                out[k++] = (i << 6) + Long.numberOfTrailingZeros(b);
            }
        }
        return out;
    }

    @Override
    public int[] providerFailoverScenarios(String componentId) {
        int c = component(componentId);
        Component component = m.components.get(c);
        if (component.failover().mode() != FailoverMode.MANUAL || !component.failover().providerDecided()) {
            return new int[0];
        }
        return scenariosWhere(c, s -> !m.cols.struck(c, s) && !m.activeSurvives(c, s)
                && m.placementSurvives(c, s, PlacementRole.STANDBY));
    }

    @Override
    public int[] repairBlockedScenarios(String componentId) {
        int c = component(componentId);
        if (m.components.get(c).recovery() == null) {
            return new int[0];
        }
        return scenariosWhere(c, s -> m.cols.struck(c, s) && m.placementSurvives(c, s, null)
                && m.firstDown(EdgeType.RECOVERY_REQUIRES, c, s, st.down) >= 0);
    }

    private int[] scenariosWhere(int c, java.util.function.IntPredicate test) {
        return IntStream.range(0, m.cols.scenarioCount).filter(test).toArray();
    }

    /* ---- chains ---- */

    @Override
    public List<ChainStep> explainService(int scenario, String serviceId) {
        return chains.service(checked(scenario), service(serviceId));
    }

    @Override
    public List<ChainStep> explainComponent(int scenario, String componentId) {
        return chains.component(checked(scenario), component(componentId));
    }

    @Override
    public List<ChainStep> explainServiceRecovery(int scenario, String serviceId) {
        return chains.recovery(checked(scenario), service(serviceId));
    }

    /* ---- ids ---- */

    int checked(int scenario) {
        if (scenario < 0 || scenario >= m.cols.scenarioCount) {
            throw new IndexOutOfBoundsException("scenario " + scenario + " of " + m.cols.scenarioCount);
        }
        return scenario;
    }

    int component(String id) {
        int c = m.ids.componentIndex(id);
        if (c < 0) {
            throw new IllegalArgumentException("unknown component " + id);
        }
        return c;
    }

    int service(String id) {
        Integer v = serviceIndex.get(id);
        if (v == null) {
            throw new IllegalArgumentException("unknown service " + id);
        }
        return v;
    }

    LossState state() {
        return st;
    }

    ScenarioNumbers numbers() {
        return numbers;
    }

    int[] roots(int v) {
        return roots[v];
    }
}
