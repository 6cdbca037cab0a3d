package kr.drregistry.topology.model;

import java.util.List;

/**
 * A component of drr/v1 and drr/v2. {@code controlPlane} is the explicit flag (null when absent); use
 * {@link #isControlPlane()} for the contract's definition. {@code failover} is never null
 * ({@link Failover#NONE} when omitted); lists are never null. The drr/v2 fields: {@code riskGroups} (logical
 * shared fate, empty when absent), {@code state} (null when absent, which means durable), {@code restore} and
 * {@code recovery} (null when absent).
 */
public record Component(String id, String name, ComponentKind kind, Boolean controlPlane, List<Placement> placements,
                        Failover failover, List<Dependency> dependsOn, List<Replication> replication,
                        List<Backup> backups, List<String> riskGroups, ComponentState state, Restore restore,
                        Recovery recovery) {
    public Component {
        placements = List.copyOf(placements == null ? List.of() : placements);
        failover = failover == null ? Failover.NONE : failover;
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        replication = List.copyOf(replication == null ? List.of() : replication);
        backups = List.copyOf(backups == null ? List.of() : backups);
        riskGroups = List.copyOf(riskGroups == null ? List.of() : riskGroups);
    }

    /** A component without the drr/v2 fields. */
    public Component(String id, String name, ComponentKind kind, Boolean controlPlane, List<Placement> placements,
                     Failover failover, List<Dependency> dependsOn, List<Replication> replication,
                     List<Backup> backups) {
        this(id, name, kind, controlPlane, placements, failover, dependsOn, replication, backups, List.of(), null,
                null, null);
    }

    /** Control plane by kind, or by {@code controlPlane: true}. */
    public boolean isControlPlane() {
        return kind.controlPlane() || Boolean.TRUE.equals(controlPlane);
    }

    public boolean isStateful() {
        return kind.stateful();
    }

    /**
     * drr/v2 "durable": a stateful kind whose {@code state} is not {@code ephemeral}; only durable components
     * hold data in the loss semantics.
     */
    public boolean isDurable() {
        return kind.stateful() && state != ComponentState.EPHEMERAL;
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

    /**
     * drr/v2 "home site": the site of the first active placement, else of the first placement; null only for a
     * component without placements (which the parser rejects).
     */
    public String homeSite() {
        String primary = primarySite();
        return primary != null || placements.isEmpty() ? primary : placements.get(0).site();
    }

    /** Distinct sites of all placements, in document order. */
    public List<String> placementSites() {
        return placements.stream().map(Placement::site).distinct().toList();
    }
}
