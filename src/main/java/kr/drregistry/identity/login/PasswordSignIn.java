package kr.drregistry.identity.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.AuthAudit;

/**
 * Checks a local account's password: the sign-in form, HTTP Basic on the API and the officer's sign-off. Guessing is
 * slowed down by {@link LoginThrottle} per source address and account, never by locking the account. Every check does
 * the same work whether the name exists or not (one look-up, one bcrypt comparison, one audit entry), so neither the
 * answer nor its time says which names exist. Failures go to the audit trail with their reason
 * ({@code user.sign-in-failed}: unknown-account, wrong-password, inactive-account), through {@link AuthAudit}.
 */
@ApplicationScoped
public class PasswordSignIn {
    /** A bcrypt hash (same cost as real ones) of nothing anyone types: unknown names cost the same time as known ones. */
    private static final String NO_ONE = BcryptUtil.bcryptHash("no such account " + Instant.EPOCH);

    @Inject
    LoginThrottle throttle;
    @Inject
    AuthAudit authAudit;

    /** What a password check came to; {@code roles} only when {@code ok}, {@code retryAfter} only when throttled. */
    public record Outcome(boolean ok, boolean throttled, Duration retryAfter, String username, Set<String> roles) {
        static Outcome failed() {
            return new Outcome(false, false, Duration.ZERO, null, Set.of());
        }
    }

    private record Account(UUID id, String username, String passwordHash, boolean active, UUID organisationId, Set<String> roles) {
    }

    /**
     * Checks {@code password} of {@code username}, tried from {@code source} through {@code channel} ("form", "basic",
     * "sign-off"). Not in the caller's transaction: the throttle's count must stay even when the caller rolls back.
     */
    public Outcome check(String username, String password, String source, String channel) {
        String name = username == null || username.isBlank() ? null : username.length() > 64 ? username.substring(0, 64) : username;
        LoginThrottle.Admission admission = throttle.admit(source, name);
        if (!admission.admitted()) {
            authAudit.failure("password", source, "anonymous", null, "user.sign-in-failed", "user", name,
                    "throttled (" + (admission.wholeSource() ? "too many failures from this address" : "too many failures of this account from this address")
                            + "; retry in " + Math.max(1, admission.retryAfter().toSeconds()) + " s), " + channel + " from " + source
                            + "; the password was not checked");
            return new Outcome(false, true, admission.retryAfter(), null, Set.of());
        }
        Account account = name == null ? null : QuarkusTransaction.requiringNew().call(() -> {
            AppUser u = AppUser.findByUsername(name);
            return u == null ? null : new Account(u.id, u.username, u.passwordHash, u.active, u.organisation.id, u.roleSet());
        });
        boolean matches = BcryptUtil.matches(password == null ? "" : password,
                account == null || account.passwordHash() == null ? NO_ONE : account.passwordHash());
        if (account != null && account.active() && matches && password != null && !password.isEmpty()) {
            throttle.succeeded(source, name);
            return new Outcome(true, false, Duration.ZERO, account.username(), account.roles());
        }
        String reason = account == null ? "unknown-account" : !account.active() ? "inactive-account" : "wrong-password";
        authAudit.failure("password", source, account == null ? "anonymous" : account.username(),
                account == null ? null : account.organisationId(), "user.sign-in-failed", "user", name,
                reason + ", " + channel + " from " + source);
        return Outcome.failed();
    }
}
