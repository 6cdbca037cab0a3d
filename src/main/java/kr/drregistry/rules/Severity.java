package kr.drregistry.rules;

import java.util.Locale;

/** Finding severities, most severe first. Their spelling in JSON and policy data is the lower-case name. */
public enum Severity {
    CRITICAL, HIGH, MEDIUM, LOW, INFO;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Severity parse(String text) {
        return Severity.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
