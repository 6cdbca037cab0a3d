package kr.drregistry.topology.model;

public enum PlacementRole implements Wire {
    ACTIVE("active"), STANDBY("standby");

    private final String wire;
    PlacementRole(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
