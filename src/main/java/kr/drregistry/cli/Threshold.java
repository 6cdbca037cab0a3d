package kr.drregistry.cli;

import kr.drregistry.rules.Severity;

/** {@code --fail-on}: the least severe severity that fails the run, or {@code none}. */
enum Threshold {
    critical, high, medium, low, info, none;

    /** True when a finding of {@code severity} fails the run. */
    boolean fails(Severity severity) {
        return this != none && severity.ordinal() <= Severity.valueOf(name().toUpperCase(java.util.Locale.ROOT)).ordinal();
    }
}
