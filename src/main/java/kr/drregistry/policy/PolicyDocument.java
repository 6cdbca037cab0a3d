package kr.drregistry.policy;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import kr.drregistry.platform.UuidEntity;

/**
 * One stored version of a versioned regulatory document (a validation policy, an incident reporting policy): a new
 * row for each version, never an update of its content; one row is active.
 */
@MappedSuperclass
public abstract class PolicyDocument extends UuidEntity {
    @Column(name = "policy_id")
    public String policyId;
    public String version;
    public String document;
    public boolean active;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "created_by")
    public String createdBy;

    /** Why this version was published, where the document kind keeps a note (null otherwise). */
    public String note() {
        return null;
    }
}
