package kr.drregistry.topology.model;

import java.util.List;

/**
 * drr/v2 {@code components[].restore}: rebuilding the component elsewhere. {@code site} and {@code minutes} are
 * required; {@code requires} lists components that must be up for the restore (never null);
 * {@code capacityPct} is null when not stated (it then counts as 100).
 */
public record Restore(String site, int minutes, List<String> requires, Integer capacityPct) {
    public Restore {
        requires = List.copyOf(requires == null ? List.of() : requires);
    }

    /** The capacity of a restored component: {@code capacityPct}, 100 when absent. */
    public int effectiveCapacityPct() {
        return capacityPct == null ? 100 : capacityPct;
    }
}
