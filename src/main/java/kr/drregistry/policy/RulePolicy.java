package kr.drregistry.policy;

import java.time.Instant;

import kr.drregistry.platform.UuidEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One stored version of a validation policy (the JSON document {@code PolicyJson} reads). */
@Entity
@Table(name = "rule_policy")
public class RulePolicy extends UuidEntity {
    @Column(name = "policy_id")
    public String policyId;
    public String version;
    public String document;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
    /** Why this version was published (null for the shipped default and versions stored before V11). */
    @Column(name = "change_note")
    public String changeNote;
}
