package kr.drregistry.topology.model;

/**
 * drr/v2 {@code components[].state}: whether a stateful component holds data that losing it loses. Only a
 * {@code cache} may be {@code ephemeral}; absent means {@code durable}.
 */
public enum ComponentState implements Wire {
    DURABLE("durable"), EPHEMERAL("ephemeral");

    private final String wire;
    ComponentState(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
