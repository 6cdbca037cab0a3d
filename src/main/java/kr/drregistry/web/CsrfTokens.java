package kr.drregistry.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import kr.drregistry.identity.session.SessionStore;

/**
 * CSRF tokens bound to the server-side session: the token of a session is an HMAC-SHA256 of its key with a secret
 * derived from {@code DRR_SESSION_KEY} (shared by every replica), so it cannot be made without the key, cannot be
 * carried from one session to another, and dies with the session. Nothing is kept in a cookie. Templates write it
 * into forms ({@code {inject:csrf.parameterName}}, {@code {inject:csrf.token}}) and the layout gives it to htmx
 * (header {@code X-CSRF-TOKEN}); {@link CsrfGuard} checks it on every unsafe page request.
 */
@Named("csrf")
@ApplicationScoped
public class CsrfTokens {
    public static final String FORM_FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";

    private final SecretKeySpec key;

    @Inject
    SecurityIdentity identity;

    CsrfTokens(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String sessionKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(sessionKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            key = new SecretKeySpec(mac.doFinal("drr csrf token v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The form field name, for templates. */
    public String getParameterName() {
        return FORM_FIELD;
    }

    /** The token of the current request's session, or null without a session (signed out, API clients). */
    public String getToken() {
        return of(sessionKey(identity));
    }

    /** The token of the session with key {@code sessionKey}; null for null. */
    public String of(String sessionKey) {
        if (sessionKey == null) {
            return null;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(sessionKey.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code presented} is the token of session {@code sessionKey} (compared in constant time). */
    public boolean matches(String sessionKey, String presented) {
        String expected = of(sessionKey);
        return expected != null && presented != null
                && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.UTF_8));
    }

    static String sessionKey(SecurityIdentity identity) {
        return identity == null || identity.isAnonymous() ? null : identity.getAttribute(SessionStore.ATTRIBUTE);
    }
}
