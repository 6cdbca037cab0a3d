package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;

import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.view.TopologyDiagram.ServiceInfo;

/**
 * The loss-simulation matrix: a row per service (tier 1 first, then by daily users), a column per scenario in the
 * simulation's order, and per cell whether the service falls or, when it survives, its estimated recovery time
 * against its RTO; {@code siteScenarios} is how many scenarios (the first ones) are the loss of one site. Built from the simulation's bit sets and recovery tables only: no chain is computed here (a
 * chain is explained for the one cell someone opens, {@link CellExplanation}).
 */
public record LossMatrix(List<ScenarioColumn> scenarios, List<Row> rows, long totalUsers, int siteScenarios) {

    /** Cell states: the service falls, survives but recovers later than its RTO, survives by failing over, is unaffected. */
    public static final String DOWN = "down", LATE = "late", FAILOVER = "failover", OK = "ok";

    public record Row(ServiceInfo service, List<Cell> cells, int scenariosDown) {
    }

    /**
     * {@code recoveryMinutes} is null when the service is down; {@code quiet} when no service at all falls in the
     * cell's scenario (such columns can be hidden).
     */
    public record Cell(String scenario, String state, Integer recoveryMinutes, boolean quiet) {
        public boolean down() {
            return DOWN.equals(state);
        }
    }

    public static LossMatrix of(Topology t, LossResult loss) {
        List<ScenarioColumn> scenarios = ScenarioColumn.all(t, loss);
        List<Service> services = new ArrayList<>(t.services());
        services.sort(Comparator.comparingInt(Service::tier).thenComparing(Comparator.comparingLong(Service::dailyUsers).reversed()));
        List<Row> rows = new ArrayList<>(services.size());
        long total = 0;
        for (Service s : services) {
            total += s.dailyUsers();
            List<Cell> cells = new ArrayList<>(scenarios.size());
            int down = 0;
            for (ScenarioColumn sc : scenarios) {
                Cell cell = cell(loss, sc.index(), sc.id(), s, !sc.hasLoss());
                down += cell.down() ? 1 : 0;
                cells.add(cell);
            }
            rows.add(new Row(TopologyDiagram.service(s), cells, down));
        }
        int sites = (int) scenarios.stream().filter(ScenarioColumn::site).count();
        return new LossMatrix(scenarios, rows, total, sites);
    }

    static Cell cell(LossResult loss, int scenario, String scenarioId, Service s, boolean quiet) {
        if (loss.isServiceDown(scenario, s.id())) {
            return new Cell(scenarioId, DOWN, null, quiet);
        }
        int minutes = recoveryMinutes(loss, scenario, s);
        String state = s.rtoMinutes() != null && minutes > s.rtoMinutes() ? LATE : minutes > 0 ? FAILOVER : OK;
        return new Cell(scenarioId, state, minutes, quiet);
    }

    /** The service's estimated recovery in a scenario it survives: the slowest of its entrypoints. */
    static int recoveryMinutes(LossResult loss, int scenario, Service s) {
        int max = 0;
        for (String e : s.entrypoints()) {
            OptionalInt m = loss.recoveryMinutes(scenario, e);
            if (m.isPresent()) {
                max = Math.max(max, m.getAsInt());
            }
        }
        return max;
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

    public int groupScenarios() {
        return scenarios.size() - siteScenarios();
    }

    /** Up to three scenarios that cost the most users, most first (none when nothing falls anywhere). */
    public List<ScenarioColumn> worst() {
        return scenarios.stream().filter(ScenarioColumn::hasLoss)
                .sorted(Comparator.comparingLong(ScenarioColumn::usersLost).reversed()
                        .thenComparing(Comparator.comparingInt(ScenarioColumn::servicesDown).reversed()))
                .limit(3).toList();
    }

    /** Whether any scenario has no loss at all (then the page offers to hide those columns). */
    public boolean hasQuietScenarios() {
        return scenarios.stream().anyMatch(s -> !s.hasLoss());
    }
}
