package kr.drregistry.filing;

import java.time.LocalDate;
import java.util.UUID;

/** What happened to a filing, for those who act on it after the transaction commits (e-mail notifications). */
public final class FilingEvents {
    private FilingEvents() {
    }

    /** An operator submitted version {@code version}. */
    public record Submitted(UUID filingId, int version) {
    }

    /** A reviewer moved the filing ({@code decision} is START_REVIEW, REQUEST_CHANGES, ACCEPT or REJECT). */
    public record Decided(UUID filingId, int version, String decision, String reason, LocalDate dueDate) {
    }

    /** A reviewer recorded a disposition of a finding of version {@code version}. */
    public record Disposed(UUID filingId, int version) {
    }
}
