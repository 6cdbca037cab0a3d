package kr.drregistry.identity.sso;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;

/**
 * Turns a verified OpenID Connect sign-in into a local account: finds the account linked to the provider's issuer
 * and subject or creates it just in time, keeps its organisation and roles in step with the claims, and records
 * every sign-in, refusal and change in the audit trail. Organisations are never created here: an organisation
 * claim that names no registered organisation is refused.
 */
@ApplicationScoped
public class SsoProvisioning {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    AuditTrail audit;
    @Inject
    kr.drregistry.identity.session.SessionStore sessions;

    /** What the identity provider vouched for (already verified by quarkus-oidc). */
    public record SsoIdentity(String issuer, String subject, String preferredUsername, String name, String email,
                              String organisationSlug, List<String> roles) {
    }

    /** Signed in as {@code username}, or refused for {@code refusal} (a key of the identity bundle: refused_…). */
    public record Outcome(String username, String displayName, String organisationSlug, boolean created, String refusal,
                          String detail) {
        static Outcome refused(String refusal, String detail) {
            return new Outcome(null, null, null, false, refusal, detail);
        }

        public boolean signedIn() {
            return refusal == null;
        }
    }

    @Transactional
    public Outcome signIn(SsoIdentity id) {
        String who = "oidc:" + (id.preferredUsername() != null ? id.preferredUsername() : id.subject());
        who = who.length() > 100 ? who.substring(0, 100) : who;
        AppUser user = AppUser.findByOidcSubject(id.issuer(), id.subject());
        String userId = user == null ? null : user.id.toString();
        if (id.organisationSlug() == null) {
            return refuse(who, null, userId, "no_organisation", "the organisation claim is missing or names several organisations");
        }
        Organisation org = Organisation.findBySlug(id.organisationSlug());
        if (org == null) {
            return refuse(who, null, userId, "unknown_organisation", "organisation '" + id.organisationSlug() + "' is not registered");
        }
        SsoClaims.RoleMapping roles = SsoClaims.mapRoles(id.roles(), org.kind);
        String ignored = roles.ignored().isEmpty() ? "" : "; ignored roles " + roles.ignored();
        if (roles.granted().isEmpty()) {
            return refuse(who, org, userId, "no_roles", "no DR Registry role for organisation " + org.slug + " in the roles claim" + ignored);
        }
        if (user != null && !user.active) {
            return refuse(who, org, userId, "disabled", "account " + user.username + " is disabled");
        }
        boolean created = false;
        if (user == null) {
            user = new AppUser();
            user.id = UUID.randomUUID();
            user.username = freeUsername(SsoClaims.baseUsername(id.preferredUsername(), id.email(), id.subject()));
            user.passwordHash = unusablePassword();
            user.oidcIssuer = id.issuer();
            user.oidcSubject = id.subject();
            user.organisation = org;
            user.roles = roles.stored();
            user.active = true;
            user.createdAt = clock.instant();
            created = true;
        }
        user.displayName = id.name() != null && !id.name().isBlank() ? id.name() : user.username;
        user.email = id.email();
        if (created) {
            user.persist();
            audit.append(user.username, org.id, "user.oidc-provisioned", "user", user.id.toString(),
                    "created from OIDC sign-in: organisation " + org.slug + ", roles [" + user.roles + "], issuer " + id.issuer()
                            + ", subject " + id.subject() + ignored);
        } else {
            boolean moved = !user.organisation.id.equals(org.id);
            boolean regranted = !user.roles.equals(roles.stored());
            if (moved || regranted) {
                // what the account may do changes: its sessions in other browsers end (before the change is flushed)
                sessions.revokeAll(user.id, user.username, org.id, moved ? "organisation changed by OIDC" : "roles changed by OIDC");
            }
            if (moved) {
                audit.append(user.username, org.id, "user.organisation-changed", "user", user.id.toString(),
                        user.organisation.slug + " → " + org.slug + " (OIDC claim)");
                user.organisation = org;
            }
            if (regranted) {
                audit.append(user.username, org.id, "user.roles-changed", "user", user.id.toString(),
                        "[" + user.roles + "] → [" + roles.stored() + "] (OIDC claim)" + ignored);
                user.roles = roles.stored();
            }
        }
        audit.append(user.username, org.id, "user.oidc-login", "user", user.id.toString(),
                "signed in through OIDC (" + id.issuer() + ")" + ignored);
        return new Outcome(user.username, user.displayName, org.slug, created, null, null);
    }

    private Outcome refuse(String who, Organisation org, String userId, String reason, String detail) {
        audit.append(who, org == null ? null : org.id, "user.oidc-login-refused", "user", userId, reason + ": " + detail);
        return Outcome.refused(reason, detail);
    }

    /** The base name, or base-2, base-3, … when a local or another OIDC account already has it. */
    private static String freeUsername(String base) {
        if (AppUser.findByUsername(base) == null) {
            return base;
        }
        for (int n = 2; ; n++) {
            String candidate = SsoClaims.alternative(base, n);
            if (AppUser.findByUsername(candidate) == null) {
                return candidate;
            }
        }
    }

    /** A bcrypt hash of a random secret that is never kept: the login form can never match it. */
    private static String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return BcryptUtil.bcryptHash(Base64.getEncoder().encodeToString(secret));
    }
}
