package kr.drregistry.topology.validation;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;

/**
 * A validated topology with what the pictures and the sector view need beside the report: the loss simulation
 * itself, so that a matrix cell or a "what if" can be explained (its chain) without simulating again, the drr/v2 loss
 * analysis the report was made from, and the sites' facility resolution (their groups, rule F5, and locations, F3).
 */
public record Analysis(Topology topology, ValidationReport report, LossResult loss, LossAnalysis analysis,
                       ResolvedFacilities facilities) {
}
