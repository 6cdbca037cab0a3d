package kr.drregistry.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One entry of the append-only, hash-chained audit trail. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public long seq;
    public Instant at;
    public String actor;
    @Column(name = "organisation_id")
    public UUID organisationId;
    public String action;
    @Column(name = "subject_type")
    public String subjectType;
    @Column(name = "subject_id")
    public String subjectId;
    public String detail;
    @Column(name = "prev_hash")
    public String prevHash;
    public String hash;
    /** Whether {@link #hash} is the keyed HMAC (every entry since V31) rather than the earlier unkeyed SHA-256. */
    public boolean keyed;

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof AuditEntry other && seq != 0 && seq == other.seq);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(AuditEntry.class);
    }
}
