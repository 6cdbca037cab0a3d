package kr.drregistry.plan.model;

/** 재난 유형 (the kinds of scenario a plan answers); {@link #wire()} is the JSON spelling. */
public enum ScenarioKind {
    /** 데이터센터 화재 (data-centre fire). */
    DATACENTER_FIRE("datacenter-fire", "데이터센터 화재", "data-centre fire"),
    /** 전력 공급 중단 (loss of power). */
    POWER_LOSS("power-loss", "전력 공급 중단", "power loss"),
    /** 통신망 단절 (network cut). */
    NETWORK_CUT("network-cut", "통신망 단절", "network cut"),
    /** 홍수·침수 (flood). */
    FLOOD("flood", "홍수·침수", "flood"),
    /** 지진 (earthquake). */
    EARTHQUAKE("earthquake", "지진", "earthquake"),
    /** 사이버 공격 (cyber attack). */
    CYBER_ATTACK("cyber-attack", "사이버 공격", "cyber attack"),
    /** 잘못된 업데이트 (faulty update). */
    FAULTY_UPDATE("faulty-update", "잘못된 업데이트", "faulty update"),
    /** 기타 (any other scenario). */
    OTHER("other", "기타", "other");

    private final String wire;
    private final String ko;
    private final String en;

    ScenarioKind(String wire, String ko, String en) {
        this.wire = wire;
        this.ko = ko;
        this.en = en;
    }

    /** The JSON spelling, e.g. {@code datacenter-fire}. */
    public String wire() {
        return wire;
    }

    /** The Korean name. */
    public String ko() {
        return ko;
    }

    /** The English name. */
    public String en() {
        return en;
    }

    /** The kind spelled {@code text} in JSON, or null. */
    public static ScenarioKind fromWire(String text) {
        for (ScenarioKind k : values()) {
            if (k.wire.equals(text)) {
                return k;
            }
        }
        return null;
    }
}
