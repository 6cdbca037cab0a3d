package kr.drregistry.topology.model;

/** Component kinds of drr/v1 with the two classes the contract defines: control plane and stateful. */
public enum ComponentKind implements Wire {
    APP("app", false, false),
    DATABASE("database", false, true),
    CACHE("cache", false, true),
    QUEUE("queue", false, true),
    OBJECT_STORAGE("object-storage", false, true),
    AUTH("auth", true, false),
    DNS("dns", true, false),
    LOAD_BALANCER("load-balancer", false, false),
    NETWORK("network", false, false),
    MONITORING("monitoring", true, false),
    DEPLOYMENT("deployment", true, false),
    ADMIN_CONSOLE("admin-console", true, false),
    KEY_MANAGEMENT("key-management", true, false),
    MESSAGING_OPS("messaging-ops", true, false),
    OTHER("other", false, false);

    private final String wire;
    private final boolean controlPlane;
    private final boolean stateful;

    ComponentKind(String wire, boolean controlPlane, boolean stateful) {
        this.wire = wire;
        this.controlPlane = controlPlane;
        this.stateful = stateful;
    }

    @Override public String wire() { return wire; }
    public boolean controlPlane() { return controlPlane; }
    public boolean stateful() { return stateful; }
}
