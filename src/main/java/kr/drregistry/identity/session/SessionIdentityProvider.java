package kr.drregistry.identity.session;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.identity.ActorAugmentor;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;

/**
 * The one place where a portal session is let in. Quarkus form authentication decrypts the {@code drr-session}
 * cookie and asks for the identity of the user it names (a {@link TrustedAuthenticationRequest}); this provider,
 * ahead of the security-jpa one, answers only when the {@code drr-sid} cookie names a live server-side session of
 * that very account ({@link SessionStore#resume}), with the actor attached, so nothing else loads the account again.
 * A session that has ended is refused and its cookies are emptied, so the browser lands on the sign-in page.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
    @Inject
    SessionStore sessions;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    /** Ahead of security-jpa's provider (which would trust the user name alone). */
    @Override
    public int priority() {
        return 3000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        Cookie cookie = rc == null ? null : rc.request().getCookie(SessionStore.COOKIE);
        if (cookie == null || cookie.getValue().isEmpty()) {
            return ended(rc);
        }
        return context.runBlocking(() -> {
            SessionStore.Resumed s = sessions.resume(cookie.getValue(), request.getPrincipal());
            if (s == null) {
                if (rc != null) {
                    sessions.clearCookies(rc);
                }
                throw new AuthenticationFailedException("the session has ended");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(s.actor().username()))
                    .addRoles(s.actor().roles()).addAttribute(ActorAugmentor.ATTRIBUTE, s.actor())
                    .addAttribute(SessionStore.ATTRIBUTE, s.key()).build();
        });
    }

    private Uni<SecurityIdentity> ended(RoutingContext rc) {
        if (rc != null) {
            sessions.clearCookies(rc);
        }
        return Uni.createFrom().failure(new AuthenticationFailedException("no server-side session"));
    }
}
