package kr.drregistry.filing;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** An Idempotency-Key already used to submit a filing, and the version it created. */
@Entity
@Table(name = "submission_key")
@IdClass(SubmissionKey.Key.class)
public class SubmissionKey extends PanacheEntityBase {
    @Id
    @Column(name = "filing_id")
    public UUID filingId;
    @Id
    @Column(name = "idem_key")
    public String key;
    @Column(name = "version_number")
    public int versionNumber;
    @Column(name = "created_at")
    public Instant createdAt;

    /** Composite key. */
    public static class Key implements Serializable {
        public UUID filingId;
        public String key;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(filingId, k.filingId) && Objects.equals(key, k.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(filingId, key);
        }
    }
}
