package kr.drregistry.topology.model;

public enum DependencyMode implements Wire {
    HARD("hard"), SOFT("soft");

    private final String wire;
    DependencyMode(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
