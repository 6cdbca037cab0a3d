package kr.drregistry.topology.model;

public enum FailoverMode implements Wire {
    AUTOMATIC("automatic"), MANUAL("manual"), NONE("none");

    private final String wire;
    FailoverMode(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
