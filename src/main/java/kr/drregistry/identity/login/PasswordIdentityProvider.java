package kr.drregistry.identity.login;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * User name and password (the sign-in form, HTTP Basic on the API) against local accounts, through
 * {@link PasswordSignIn}, which throttles guessing. Ahead of the security-jpa provider (higher priority); it always
 * answers, so that provider is never asked and the throttle cannot be bypassed.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
    @Inject
    PasswordSignIn signIn;

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
        return context.runBlocking(() -> {
            PasswordSignIn.Outcome o = signIn.check(request.getUsername(), new String(request.getPassword().getPassword()));
            if (!o.ok()) {
                throw new AuthenticationFailedException(o.locked() ? "account locked after repeated failed sign-ins" : "wrong user name or password");
            }
            return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(o.username())).addRoles(o.roles())
                    .addCredential(request.getPassword()).build();
        });
    }
}
