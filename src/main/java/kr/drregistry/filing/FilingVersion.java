package kr.drregistry.filing;

import java.time.Instant;
import java.util.UUID;

import kr.drregistry.platform.UuidEntity;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * A submitted version: immutable (Hibernate never updates it; the database refuses UPDATE and DELETE), content
 * addressed by the SHA-256 of its canonical JSON.
 */
@Entity
@Immutable
@Table(name = "filing_version")
public class FilingVersion extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    public int number;
    /**
     * Canonical JSON (stored compressed: {@link kr.drregistry.platform.StoredText}); loaded only when asked for, and on
     * its own: lazy attributes of one fetch group load together,
     * and reading a 63 MB content must not also load the 190 MB report beside it (the review page of a 100,000-component
     * version ran out of a 1 GB heap that way).
     */
    @Basic(fetch = FetchType.LAZY)
    @org.hibernate.annotations.LazyGroup("content")
    @jakarta.persistence.Convert(converter = kr.drregistry.platform.StoredText.Converter.class)
    public String content;
    @Column(name = "content_sha256")
    public String contentSha256;
    @Column(name = "submitted_at")
    public Instant submittedAt;
    @Column(name = "submitted_by")
    public String submittedBy;
    @Column(name = "policy_id")
    public String policyId;
    @Column(name = "policy_version")
    public String policyVersion;
    /** The validation report as JSON; loaded only when asked for, on its own (see {@link #content}). */
    @Basic(fetch = FetchType.LAZY)
    @org.hibernate.annotations.LazyGroup("report")
    @jakarta.persistence.Convert(converter = kr.drregistry.platform.StoredText.Converter.class)
    public String report;
    @Column(name = "count_critical")
    public int countCritical;
    @Column(name = "count_high")
    public int countHigh;
    @Column(name = "count_medium")
    public int countMedium;
    @Column(name = "count_low")
    public int countLow;
    @Column(name = "count_info")
    public int countInfo;

    /** Version {@code number} of filing {@code filingId}, or null when it has none. */
    public static FilingVersion of(UUID filingId, int number) {
        return find("filingId = ?1 and number = ?2", filingId, number).firstResult();
    }
}
