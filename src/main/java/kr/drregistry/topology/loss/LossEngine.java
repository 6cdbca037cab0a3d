package kr.drregistry.topology.loss;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.graph.DependencyGraph;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.model.TopologyIds;

/**
 * The drr/v2 loss engine (FILING-FORMAT-V2.md §3 and §7; for drr/v1 documents too, §5, §7.11). It evaluates every
 * scenario at once, 64 per {@code long}: the topology is compiled to column bit vectors ({@link LossModel}), the
 * graph of hard dependencies, {@code anyOf} members and failover and restore requirements is condensed into
 * strongly connected components, and the least fixed point of "down" (rule 9) is reached by visiting the
 * condensation dependencies first, with a worklist inside cycles. Struck components (rule 2), the three paths
 * (rule 8, including {@code decidedBy}, {@code dataLoss} over per-scenario RPO, and the restore's backup), and
 * "below full capacity" (rule 14) are base vectors of the same monotone evaluation. Per-scenario numbers (recovery
 * time, capacity, RPO, repair) are computed lazily by the returned {@link LossAnalysis}, only over what a
 * scenario changes relative to the no-loss baseline.
 *
 * <p>Facility resolution (§2) is an input: the sites' groups come as {@link ResolvedFacilities}, from the platform's
 * lookup of accepted filings or an offline set of facility filings.
 */
public final class LossEngine {
    private LossEngine() {
    }

    /**
     * Analyses {@code topology} with its sites' groups as {@code facilities} resolved them.
     *
     * @param defaultManualFailoverMinutes failover minutes of a manual failover that states none (policy default)
     * @throws IllegalArgumentException when the topology repeats an id or names an unknown site or component, or
     *     {@code facilities} is not of its sites
     */
    public static LossAnalysis analyse(TopologyIds ids, ResolvedFacilities facilities,
                                       int defaultManualFailoverMinutes) {
        return analyse(DependencyGraph.of(ids), facilities, defaultManualFailoverMinutes);
    }

    /** As {@link #analyse(TopologyIds, ResolvedFacilities, int)}, over an already built graph (shared with the rules). */
    public static LossAnalysis analyse(DependencyGraph graph, ResolvedFacilities facilities,
                                       int defaultManualFailoverMinutes) {
        return new BitLossAnalysis(new LossModel(graph, facilities, defaultManualFailoverMinutes));
    }

    /** As {@link #analyse(TopologyIds, ResolvedFacilities, int)}. */
    public static LossAnalysis analyse(Topology topology, ResolvedFacilities facilities,
                                       int defaultManualFailoverMinutes) {
        return analyse(new TopologyIds(topology), facilities, defaultManualFailoverMinutes);
    }

    /**
     * Analyses {@code topology} resolving its facility references without other organisations' filings: references
     * to its own sites resolve in the document, every other one is {@code unresolved} (rule F4).
     */
    public static LossAnalysis analyse(Topology topology, int defaultManualFailoverMinutes) {
        return analyse(topology, FacilityResolver.resolve(topology, FacilityLookup.NONE), defaultManualFailoverMinutes);
    }
}
