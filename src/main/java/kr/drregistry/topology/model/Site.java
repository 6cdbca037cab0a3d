package kr.drregistry.topology.model;

import java.util.List;

/**
 * A site of drr/v1. {@code provider}, {@code facilityRef}, {@code region}, {@code location} and
 * {@code facility} are optional (null when absent); lists are never null.
 */
public record Site(String id, String name, SiteKind kind, String provider, String facilityRef, String region,
                   GeoPoint location, List<String> riskGroups, Facility facility) {
    public Site {
        riskGroups = List.copyOf(riskGroups == null ? List.of() : riskGroups);
    }

    /** The scenario id of losing this site alone. */
    public String scenarioId() {
        return "site:" + id;
    }
}
