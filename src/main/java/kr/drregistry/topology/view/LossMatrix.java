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
 * {@link CellExplanation}).
 */
public record LossMatrix(List<ScenarioColumn> scenarios, List<Row> rows, long totalUsers, int siteScenarios,
                         int componentScenarios) {

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
            List<Cell> cells = new ArrayList<>(scenarios.size());
            int down = 0;
            for (ScenarioColumn sc : scenarios) {
                Cell cell = cell(loss, sc.index(), sc.id(), s, !sc.hasImpact());
                down += cell.down() ? 1 : 0;
                cells.add(cell);
            }
            rows.add(new Row(TopologyDiagram.service(s), cells, down));
        }
        int sites = (int) scenarios.stream().filter(ScenarioColumn::site).count();
        int components = (int) scenarios.stream().filter(ScenarioColumn::componentGroup).count();
        return new LossMatrix(scenarios, rows, total, sites, components);
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
