package kr.drregistry.topology.view;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.view.TopologyDiagram.ServiceInfo;

/**
 * "What if we lose …": for one scenario, the services that fall (each with its chain), the users that is, the root
 * causes shared by those chains (which component takes down how many services), and the services that survive
 * with their estimated recovery against their RTO.
 *
 * @param downComponents ids of every component down in the scenario, for the diagram's overlay
 */
public record WhatIf(ScenarioColumn scenario, long totalUsers, int componentsTotal, List<ServiceLoss> down,
                     List<RootCause> rootCauses, List<Survivor> surviving, List<String> downComponents) {

    public record ServiceLoss(ServiceInfo service, List<ChainLine> chain) {
    }

    /** A service that survives, with its estimated recovery; {@code late} when that is later than its RTO. */
    public record Survivor(ServiceInfo service, int recoveryMinutes, boolean late) {
    }

    /**
     * A component where failures start ({@code relation} no-usable-placement or failover-blocked), with the
     * services whose chains reach it.
     */
    public record RootCause(String component, String name, String kind, String relation, List<String> sites,
                            List<String> services, long users) {
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

    /** Percentage of all daily users lost, rounded down (0 when there are none). */
    public int usersLostPercent() {
        return totalUsers == 0 ? 0 : (int) (100 * scenario.usersLost() / totalUsers);
    }

    /** The what-if of a scenario, or null when the simulation has no such scenario. */
    public static WhatIf of(Topology t, LossResult loss, String scenarioId) {
        ScenarioColumn scenario = ScenarioColumn.find(t, loss, scenarioId);
        if (scenario == null) {
            return null;
        }
        int i = scenario.index();
        Map<String, Component> components = t.componentsById();
        List<Service> services = new ArrayList<>(t.services());
        services.sort(Comparator.comparingInt(Service::tier).thenComparing(Comparator.comparingLong(Service::dailyUsers).reversed()));
        List<ServiceLoss> down = new ArrayList<>();
        List<Survivor> surviving = new ArrayList<>();
        Map<String, RootCauseBuilder> roots = new LinkedHashMap<>();
        long total = 0;
        for (Service s : services) {
            total += s.dailyUsers();
            if (loss.isServiceDown(i, s.id())) {
                List<ChainLine> chain = ChainLine.of(loss.explainService(i, s.id()));
                down.add(new ServiceLoss(TopologyDiagram.service(s), chain));
                for (ChainLine l : chain) {
                    if (l.rootCause() && "component".equals(l.kind())) {
                        roots.computeIfAbsent(l.id() + "|" + l.relation(), k -> new RootCauseBuilder(l)).add(s);
                    }
                }
            } else {
                int minutes = LossMatrix.recoveryMinutes(loss, i, s);
                surviving.add(new Survivor(TopologyDiagram.service(s), minutes,
                        s.rtoMinutes() != null && minutes > s.rtoMinutes()));
            }
        }
        List<RootCause> rootCauses = new ArrayList<>(roots.size());
        for (RootCauseBuilder b : roots.values()) {
            Component c = components.get(b.line.id());
            rootCauses.add(new RootCause(b.line.id(), c == null ? null : c.name(), c == null ? null : c.kind().wire(),
                    b.line.relation(), b.line.sites(), List.copyOf(b.services), b.users));
        }
        rootCauses.sort(Comparator.comparingInt((RootCause r) -> r.services().size()).reversed()
                .thenComparing(Comparator.comparingLong(RootCause::users).reversed()));
        return new WhatIf(scenario, total, t.components().size(), down, rootCauses, surviving, loss.downComponents(i));
    }

    private static final class RootCauseBuilder {
        final ChainLine line;
        final List<String> services = new ArrayList<>();
        long users;

        RootCauseBuilder(ChainLine line) {
            this.line = line;
        }

        void add(Service s) {
            if (!services.contains(s.id())) {
                services.add(s.id());
                users += s.dailyUsers();
            }
        }
    }
}
