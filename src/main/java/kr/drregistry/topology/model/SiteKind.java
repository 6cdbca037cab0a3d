package kr.drregistry.topology.model;

public enum SiteKind implements Wire {
    OWN("own"), COLOCATION("colocation"), CLOUD_REGION("cloud-region"), CLOUD_ZONE("cloud-zone");

    private final String wire;
    SiteKind(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
