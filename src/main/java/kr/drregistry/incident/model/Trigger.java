package kr.drregistry.incident.model;

import java.util.Locale;

/** What a stage's deadline counts from. Spelled in lower case in policy data. */
public enum Trigger {
    /** When the incident began ({@code occurredAt}). */
    OCCURRENCE,
    /** When the operator detected it ({@code detectedAt}). */
    DETECTION,
    /** When the operator classified it as reportable / major ({@code classifiedAt}). */
    CLASSIFICATION,
    /** When the services recovered ({@code recoveredAt}). */
    RECOVERY,
    /** The latest submission of the previous stage. */
    PREVIOUS;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Trigger parse(String text) {
        for (Trigger t : values()) {
            if (t.wire().equals(text)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown trigger '" + text + "' (allowed: occurrence, detection, classification, recovery, previous)");
    }
}
