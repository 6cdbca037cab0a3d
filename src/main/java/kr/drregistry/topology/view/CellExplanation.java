package kr.drregistry.topology.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.view.TopologyDiagram.ServiceInfo;

/**
 * Why one cell of the matrix is what it is: for a service that falls, the evidence chain from the service to every
 * root cause; for one that survives, its estimated recovery time against its RTO and the failover steps that add
 * up to it.
 *
 * @param rootCauses ids of the components where the failure starts, in chain order
 */
public record CellExplanation(ServiceInfo service, ScenarioColumn scenario, String state, List<ChainLine> chain,
                              List<String> rootCauses, Integer recoveryMinutes, List<ChainLine> recovery) {

    public boolean down() {
        return LossMatrix.DOWN.equals(state);
    }

    /**
     * The explanation of a service in a scenario, or null when the topology has no such service or the simulation
     * no such scenario.
     */
    public static CellExplanation of(Topology t, LossResult loss, String scenarioId, String serviceId) {
        ScenarioColumn scenario = ScenarioColumn.find(t, loss, scenarioId);
        Service s = serviceId == null ? null : t.servicesById().get(serviceId);
        if (scenario == null || s == null) {
            return null;
        }
        LossMatrix.Cell cell = LossMatrix.cell(loss, scenario.index(), scenario.id(), s, !scenario.hasLoss());
        if (cell.down()) {
            List<ChainLine> chain = ChainLine.of(loss.explainService(scenario.index(), s.id()));
            return new CellExplanation(TopologyDiagram.service(s), scenario, cell.state(), chain, rootCauses(chain),
                    null, List.of());
        }
        List<ChainLine> recovery = ChainLine.of(loss.explainServiceRecovery(scenario.index(), s.id()));
        return new CellExplanation(TopologyDiagram.service(s), scenario, cell.state(), List.of(), List.of(),
                cell.recoveryMinutes(), recovery);
    }

    static List<String> rootCauses(List<ChainLine> chain) {
        Set<String> ids = new LinkedHashSet<>();
        for (ChainLine l : chain) {
            if (l.rootCause()) {
                ids.add(l.id());
            }
        }
        return List.copyOf(ids);
    }

    /** Whether the estimated recovery is later than the service's RTO. */
    public boolean exceedsRto() {
        return LossMatrix.LATE.equals(state);
    }
}
