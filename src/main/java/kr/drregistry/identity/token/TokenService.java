package kr.drregistry.identity.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.Organisation;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;

/**
 * Creates, lists and revokes an organisation's API tokens (the portal and the API share this), and resolves a
 * presented secret to its token. The secret is shown once, at creation; only its SHA-256 is kept. Officers create
 * any scope; editors only read and validate.
 */
@ApplicationScoped
public class TokenService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    static final String PREFIX = "drr_";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;

    /** A token as listed (never its secret). */
    public record TokenView(UUID id, String name, String prefix, List<String> scopes, Instant createdAt, String createdBy,
                            Instant expiresAt, Instant revokedAt, Instant lastUsedAt, boolean active) {
        static TokenView of(ApiToken t, Instant now) {
            return new TokenView(t.id, t.name, t.prefix, List.of(t.scopes.split(",")), t.createdAt, t.createdBy, t.expiresAt,
                    t.revokedAt, t.lastUsedAt, t.usableAt(now));
        }
    }

    /** A new token with its secret, shown this once. */
    public record CreatedToken(TokenView token, String secret) {
    }

    @Transactional
    public CreatedToken create(String name, Set<String> scopes, Instant expiresAt) {
        Actor actor = requireManager();
        validate(name, scopes, expiresAt);
        if (scopes.contains("submit") && !actor.maySubmit() && !actor.isAdmin()) {
            throw ProblemException.forbidden(m -> m.forbidden_token_submit());
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiToken t = new ApiToken();
        t.id = UUID.randomUUID();
        t.organisation = Organisation.findById(actor.organisationId());
        t.name = name.strip();
        t.prefix = secret.substring(0, PREFIX.length() + 6);
        t.hash = sha256(secret);
        t.scopes = Roles.SCOPES.stream().filter(scopes::contains).collect(Collectors.joining(","));
        t.createdBy = actor.username();
        t.createdAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        t.expiresAt = expiresAt;
        t.persist();
        audit.record(actor, "token.created", "api-token", t.id.toString(), t.name + " [" + t.scopes + "]");
        return new CreatedToken(TokenView.of(t, clock.instant()), secret);
    }

    @Transactional
    public List<TokenView> list() {
        Actor actor = requireManager();
        return ApiToken.<ApiToken>list("organisation.id = ?1 order by createdAt desc", actor.organisationId()).stream()
                .map(t -> TokenView.of(t, clock.instant())).toList();
    }

    @Transactional
    public TokenView revoke(UUID id) {
        Actor actor = requireManager();
        ApiToken t = ApiToken.findById(id);
        if (t == null || !t.organisation.id.equals(actor.organisationId())) {
            throw ProblemException.notFound("token " + id);
        }
        if (t.revokedAt == null) {
            t.revokedAt = clock.instant();
            cache.remove(t.hash);
            audit.record(actor, "token.revoked", "api-token", t.id.toString(), t.name);
        }
        return TokenView.of(t, clock.instant());
    }

    /** What a valid token grants: who it acts for and with which scopes. */
    public record Grant(UUID tokenId, String name, String prefix, UUID organisationId, String organisationSlug,
                        kr.drregistry.identity.OrganisationKind organisationKind, Set<String> scopes, Instant expiresAt) {
    }

    private record Cached(Grant grant, long validUntilNanos) {
    }

    /** Recently verified tokens by hash; a revocation elsewhere takes effect within {@link #CACHE_NANOS}. */
    private final java.util.concurrent.ConcurrentHashMap<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();
    static final long CACHE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(10);

    /**
     * The grant of the usable token whose secret this is, or null. A token verified in the last ten seconds is
     * answered from memory; otherwise the database is asked and its use noted (last-used time; at most one
     * audit entry a minute per token).
     */
    public Grant authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return null;
        }
        Grant recent = recentlyVerified(secret);
        if (recent != null) {
            return recent;
        }
        String hash = sha256(secret);
        Instant now = clock.instant();
        Grant grant = io.quarkus.narayana.jta.QuarkusTransaction.joiningExisting().call(() -> lookUp(hash, now));
        if (grant == null) {
            cache.remove(hash);
        } else {
            cache.put(hash, new Cached(grant, System.nanoTime() + CACHE_NANOS));
        }
        return grant;
    }

    /** The grant of a token verified in the last ten seconds and not expired since, or null; no I/O. */
    public Grant recentlyVerified(String secret) {
        if (secret == null || !secret.startsWith(PREFIX) || secret.length() > 200) {
            return null;
        }
        Cached cached = cache.get(sha256(secret));
        if (cached != null && cached.validUntilNanos() - System.nanoTime() > 0
                && (cached.grant().expiresAt() == null || cached.grant().expiresAt().isAfter(clock.instant()))) {
            return cached.grant();
        }
        return null;
    }

    private Grant lookUp(String hash, Instant now) {
        ApiToken t = ApiToken.find("hash", hash).firstResult();
        if (t == null || !t.usableAt(now)) {
            return null;
        }
        if (t.lastUsedAt == null || t.lastUsedAt.isBefore(now.minus(1, ChronoUnit.MINUTES))) {
            t.lastUsedAt = now;
            audit.append("token:" + t.name, t.organisation.id, "token.used", "api-token", t.id.toString(), t.prefix);
        }
        return new Grant(t.id, t.name, t.prefix, t.organisation.id, t.organisation.slug, t.organisation.kind,
                scopesOf(t), t.expiresAt);
    }

    private Actor requireManager() {
        Actor actor = scope.actor();
        if (actor.isToken() || !actor.isOperator() || !(actor.has(Roles.OPERATOR_EDITOR) || actor.has(Roles.OPERATOR_OFFICER))) {
            throw ProblemException.forbidden(m -> m.forbidden_tokens_portal());
        }
        return actor;
    }

    private void validate(String name, Set<String> scopes, Instant expiresAt) {
        List<FieldError> errors = new java.util.ArrayList<>();
        if (name == null || name.isBlank() || name.length() > 100) {
            errors.add(FieldError.of("/name", "a name of 1 to 100 characters is required", "1~100자의 이름이 필요합니다"));
        }
        if (scopes == null || scopes.isEmpty() || !Roles.SCOPES.containsAll(scopes)) {
            errors.add(FieldError.of("/scopes", "choose one or more of read, validate, submit, facilities", "read, validate, submit, facilities 중 하나 이상을 고르세요"));
        }
        if (expiresAt != null && !expiresAt.isAfter(clock.instant())) {
            errors.add(FieldError.of("/expiresAt", "the expiry must be in the future", "만료 시각은 미래여야 합니다"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("the token request is invalid", errors);
        }
    }

    static Set<String> scopesOf(ApiToken t) {
        return new LinkedHashSet<>(Arrays.asList(t.scopes.split(",")));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
