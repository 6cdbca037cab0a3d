package kr.drregistry.topology.validation;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.simulation.LossResult;

/**
 * A validated topology with what the pictures need beside the report: the loss simulation itself, so that a
 * matrix cell or a "what if" can be explained (its chain) without simulating again.
 */
public record Analysis(Topology topology, ValidationReport report, LossResult loss) {
}
