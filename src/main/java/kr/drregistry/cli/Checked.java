package kr.drregistry.cli;

import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.ValidationReport;

/**
 * One file of a {@code check}: its report, or why there is none ({@code document} refused by the parser with its
 * errors, or {@code unreadable} with a sentence saying why).
 */
record Checked(String name, Documents.Document document, ValidationReport report, String unreadable) {
    boolean valid() {
        return report != null;
    }

    /** True when this file fails the run under {@code threshold}. */
    boolean fails(Threshold threshold) {
        return report != null && report.findings().stream().map(Finding::severity).anyMatch(threshold::fails);
    }
}
