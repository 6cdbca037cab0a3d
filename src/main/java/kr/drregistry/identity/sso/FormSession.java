package kr.drregistry.identity.sso;

import java.time.Duration;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts exactly the session the login form starts: the encrypted {@code drr-session} cookie, written by Quarkus'
 * own {@link PersistentLoginManager} with the same key, name, lifetime and flags as form authentication. From then
 * on the form mechanism restores the user on every request (on any replica sharing DRR_SESSION_KEY), loading the
 * local account, so pages, CSRF and tenancy checks see no difference between the two ways of signing in. The
 * server-side session ({@link kr.drregistry.identity.session.SessionStore}) starts with it.
 */
@ApplicationScoped
public class FormSession {
    private final PersistentLoginManager manager;
    @jakarta.inject.Inject
    kr.drregistry.identity.session.SessionStore sessions;

    FormSession(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") String key,
                @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookieName,
                @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
                @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval") Duration newCookieInterval,
                @ConfigProperty(name = "quarkus.http.auth.form.http-only-cookie") boolean httpOnly,
                @ConfigProperty(name = "quarkus.http.auth.form.cookie-same-site") String sameSite) {
        manager = new PersistentLoginManager(key, cookieName, timeout.toMillis(), newCookieInterval.toMillis(), httpOnly,
                sameSite.toUpperCase(java.util.Locale.ROOT), "/", -1L, null);
    }

    /** Sets the session cookie for the local account {@code username} on the response of {@code context}. */
    public void start(String username, RoutingContext context) {
        sessions.start(username, "oidc", context);
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)).build();
        manager.save(identity, context, null, context.request().isSSL());
    }
}
