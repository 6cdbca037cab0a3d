package kr.drregistry.topology.model;

import java.util.List;

/**
 * A component of drr/v1. {@code controlPlane} is the explicit flag (null when absent); use
 * {@link #isControlPlane()} for the contract's definition. {@code failover} is never null
 * ({@link Failover#NONE} when omitted); lists are never null.
 */
public record Component(String id, String name, ComponentKind kind, Boolean controlPlane, List<Placement> placements,
                        Failover failover, List<Dependency> dependsOn, List<Replication> replication,
                        List<Backup> backups) {
    public Component {
        placements = List.copyOf(placements == null ? List.of() : placements);
        failover = failover == null ? Failover.NONE : failover;
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        replication = List.copyOf(replication == null ? List.of() : replication);
        backups = List.copyOf(backups == null ? List.of() : backups);
    }

    /** Control plane by kind, or by {@code controlPlane: true}. */
    public boolean isControlPlane() {
        return kind.controlPlane() || Boolean.TRUE.equals(controlPlane);
    }

    public boolean isStateful() {
        return kind.stateful();
    }

    /** The site of the first active placement in document order, or null when there is none. */
    public String primarySite() {
        for (Placement p : placements) {
            if (p.role() == PlacementRole.ACTIVE) {
                return p.site();
            }
        }
        return null;
    }

    /** Distinct sites of all placements, in document order. */
    public List<String> placementSites() {
        return placements.stream().map(Placement::site).distinct().toList();
    }
}
