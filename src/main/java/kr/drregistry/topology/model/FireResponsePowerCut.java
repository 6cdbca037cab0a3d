package kr.drregistry.topology.model;

/** drr/v2 {@code facility.fireResponsePowerCut}: a fire response cuts all power to the building, or in stages. */
public enum FireResponsePowerCut implements Wire {
    BUILDING("building"), STAGED("staged");

    private final String wire;
    FireResponsePowerCut(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
