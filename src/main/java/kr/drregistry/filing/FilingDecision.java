package kr.drregistry.filing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A reviewer's move on a version (append-only). */
@Entity
@Immutable
@Table(name = "filing_decision")
public class FilingDecision extends PanacheEntityBase {
    @Id
    public UUID id;
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

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof FilingDecision other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(FilingDecision.class);
    }
}
