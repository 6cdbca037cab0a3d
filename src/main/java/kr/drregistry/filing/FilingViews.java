package kr.drregistry.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the API and the portal show of filings (never the entities). */
public final class FilingViews {
    private FilingViews() {
    }

    public record FilingView(UUID id, String organisation, FilingType type, Integer planYear, String title,
                             FilingStatus status, int latestVersion, DraftView draft, List<VersionView> versions,
                             List<DecisionView> decisions, Instant createdAt, String createdBy) {
    }

    public record DraftView(boolean present, long version, String mediaType, Instant updatedAt, String updatedBy) {
    }

    public record VersionView(UUID filingId, int number, String sha256, Instant submittedAt, String submittedBy,
                              PolicyRef policy, Counts findings) {
        /** For the JPQL projection that lists versions without loading their content. */
        public VersionView(UUID filingId, int number, String sha256, Instant submittedAt, String submittedBy, String policyId,
                           String policyVersion, int critical, int high, int medium, int low, int info) {
            this(filingId, number, sha256, submittedAt, submittedBy, new PolicyRef(policyId, policyVersion),
                    new Counts(critical, high, medium, low, info));
        }
    }

    public record PolicyRef(String id, String version) {
    }

    public record Counts(int critical, int high, int medium, int low, int info) {
    }

    public record DecisionView(int version, String decision, String reason, LocalDate dueDate, String decidedBy,
                               Instant decidedAt) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }
}
