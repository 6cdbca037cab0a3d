package kr.drregistry.audit.web;

import java.util.Arrays;

/**
 * The kinds of subject the audit trail names ({@code audit_entry.subject_type}), in words on the audit page
 * ({@code {audit:subject(kind)}}). A kind not listed is shown as its code.
 */
public enum AuditSubject {
    FILING("filing"), ORGANISATION("organisation"), USER("user"), API_TOKEN("api-token"), SESSION("session"),
    POLICY("policy"), INCIDENT_POLICY("incident-policy"), FACILITY("facility"), AUTH("auth"), LOGIN("login"),
    REVIEW_QUEUE("review-queue"), SECTOR("sector"), INCIDENT_RECOVERY("incident-recovery"), AUDIT("audit");

    private final String code;

    AuditSubject(String code) {
        this.code = code;
    }

    /** The kind of a subject type, null when it is none of these. */
    public static AuditSubject of(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(null);
    }
}
