package kr.drregistry.policy;

import java.time.Instant;

/**
 * One stored version of a versioned regulatory document as the listings show it (the versions table of both policy
 * pages, {@code GET /api/v1/policies}): which document and version, whether it is the active one, who stored it when,
 * and why (the change note, where the document kind keeps one).
 */
public record PolicyVersion(String id, String version, boolean active, Instant createdAt, String createdBy, String changeNote) {
    /** The listing of a stored row. */
    public static PolicyVersion of(PolicyDocument row) {
        return new PolicyVersion(row.policyId, row.version, row.active, row.createdAt, row.createdBy, row.note());
    }
}
