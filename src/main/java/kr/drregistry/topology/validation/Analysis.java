package kr.drregistry.topology.validation;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Topology;

/**
 * A validated topology with what the sector view needs beside the report: the drr/v2 loss analysis the report was
 * made from, and the sites' facility resolution (their groups, rule F5, and locations, F3).
 */
public record Analysis(Topology topology, ValidationReport report, LossAnalysis analysis, ResolvedFacilities facilities) {
}
