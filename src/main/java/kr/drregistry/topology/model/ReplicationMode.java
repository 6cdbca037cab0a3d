package kr.drregistry.topology.model;

public enum ReplicationMode implements Wire {
    SYNC("sync"), ASYNC("async");

    private final String wire;
    ReplicationMode(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
