package kr.drregistry.topology.loss;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import kr.drregistry.topology.graph.DependencyGraph.EdgeType;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.model.PlacementRole;
import kr.drregistry.topology.model.Service;
import kr.drregistry.rules.ChainStep;

/**
 * {@link LossAnalysis} over the column bit vectors of {@link LossState}. This class answers what the bits say (up/down,
 * struck, paths, service status, users lost) and delegates the rest, one part each: the numbers of components
 * ({@link ScenarioNumbers}, where recovery times, capacities and RPOs are computed) and of services
 * ({@link ServiceFigures}: per column, estimated RTO, worst RPO), repair estimates ({@link Repairs}), explanation
 * chains ({@link LossChains}) and the rules' bulk queries ({@link BlockedScenarios}).
 */
final class BitLossAnalysis implements LossAnalysis {
    private final LossModel m;
    private final LossState st;
    private final ScenarioNumbers numbers;
    private final Repairs repairs;
    private final LossChains chains;
    private final ServiceFigures figures;
    private final BlockedScenarios blocked;
    private final List<Service> services;
    private final Map<String, Integer> serviceIndex;
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
        this.figures = new ServiceFigures(st, numbers);
        this.blocked = new BlockedScenarios(st);
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
        return st.status(column, v);
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
        return users(scenario, ServiceStatus.DOWN, Long::sum);
    }

    @Override
    public long usersAffected(int scenario) {
        return users(scenario, ServiceStatus.DEGRADED, Long::sum);
    }

    @Override
    public long usersLostLargestService(int scenario) {
        return users(scenario, ServiceStatus.DOWN, Math::max);
    }

    @Override
    public long usersAffectedLargestService(int scenario) {
        return users(scenario, ServiceStatus.DEGRADED, Math::max);
    }

    /**
     * The users of the services in {@code status} in the scenario, folded by {@code fold} (sum or largest): a down
     * service's daily users, a degraded one's ⌊dailyUsers × (100 − capacity) / 100⌋ (rules 10 and 14).
     */
    private long users(int scenario, ServiceStatus status, java.util.function.LongBinaryOperator fold) {
        int s = checked(scenario);
        long users = 0;
        ColumnNumbers numbers = null;
        for (int v = 0; v < services.size(); v++) {
            if (status(s, v) == status) {
                long u = services.get(v).dailyUsers();
                if (status == ServiceStatus.DEGRADED) {
                    numbers = numbers == null ? column(s) : numbers;
                    u = affected(u, numbers.capacity()[v]);
                }
                users = fold.applyAsLong(users, u);
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
        return figures.serviceRecovery(column, v);
    }

    private static OptionalLong present(long value) {
        return value == ScenarioNumbers.DOWN ? OptionalLong.empty() : OptionalLong.of(value);
    }

    @Override
    public void prepareFigures(int scenario) {
        figures.column(checked(scenario));
    }

    @Override
    public EstimatedRto estimatedRto(String serviceId) {
        return figures.estimatedRto(service(serviceId));
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
        return figures.worstRpo(service(serviceId));
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

    /** The per-service numbers of a column, computed with the other columns of its block on first use. */
    ColumnNumbers column(int column) {
        return figures.column(column);
    }

    /* ---- rules' bulk queries ---- */

    @Override
    public int[] failoverBlockedScenarios(String componentId) {
        return blocked.failover(component(componentId));
    }

    @Override
    public int[] restoreBlockedScenarios(String componentId) {
        return blocked.restore(component(componentId));
    }

    @Override
    public int[] providerFailoverScenarios(String componentId) {
        return blocked.providerFailover(component(componentId));
    }

    @Override
    public int[] repairBlockedScenarios(String componentId) {
        return blocked.repair(component(componentId));
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
        return figures.roots(v);
    }
}
