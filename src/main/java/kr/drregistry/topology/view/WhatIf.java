package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.view.TopologyDiagram.ServiceInfo;

/**
 * "What if we lose …" for one scenario of the drr/v2 analysis — a site, a group of sites or a component risk group:
 * the components it strikes, the services that fall (each with its chain, repair estimate and RPO), the users that
 * is, the root causes shared by those chains (which component takes down how many services), the services that run
 * below full capacity and those that survive with their recovery time against their RTO.
 *
 * @param downComponents ids of every component down in the scenario, for the diagram's overlay
 */
public record WhatIf(ScenarioColumn scenario, long totalUsers, int componentsTotal, List<ServiceLoss> down,
                     List<RootCause> rootCauses, List<Degraded> degraded, List<Survivor> surviving,
                     List<String> downComponents) {

    /** A service that falls, with its chain and the numbers of its matrix cell (repair estimate, RPO). */
    public record ServiceLoss(ServiceInfo service, List<ChainLine> chain, LossMatrix.Cell cell) {
    }

    /** A service that runs below full capacity: its cell carries the capacity and the recovery time. */
    public record Degraded(ServiceInfo service, LossMatrix.Cell cell) {
        /** Daily users who lose service by the lower capacity (rule 14: ⌊users × (100 − capacity) / 100⌋). */
        public long usersAffected() {
            return service.dailyUsers() * (100 - cell.capacityPct()) / 100;
        }
    }

    /** A service that survives, with its recovery time; {@code late} when that is later than its RTO. */
    public record Survivor(ServiceInfo service, long recoveryMinutes, boolean late) {
    }

    /**
     * A component where failures start ({@code relation} one of {@link ChainLine#ROOT_RELATIONS}), with the
     * services whose chains reach it.
     */
    public record RootCause(String component, String name, String kind, String relation, List<String> sites,
                            List<String> services, long users, long usersLargestService) {
        public String sitesText() {
            return String.join(", ", sites);
        }

        public String servicesText() {
            return String.join(", ", services);
        }
    }

    public long usersLost() {
        return scenario.usersLost();
    }

    /**
     * The users lost as a share of all services' daily users, rounded down (0 when there are none): both are sums over
     * services, so this is the share of service users, never above 100 (docs/people-counts.md).
     */
    public int usersLostPercent() {
        return totalUsers == 0 ? 0 : (int) (100 * scenario.usersLost() / totalUsers);
    }

    /** The what-if of a scenario, or null when the analysis has no such scenario. */
    public static WhatIf of(Topology t, LossAnalysis loss, String scenarioId) {
        ScenarioColumn scenario = ScenarioColumn.find(t, loss, scenarioId);
        if (scenario == null) {
            return null;
        }
        int i = scenario.index();
        Map<String, Component> components = t.componentsById();
        List<ServiceLoss> down = new ArrayList<>();
        List<Degraded> degraded = new ArrayList<>();
        List<Survivor> surviving = new ArrayList<>();
        Map<String, RootCauseBuilder> roots = new LinkedHashMap<>();
        long total = 0;
        for (Service s : LossMatrix.byTier(t)) {
            total += s.dailyUsers();
            LossMatrix.Cell cell = LossMatrix.cell(loss, i, scenario.id(), s, !scenario.hasImpact());
            ServiceInfo info = TopologyDiagram.service(s);
            if (cell.down()) {
                List<ChainLine> chain = ChainLine.of(loss.explainService(i, s.id()));
                down.add(new ServiceLoss(info, chain, cell));
                for (ChainLine l : chain) {
                    if (l.rootCause() && "component".equals(l.kind())) {
                        roots.computeIfAbsent(l.id() + "|" + l.relation(), k -> new RootCauseBuilder(l)).add(s);
                    }
                }
            } else if (cell.degraded()) {
                degraded.add(new Degraded(info, cell));
            } else {
                surviving.add(new Survivor(info, cell.recoveryMinutes(), cell.late()));
            }
        }
        List<RootCause> rootCauses = new ArrayList<>(roots.size());
        for (RootCauseBuilder b : roots.values()) {
            Component c = components.get(b.line.id());
            rootCauses.add(new RootCause(b.line.id(), c == null ? null : c.name(), c == null ? null : c.kind().wire(),
                    b.line.relation(), b.line.sites(), List.copyOf(b.services), b.users, b.largest));
        }
        rootCauses.sort(Comparator.comparingInt((RootCause r) -> r.services().size()).reversed()
                .thenComparing(Comparator.comparingLong(RootCause::users).reversed()));
        return new WhatIf(scenario, total, t.components().size(), down, rootCauses, degraded, surviving,
                loss.downComponents(i));
    }

    private static final class RootCauseBuilder {
        final ChainLine line;
        final List<String> services = new ArrayList<>();
        long users;
        long largest;

        RootCauseBuilder(ChainLine line) {
            this.line = line;
        }

        void add(Service s) {
            if (!services.contains(s.id())) {
                services.add(s.id());
                users += s.dailyUsers();
                largest = Math.max(largest, s.dailyUsers());
            }
        }
    }
}
