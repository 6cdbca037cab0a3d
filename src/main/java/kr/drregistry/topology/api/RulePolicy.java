package kr.drregistry.topology.api;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One stored version of a validation policy (the JSON document {@code PolicyJson} reads). */
@Entity
@Table(name = "rule_policy")
public class RulePolicy extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "policy_id")
    public String policyId;
    public String version;
    public String document;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof RulePolicy other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(RulePolicy.class);
    }
}
