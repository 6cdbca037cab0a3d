package kr.drregistry.topology.model;

/** drr/v2 {@code failover.dataLoss}: whether a failover may run when it loses data (absent means allowed). */
public enum DataLoss implements Wire {
    ALLOWED("allowed"), FORBIDDEN("forbidden");

    private final String wire;
    DataLoss(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
