package kr.drregistry.incident;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import kr.drregistry.platform.UuidEntity;

/** An incident filing's policy and the times its deadlines count from (its id is the filing's id). */
@Entity
@Table(name = "incident")
public class Incident extends UuidEntity {
    @Column(name = "policy_id")
    public String policyId;
    @Column(name = "policy_version")
    public String policyVersion;
    @Column(name = "occurred_at")
    public Instant occurredAt;
    @Column(name = "detected_at")
    public Instant detectedAt;
    @Column(name = "classified_at")
    public Instant classifiedAt;
    @Column(name = "recovered_at")
    public Instant recoveredAt;
}
