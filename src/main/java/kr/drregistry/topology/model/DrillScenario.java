package kr.drregistry.topology.model;

public enum DrillScenario implements Wire {
    SITE_LOSS("site-loss"), COMPONENT("component"), TABLETOP("tabletop");

    private final String wire;
    DrillScenario(String wire) { this.wire = wire; }
    @Override public String wire() { return wire; }
}
