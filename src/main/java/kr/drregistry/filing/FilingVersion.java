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
    /** Canonical JSON; loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
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
    /** The validation report as JSON; loaded only when asked for. */
    @Basic(fetch = FetchType.LAZY)
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
