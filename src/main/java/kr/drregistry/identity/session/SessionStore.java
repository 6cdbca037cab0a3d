package kr.drregistry.identity.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.OrganisationKind;
import kr.drregistry.platform.ClientAddress;

/**
 * Server-side sessions of people in the portal (README "Security", docs/operations.md "Sessions"). A sign-in makes a row keyed by the SHA-256 of a
 * random id and puts the id in the {@code drr-sid} cookie, next to Quarkus' encrypted {@code drr-session} cookie
 * (who, and the idle timeout). Every page request resumes its row ({@link SessionIdentityProvider}): a row signed out,
 * revoked by a change of the account (a database trigger, V28) or older than {@code drr.session.max-age} ends the
 * session on every replica, whatever the cookies say. The id itself is never stored.
 */
@ApplicationScoped
public class SessionStore {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    /** The cookie with the session id. */
    public static final String COOKIE = "drr-sid";
    /** The identity attribute with the session's key (the SHA-256 of its id), for sign-out and the CSRF token. */
    public static final String ATTRIBUTE = "drr.session";

    private static final SecureRandom RANDOM = new SecureRandom();

    @ConfigProperty(name = "drr.session.max-age", defaultValue = "PT12H")
    Duration maxAge;
    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String formCookie;
    @Inject
    EntityManager em;
    @Inject
    AuditTrail audit;

    /** A session the request belongs to: who, and the key of its row. */
    public record Resumed(Actor actor, String key) {
    }

    /**
     * Starts a session of the active account {@code username}: its row, the {@code drr-sid} cookie on the response
     * of {@code rc}, and the audit entry {@code user.sign-in} saying how ({@code password} or {@code oidc}) and from
     * where. Rows that ended more than a day ago are deleted on the way.
     */
    @Transactional
    public void start(String username, String method, RoutingContext rc) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        Object[] user = (Object[]) em.createNativeQuery("select id, organisation_id from app_user where username = ?1 and active")
                .setParameter(1, username).getResultStream().findFirst().orElse(null);
        if (user == null) {
            throw new IllegalStateException("no active account " + username);
        }
        Instant now = clock.instant();
        String source = ClientAddress.of(rc);
        String key = key(id);
        em.createNativeQuery("delete from user_session where expires_at < ?1").setParameter(1, Timestamp.from(now.minus(Duration.ofDays(1))))
                .executeUpdate();
        em.createNativeQuery("insert into user_session (id_hash, user_id, created_at, expires_at, source) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, key).setParameter(2, user[0]).setParameter(3, Timestamp.from(now))
                .setParameter(4, Timestamp.from(now.plus(maxAge))).setParameter(5, source).executeUpdate();
        audit.append(username, (UUID) user[1], "user.sign-in", "session", key.substring(0, 12),
                "signed in (" + method + ") from " + source + "; the session ends at the latest " + now.plus(maxAge));
        rc.response().addCookie(cookie(COOKIE, id, rc));
    }

    /**
     * The session of cookie id {@code id} when it is live (not signed out or revoked, not past its absolute end) and
     * belongs to the active account {@code username} that the form cookie names; null otherwise. One query.
     */
    @Transactional
    public Resumed resume(String id, String username) {
        if (id == null || id.length() > 100 || username == null) {
            return null;
        }
        String key = key(id);
        List<?> rows = em.createNativeQuery("""
                select u.id, u.username, u.display_name, u.roles, o.id, o.slug, o.kind
                  from user_session s join app_user u on u.id = s.user_id join organisation o on o.id = u.organisation_id
                 where s.id_hash = ?1 and s.revoked_at is null and s.expires_at > ?2 and u.active""")
                .setParameter(1, key).setParameter(2, Timestamp.from(clock.instant())).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        if (!username.equals(r[1])) {
            return null;
        }
        Set<String> roles = Arrays.stream(((String) r[3]).split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        Actor actor = new Actor((UUID) r[0], (String) r[1], (String) r[2], (UUID) r[4], (String) r[5],
                OrganisationKind.valueOf((String) r[6]), roles);
        return new Resumed(actor, key);
    }

    /** Signs the session {@code key} out (audited as {@code user.sign-out}); the other sessions of the person stay. */
    @Transactional
    public void signOut(String key, Actor actor, RoutingContext rc) {
        int ended = em.createNativeQuery("update user_session set revoked_at = now(), revoked_reason = 'sign-out' where id_hash = ?1 and revoked_at is null")
                .setParameter(1, key).executeUpdate();
        if (ended > 0) {
            audit.record(actor, "user.sign-out", "session", key.substring(0, 12), "signed out from " + ClientAddress.of(rc));
        }
    }

    /**
     * Ends every live session of the account {@code userId} (audited as {@code session.revoked} with the reason), in
     * the caller's transaction. Changes of password, roles, organisation or deactivation also do this in the database
     * (trigger of V28) whoever makes them; this is for the code that makes them to say so in the audit trail.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int revokeAll(UUID userId, String username, UUID organisationId, String reason) {
        int ended = em.createNativeQuery("update user_session set revoked_at = now(), revoked_reason = ?2 where user_id = ?1 and revoked_at is null")
                .setParameter(1, userId).setParameter(2, reason.length() > 40 ? reason.substring(0, 40) : reason).executeUpdate();
        audit.append("system", organisationId, "session.revoked", "user", userId.toString(),
                "every session of " + username + " ended (" + reason + "): " + ended + " were live");
        return ended;
    }

    /** The cookies of a session, emptied (after sign-out, or when the session has ended). */
    public void clearCookies(RoutingContext rc) {
        rc.response().addCookie(cookie(COOKIE, "", rc).setMaxAge(0));
        rc.response().addCookie(cookie(formCookie, "", rc).setMaxAge(0));
    }

    private static Cookie cookie(String name, String value, RoutingContext rc) {
        return Cookie.cookie(name, value).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(rc.request().isSSL());
    }

    /** The row key of a session id: its SHA-256, hex. */
    static String key(String id) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
