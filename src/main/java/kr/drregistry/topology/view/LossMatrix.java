package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.RepairEstimate;
import kr.drregistry.topology.loss.ServiceStatus;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.view.TopologyDiagram.ServiceInfo;

/**
 * The loss matrix of the drr/v2 analysis (FILING-FORMAT-V2.md §3): a row per service (tier 1 first, then by daily
 * users), a column per scenario in the analysis's order — the loss of each site, then the groups that lose sites,
 * then the component risk groups ({@code siteScenarios}, {@code groupScenarios}, {@code componentScenarios} of
 * them) — and per cell the service's status: down with its repair estimate and RPO (rules 6, 13), degraded with its
 * capacity (rule 14), or up with its recovery time against its RTO (rule 12). Built from the analysis's bits and
 * numbers only: no chain is computed here (a chain is explained for the one cell someone opens,
 * {@link CellExplanation}). A matrix of many services is shown a page at a time ({@link #page}, {@code paging}
 * set; null when every service is a row).
 */
public record LossMatrix(List<ScenarioColumn> scenarios, List<Row> rows, long totalUsers, int siteScenarios,
                         int componentScenarios, Paging paging) {

    /**
     * Above this many services the matrix shows one page of them at a time, ranked by the users they lose. A display
     * setting of the page (rows a person reads and a browser lays out at once), not a regulatory number.
     */
    public static final int PAGE_SIZE = 50;

    /**
     * A page of a wide matrix has fewer rows: at most this many cells (at least 10 rows), so that 250 scenarios
     * (100,000 components over 50 sites) give 10 services a page. A display setting, like {@link #PAGE_SIZE}.
     */
    public static final int CELLS_PER_PAGE = 2_500;

    /** How many services a page shows when there are {@code scenarios} columns. */
    public static int rowsPerPage(int scenarios) {
        return Math.max(10, Math.min(PAGE_SIZE, CELLS_PER_PAGE / Math.max(1, scenarios)));
    }

    /**
     * Which services a paged matrix shows: page {@code page} of {@code pages}, rows {@code from} to {@code to}
     * (1-based, inclusive) of {@code services}.
     */
    public record Paging(int page, int pages, int from, int to, int services) {
        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }
    }

    /**
     * Cell states: the service falls; runs below full capacity; survives but recovers later than its RTO; survives
     * with a recovery time within its RTO; is unaffected.
     */
    public static final String DOWN = "down", DEGRADED = "degraded", LATE = "late", FAILOVER = "failover", OK = "ok";

    public record Row(ServiceInfo service, List<Cell> cells, int scenariosDown) {
    }

    /**
     * One service in one scenario. Down: {@code repairMinutes} (rule 13) and {@code rpoSeconds} (rule 6) are set,
     * {@link LossAnalysis#UNBOUNDED} when unbounded, {@code recoveryMinutes} and {@code capacityPct} are null. Not
     * down: {@code recoveryMinutes} (rule 12) and {@code capacityPct} (rule 14) are set; {@code late} when the
     * recovery is later than the service's RTO. {@code quiet} when no service falls or degrades in the scenario (such
     * columns can be hidden).
     */
    public record Cell(String scenario, String state, Long recoveryMinutes, boolean quiet, Long capacityPct,
                       boolean late, Long repairMinutes, Long rpoSeconds) {
        public boolean down() {
            return DOWN.equals(state);
        }

        public boolean degraded() {
            return DEGRADED.equals(state);
        }

        /** Whether the repair estimate of a down service is unbounded. */
        public boolean repairUnbounded() {
            return repairMinutes != null && repairMinutes == LossAnalysis.UNBOUNDED;
        }

        public boolean rpoUnbounded() {
            return rpoSeconds != null && rpoSeconds == LossAnalysis.UNBOUNDED;
        }
    }

    public static LossMatrix of(Topology t, LossAnalysis loss) {
        List<ScenarioColumn> scenarios = ScenarioColumn.all(t, loss);
        List<Row> rows = new ArrayList<>(t.services().size());
        long total = 0;
        for (Service s : byTier(t)) {
            total += s.dailyUsers();
            rows.add(row(loss, scenarios, s));
        }
        return new LossMatrix(scenarios, rows, total, siteCount(scenarios), componentCount(scenarios), null);
    }

    /**
     * The services of a big matrix in the order its pages show them: ranked by the users they lose over all
     * scenarios (daily users times the scenarios that take the service down; then tier 1 first, then by daily users),
     * with the scenarios and the users of all services. Built from each service's status only; kept with the analysis
     * so that each page computes only its own rows' cells.
     */
    public record Ranking(List<ScenarioColumn> scenarios, List<Service> services, long totalUsers) {
        public Ranking {
            scenarios = List.copyOf(scenarios);
            services = List.copyOf(services);
        }
    }

    public static Ranking ranking(Topology t, LossAnalysis loss) {
        List<ScenarioColumn> scenarios = ScenarioColumn.all(t, loss);
        List<Service> services = byTier(t);
        java.util.Map<String, Long> lost = new java.util.HashMap<>();
        long total = 0;
        for (Service s : services) {
            total += s.dailyUsers();
            long down = 0;
            for (ScenarioColumn sc : scenarios) {
                if (loss.serviceStatus(sc.index(), s.id()) == ServiceStatus.DOWN) {
                    down++;
                }
            }
            lost.put(s.id(), down * s.dailyUsers());
        }
        List<Service> ranked = new ArrayList<>(services);
        ranked.sort(Comparator.comparingLong((Service s) -> lost.get(s.id())).reversed()); // stable: tier order on ties
        return new Ranking(scenarios, ranked, total);
    }

    /**
     * The matrix as a person reads it: every service when there are at most {@link #PAGE_SIZE}, else one page of
     * them ({@link #rowsPerPage}: 50, fewer when there are more than 50 scenarios) in the order of {@link #ranking}. {@code page} below 1 means the page with {@code focusService} on it, or
     * the first. Only the rows shown are computed cell by cell.
     */
    public static LossMatrix page(Topology t, LossAnalysis loss, int page, String focusService) {
        return page(t, loss, t.services().size() <= PAGE_SIZE ? null : ranking(t, loss), page, focusService);
    }

    /** As {@link #page(Topology, LossAnalysis, int, String)} with the ranking made before (null: few services). */
    public static LossMatrix page(Topology t, LossAnalysis loss, Ranking ranking, int page, String focusService) {
        if (t.services().size() <= PAGE_SIZE) {
            return of(t, loss);
        }
        List<ScenarioColumn> scenarios = ranking.scenarios();
        List<Service> ranked = ranking.services();
        int size = rowsPerPage(scenarios.size());
        int pages = (ranked.size() + size - 1) / size;
        if (page < 1) {
            page = 1;
            for (int i = 0; focusService != null && i < ranked.size(); i++) {
                if (ranked.get(i).id().equals(focusService)) {
                    page = i / size + 1;
                }
            }
        }
        page = Math.min(page, pages);
        int from = (page - 1) * size;
        int to = Math.min(ranked.size(), from + size);
        List<Row> rows = new ArrayList<>(to - from);
        for (Service s : ranked.subList(from, to)) {
            rows.add(row(loss, scenarios, s));
        }
        return new LossMatrix(scenarios, rows, ranking.totalUsers(), siteCount(scenarios), componentCount(scenarios),
                new Paging(page, pages, from + 1, to, ranked.size()));
    }

    private static Row row(LossAnalysis loss, List<ScenarioColumn> scenarios, Service s) {
        List<Cell> cells = new ArrayList<>(scenarios.size());
        int down = 0;
        for (ScenarioColumn sc : scenarios) {
            Cell cell = cell(loss, sc.index(), sc.id(), s, !sc.hasImpact());
            down += cell.down() ? 1 : 0;
            cells.add(cell);
        }
        return new Row(TopologyDiagram.service(s), cells, down);
    }

    private static int siteCount(List<ScenarioColumn> scenarios) {
        return (int) scenarios.stream().filter(ScenarioColumn::site).count();
    }

    private static int componentCount(List<ScenarioColumn> scenarios) {
        return (int) scenarios.stream().filter(ScenarioColumn::componentGroup).count();
    }

    /** The services, tier 1 first, then by daily users (most first). */
    static List<Service> byTier(Topology t) {
        List<Service> services = new ArrayList<>(t.services());
        services.sort(Comparator.comparingInt(Service::tier).thenComparing(Comparator.comparingLong(Service::dailyUsers).reversed()));
        return services;
    }

    static Cell cell(LossAnalysis loss, int scenario, String scenarioId, Service s, boolean quiet) {
        ServiceStatus status = loss.serviceStatus(scenario, s.id());
        if (status == ServiceStatus.DOWN) {
            Optional<RepairEstimate> repair = loss.repairEstimate(scenario, s.id());
            return new Cell(scenarioId, DOWN, null, quiet, null, false,
                    repair.map(RepairEstimate::minutes).orElse(LossAnalysis.UNBOUNDED),
                    loss.serviceRpo(scenario, s.id()).seconds());
        }
        long minutes = loss.serviceRecoveryMinutes(scenario, s.id()).orElse(0);
        long capacity = loss.serviceCapacity(scenario, s.id()).orElse(100);
        boolean late = s.rtoMinutes() != null && minutes > s.rtoMinutes();
        String state = status == ServiceStatus.DEGRADED ? DEGRADED : late ? LATE : minutes > 0 ? FAILOVER : OK;
        return new Cell(scenarioId, state, minutes, quiet, capacity, late, null, null);
    }

    /** The row of a service, or null. */
    public Row row(String serviceId) {
        for (Row r : rows) {
            if (r.service().id().equals(serviceId)) {
                return r;
            }
        }
        return null;
    }

    /** How many scenarios are groups that lose sites (between the site and the component-group scenarios). */
    public int groupScenarios() {
        return scenarios.size() - siteScenarios - componentScenarios;
    }

    /** Index of the first component-group column. */
    public int firstComponentScenario() {
        return siteScenarios + groupScenarios();
    }

    /** Up to three scenarios that cost the most users, most first (none when nothing falls anywhere). */
    public List<ScenarioColumn> worst() {
        return scenarios.stream().filter(ScenarioColumn::hasLoss)
                .sorted(Comparator.comparingLong(ScenarioColumn::usersLost).reversed()
                        .thenComparing(Comparator.comparingInt(ScenarioColumn::servicesDown).reversed()))
                .limit(3).toList();
    }

    /** Whether any scenario has no service down or degraded (then the page offers to hide those columns). */
    public boolean hasQuietScenarios() {
        return scenarios.stream().anyMatch(s -> !s.hasImpact());
    }

    /** Whether some service is degraded in some scenario (then the key explains the amber cells). */
    public boolean hasDegraded() {
        return scenarios.stream().anyMatch(s -> s.servicesDegraded() > 0);
    }
}
