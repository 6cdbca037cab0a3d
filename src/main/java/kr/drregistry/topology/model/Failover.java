package kr.drregistry.topology.model;

import java.util.List;

/**
 * How a component moves to a standby placement. {@code minutes} is null when not stated. The drr/v2 fields
 * {@code decidedBy} and {@code dataLoss} are null when absent (operator-decided, data loss allowed).
 */
public record Failover(FailoverMode mode, Integer minutes, List<String> requires, FailoverDecider decidedBy,
                       DataLoss dataLoss) {
    public static final Failover NONE = new Failover(FailoverMode.NONE, null, List.of());

    public Failover {
        requires = List.copyOf(requires == null ? List.of() : requires);
    }

    /** A failover without the drr/v2 fields. */
    public Failover(FailoverMode mode, Integer minutes, List<String> requires) {
        this(mode, minutes, requires, null, null);
    }

    /** Whether only the provider decides this failover ({@code decidedBy: provider}). */
    public boolean providerDecided() {
        return decidedBy == FailoverDecider.PROVIDER;
    }

    /** Whether this failover runs only when it loses no data ({@code dataLoss: forbidden}). */
    public boolean dataLossForbidden() {
        return dataLoss == DataLoss.FORBIDDEN;
    }
}
