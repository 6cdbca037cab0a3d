package kr.drregistry.topology.model;

/** A component's presence in a site. {@code capacityPct} is null when not stated (it only feeds CAP-001). */
public record Placement(String site, PlacementRole role, Integer capacityPct) {
}
