package kr.drregistry.plan.model;

/** 위기경보 단계 (the four crisis-alert levels), least severe first; {@link #wire()} is the JSON spelling. */
public enum AlertLevelKind {
    /** 관심 (attention). */
    ATTENTION("attention", "관심"),
    /** 주의 (caution). */
    CAUTION("caution", "주의"),
    /** 경계 (alert). */
    ALERT("alert", "경계"),
    /** 심각 (serious). */
    SERIOUS("serious", "심각");

    private final String wire;
    private final String ko;

    AlertLevelKind(String wire, String ko) {
        this.wire = wire;
        this.ko = ko;
    }

    /** The JSON spelling, e.g. {@code attention}. */
    public String wire() {
        return wire;
    }

    /** The Korean name, e.g. 관심. */
    public String ko() {
        return ko;
    }

    /** The level spelled {@code text} in JSON, or null. */
    public static AlertLevelKind fromWire(String text) {
        for (AlertLevelKind k : values()) {
            if (k.wire.equals(text)) {
                return k;
            }
        }
        return null;
    }
}
