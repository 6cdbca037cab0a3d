package kr.drregistry.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Which audit entries to read: each criterion null or empty means "any". An organisation matches entries written by
 * its people and entries about its filings ({@code filingIds}, subject type {@code filing}) or about the organisation
 * itself ({@code organisationSlug}, subject type {@code organisation}). {@code actors} are account names (one person
 * may be asked for by several). {@code from} is inclusive, {@code until} exclusive. {@code subjectId}: only entries
 * about that subject (a filing id, an organisation's slug, a facility site…).
 */
public record AuditQuery(UUID organisationId, String organisationSlug, List<String> filingIds, List<String> actors,
                         String action, Instant from, Instant until, String subjectId) {
    public AuditQuery {
        filingIds = filingIds == null ? List.of() : List.copyOf(filingIds);
        actors = actors == null ? null : List.copyOf(actors);
    }

    /** Every entry about {@code subjectId}; null: every entry. */
    public static AuditQuery about(String subjectId) {
        return new AuditQuery(null, null, null, null, null, null, null, subjectId);
    }
}
