package kr.drregistry.review;

import java.time.Instant;
import java.util.UUID;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/** A reviewer's disposition of one finding of a version (append-only; the latest per finding key counts). */
@Entity
@Immutable
@Table(name = "finding_disposition")
public class FindingDisposition extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "finding_key")
    public String findingKey;
    public String rule;
    public String disposition;
    public String justification;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
