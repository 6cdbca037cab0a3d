package kr.drregistry.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import kr.drregistry.platform.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A reviewer's move on a version (append-only). */
@Entity
@Immutable
@Table(name = "filing_decision")
public class FilingDecision extends UuidEntity {
    @Column(name = "filing_id")
    public UUID filingId;
    @Column(name = "version_number")
    public int versionNumber;
    public String decision;
    public String reason;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "decided_by")
    public String decidedBy;
    @Column(name = "decided_at")
    public Instant decidedAt;
}
