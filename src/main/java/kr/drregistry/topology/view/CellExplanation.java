package kr.drregistry.topology.view;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.RepairEstimate;
import kr.drregistry.topology.loss.ServiceRpo;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.view.TopologyDiagram.ServiceInfo;

/**
 * Why one cell of the matrix is what it is, from the drr/v2 analysis: for a service that falls, the evidence chain
 * from the service to every root cause, its repair estimate (rule 13: the struck component with the longest repair
 * plus the recovery without strikes) and its RPO with the component that limits it (rule 6); for one that
 * survives, its capacity (rule 14), its recovery time against its RTO and the steps that add up to it (rule 12).
 *
 * @param rootCauses ids of the components where the failure starts, in chain order
 * @param repair the repair estimate of a down service, else null
 * @param rpo the service's RPO in the scenario
 */
public record CellExplanation(ServiceInfo service, ScenarioColumn scenario, LossMatrix.Cell cell, List<ChainLine> chain,
                              List<String> rootCauses, List<ChainLine> recovery, RepairEstimate repair, ServiceRpo rpo) {

    public String state() {
        return cell.state();
    }

    public boolean down() {
        return cell.down();
    }

    public boolean degraded() {
        return cell.degraded();
    }

    public Long recoveryMinutes() {
        return cell.recoveryMinutes();
    }

    /** Whether the estimated recovery is later than the service's RTO. */
    public boolean exceedsRto() {
        return cell.late();
    }

    /**
     * The explanation of a service in a scenario, or null when the topology has no such service or the analysis no
     * such scenario.
     */
    public static CellExplanation of(Topology t, LossAnalysis loss, String scenarioId, String serviceId) {
        ScenarioColumn scenario = ScenarioColumn.find(t, loss, scenarioId);
        Service s = serviceId == null ? null : t.servicesById().get(serviceId);
        if (scenario == null || s == null) {
            return null;
        }
        LossMatrix.Cell cell = LossMatrix.cell(loss, scenario.index(), scenario.id(), s, !scenario.hasImpact());
        ServiceRpo rpo = loss.serviceRpo(scenario.index(), s.id());
        if (cell.down()) {
            List<ChainLine> chain = ChainLine.of(loss.explainService(scenario.index(), s.id()));
            return new CellExplanation(TopologyDiagram.service(s), scenario, cell, chain, rootCauses(chain), List.of(),
                    loss.repairEstimate(scenario.index(), s.id()).orElse(null), rpo);
        }
        List<ChainLine> recovery = ChainLine.of(loss.explainServiceRecovery(scenario.index(), s.id()));
        return new CellExplanation(TopologyDiagram.service(s), scenario, cell, List.of(), List.of(), recovery, null, rpo);
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
}
