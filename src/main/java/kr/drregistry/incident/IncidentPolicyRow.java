package kr.drregistry.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/** A stored version of an incident reporting policy; one is active. */
@Entity
@Table(name = "incident_policy")
public class IncidentPolicyRow extends UuidEntity {
    @Column(name = "policy_id")
    public String policyId;
    public String version;
    public String document;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;
}
