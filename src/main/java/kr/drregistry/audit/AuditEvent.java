package kr.drregistry.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action code the application writes to the audit trail, so that the audit page can name each in words
 * ({@code audit:event} in the {@code audit} bundle, Korean and English) and offer them as a filter. A code written
 * nowhere else is not invented here: {@code AuditEventTest} reads the sources for the codes recorded and fails when
 * one has no constant (and so no words). Codes the trail holds but this list does not know are shown as they are.
 */
public enum AuditEvent {
    USER_SIGN_IN("user.sign-in"),
    USER_SIGN_OUT("user.sign-out"),
    USER_SIGN_IN_FAILED("user.sign-in-failed"),
    LOGIN_THROTTLED("login.throttled"),
    AUTH_FAILURES_COUNTED("auth.failures-counted"),
    SESSION_REVOKED("session.revoked"),
    USER_OIDC_LOGIN("user.oidc-login"),
    USER_OIDC_LOGIN_REFUSED("user.oidc-login-refused"),
    USER_OIDC_PROVISIONED("user.oidc-provisioned"),
    USER_ORGANISATION_CHANGED("user.organisation-changed"),
    USER_ROLES_CHANGED("user.roles-changed"),
    TOKEN_CREATED("token.created"),
    TOKEN_REVOKED("token.revoked"),
    TOKEN_USED("token.used"),
    TOKEN_AUTH_FAILED("token.auth-failed"),
    ORGANISATION_DESIGNATION_CHANGED("organisation.designation-changed"),
    ORGANISATION_DESIGNATION_CORRECTED("organisation.designation-corrected-by-regulator"),
    FILING_CREATED("filing.created"),
    DRAFT_SAVED("draft.saved"),
    DRAFT_REVISED("draft.revised"),
    ATTACHMENT_UPLOADED("attachment.uploaded"),
    SIGNOFF_FAILED("signoff.failed"),
    FILING_SUBMITTED("filing.submitted"),
    VERSION_OPENED("version.opened"),
    VERSION_REVALIDATED("version.revalidated"),
    REVIEW_ASSIGNED("review.assigned"),
    REVIEW_START_REVIEW("review.start_review"),
    REVIEW_REQUEST_CHANGES("review.request_changes"),
    REVIEW_ACCEPT("review.accept"),
    REVIEW_REJECT("review.reject"),
    REVIEW_COMMENTED("review.commented"),
    FINDING_DISPOSED("finding.disposed"),
    INCIDENT_OPENED("incident.opened"),
    INCIDENT_STAGE_SUBMITTED("incident.stage-submitted"),
    INCIDENT_TIMELINE("incident.timeline"),
    POLICY_PUBLISHED("policy.published"),
    INCIDENT_POLICY_PUBLISHED("incident-policy.published"),
    INCIDENT_POLICY_ACTIVATED("incident-policy.activated"),
    FACILITY_READ("facility.read"),
    EXPORT_READ("export.read");

    private static final Map<String, AuditEvent> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(AuditEvent::code, Function.identity()));

    private final String code;

    AuditEvent(String code) {
        this.code = code;
    }

    /** The code as written to {@code audit_entry.action}. */
    public String code() {
        return code;
    }

    /** The event of a code; empty for a code this version does not know. */
    public static Optional<AuditEvent> of(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }
}
