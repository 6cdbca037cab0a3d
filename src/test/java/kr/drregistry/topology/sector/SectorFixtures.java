package kr.drregistry.topology.sector;

import java.nio.charset.StandardCharsets;
import java.util.List;

import kr.drregistry.topology.facility.FacilityLookup;
import kr.drregistry.topology.facility.FacilityResolver;
import kr.drregistry.topology.facility.ResolvedFacilities;
import kr.drregistry.topology.loss.LossEngine;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;

/** Parsed topologies and their exposures (drr/v2 semantics), shared by the sector concentration tests. */
final class SectorFixtures {
    private SectorFixtures() {
    }

    static Topology parse(String yaml) {
        return new DrrParser().parse(yaml.getBytes(StandardCharsets.UTF_8), "application/yaml");
    }

    static List<Exposure> exposures(Topology t) {
        return exposures(t, FacilityLookup.NONE);
    }

    /** The exposures with drr/v2 semantics, foreign facility references resolved through {@code lookup}. */
    static List<Exposure> exposures(Topology t, FacilityLookup lookup) {
        ResolvedFacilities facilities = FacilityResolver.resolve(t, lookup);
        return Exposures.of(t, LossEngine.analyse(t, facilities, 60), facilities, 1);
    }
}
