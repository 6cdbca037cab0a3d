package kr.drregistry.identity.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.AppUser;

/**
 * Checks a local account's password (the sign-in form and HTTP Basic on the API) and throttles guessing: after
 * {@code drr.login.max-failures} failures in a row the account refuses every password for {@code drr.login.lock-for},
 * the right one included, and the lock is written to the audit trail. A success resets the count. The count and the
 * lock live in the account's row (counted by atomic updates), so all replicas count together.
 */
@ApplicationScoped
public class PasswordSignIn {
    /** A bcrypt hash of nothing anyone types: unknown user names cost the same time as known ones. */
    private static final String NO_ONE = BcryptUtil.bcryptHash("no such account " + Instant.EPOCH);

    @ConfigProperty(name = "drr.login.max-failures", defaultValue = "5")
    int maxFailures;
    @ConfigProperty(name = "drr.login.lock-for", defaultValue = "PT15M")
    Duration lockFor;
    @Inject
    AuditTrail audit;

    /** What a password check came to; {@code roles} only when {@code ok}. */
    public record Outcome(boolean ok, boolean locked, String username, Set<String> roles) {
        static Outcome failed() {
            return new Outcome(false, false, null, Set.of());
        }
    }

    /**
     * The password is compared outside any row lock (bcrypt takes tens of milliseconds, and scripts may call the API
     * with Basic in parallel); only a failure updates the row, by an atomic increment.
     */
    @Transactional
    public Outcome check(String username, String password) {
        AppUser user = username == null || username.isBlank() ? null : AppUser.findByUsername(username);
        if (user == null || user.passwordHash == null) {
            BcryptUtil.matches(password == null ? "" : password, NO_ONE);
            return Outcome.failed();
        }
        Instant now = Instant.now();
        if (user.lockedUntil != null && user.lockedUntil.isAfter(now)) {
            return new Outcome(false, true, user.username, Set.of());
        }
        if (password != null && !password.isEmpty() && BcryptUtil.matches(password, user.passwordHash)) {
            if (user.failedLogins != 0 || user.lockedUntil != null) {
                AppUser.update("failedLogins = 0, lockedUntil = null where id = ?1", user.id);
            }
            return new Outcome(true, false, user.username, user.roleSet());
        }
        AppUser.update("failedLogins = failedLogins + 1 where id = ?1", user.id);
        Number failures = (Number) AppUser.getEntityManager()
                .createNativeQuery("select failed_logins from app_user where id = ?1").setParameter(1, user.id).getSingleResult();
        if (failures.intValue() >= maxFailures) {
            Instant until = now.plus(lockFor);
            AppUser.update("failedLogins = 0, lockedUntil = ?1 where id = ?2", until, user.id);
            audit.append("system", user.organisation.id, "login.locked", "user", user.username,
                    maxFailures + " failed sign-ins in a row; password sign-in refused until " + until);
            return new Outcome(false, true, user.username, Set.of());
        }
        return Outcome.failed();
    }
}
