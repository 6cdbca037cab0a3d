package kr.drregistry.topology.model;

/** drr/v2 {@code failover.decidedBy}: who decides a manual failover (absent means the operator). */
public enum FailoverDecider implements Wire {
    OPERATOR("operator"), PROVIDER("provider");

    private final String wire;
    FailoverDecider(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
