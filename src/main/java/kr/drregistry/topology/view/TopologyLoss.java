package kr.drregistry.topology.view;

import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossEngine;
import kr.drregistry.topology.model.Topology;

/**
 * What the pictures are drawn from: a topology, its sites' facility groups as resolved (FILING-FORMAT-V2.md §2) and
 * the drr/v2 loss analysis over them (§3; drr/v1 documents are read with the same semantics, §7.11).
 */
public record TopologyLoss(Topology topology, ResolvedFacilities facilities, LossAnalysis loss) {

    /** Analyses {@code topology} over {@code facilities} ({@code defaultManualFailoverMinutes}: the policy's). */
    public static TopologyLoss analyse(Topology topology, ResolvedFacilities facilities, int defaultManualFailoverMinutes) {
        return new TopologyLoss(topology, facilities, LossEngine.analyse(topology, facilities, defaultManualFailoverMinutes));
    }

    /** As {@link #analyse(Topology, ResolvedFacilities, int)} with only the document's own sites resolvable (rule F4). */
    public static TopologyLoss analyse(Topology topology, int defaultManualFailoverMinutes) {
        return analyse(topology, kr.drregistry.topology.facility.FacilityResolver.resolve(topology,
                kr.drregistry.topology.facility.FacilityLookup.NONE), defaultManualFailoverMinutes);
    }
}
