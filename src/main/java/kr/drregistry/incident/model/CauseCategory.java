package kr.drregistry.incident.model;

import java.util.Locale;

/** Why the incident happened, as a category; spelled in lower case with hyphens in documents. */
public enum CauseCategory {
    FIRE, POWER, NETWORK, SOFTWARE_CHANGE, THIRD_PARTY, CYBER_ATTACK, NATURAL_DISASTER, HUMAN_ERROR, OTHER;

    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The category spelled {@code text}, or null. */
    public static CauseCategory fromWire(String text) {
        for (CauseCategory c : values()) {
            if (c.wire().equals(text)) {
                return c;
            }
        }
        return null;
    }
}
