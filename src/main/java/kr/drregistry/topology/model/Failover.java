package kr.drregistry.topology.model;

import java.util.List;

/** How a component moves to a standby placement. {@code minutes} is null when not stated. */
public record Failover(FailoverMode mode, Integer minutes, List<String> requires) {
    public static final Failover NONE = new Failover(FailoverMode.NONE, null, List.of());

    public Failover {
        requires = List.copyOf(requires == null ? List.of() : requires);
    }
}
