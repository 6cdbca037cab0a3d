package kr.drregistry.identity.login;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.identity.session.SessionStore;
import kr.drregistry.platform.ClientAddress;

/**
 * User name and password (the sign-in form, HTTP Basic on the API) against local accounts, through
 * {@link PasswordSignIn}, which throttles guessing. Ahead of the security-jpa provider (higher priority); it always
 * answers, so that provider is never asked and the throttle cannot be bypassed. A right password on the sign-in form
 * starts a server-side session ({@link SessionStore}); on the API it authenticates that one request. A throttled try
 * leaves the seconds to wait in the routing context ({@link #RETRY_AFTER}) for the API's 429.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    /** Routing-context key: seconds until a throttled client may try again. */
    public static final String RETRY_AFTER = "drr.retry-after";

    @Inject
    PasswordSignIn signIn;
    @Inject
    SessionStore sessions;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    /** Above the default (1001) that the security-jpa provider keeps: asked first. */
    @Override
    public int priority() {
        return 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
        RoutingContext rc = HttpSecurityUtils.getRoutingContextAttribute(request);
        boolean form = rc != null && rc.normalizedPath().endsWith("/j_security_check");
        return context.runBlocking(() -> {
            PasswordSignIn.Outcome o = signIn.check(request.getUsername(), new String(request.getPassword().getPassword()),
                    ClientAddress.of(rc), form ? "form" : "basic");
            if (!o.ok()) {
                if (o.throttled() && rc != null) {
                    rc.put(RETRY_AFTER, Math.max(1, (o.retryAfter().toMillis() + 999) / 1000));
                }
                throw new AuthenticationFailedException(o.throttled() ? "too many failed sign-ins, try later" : "wrong user name or password");
            }
            if (form) {
                sessions.start(o.username(), "password", rc);
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(o.username())).addRoles(o.roles())
                    .addCredential(request.getPassword()).build();
        });
    }
}
