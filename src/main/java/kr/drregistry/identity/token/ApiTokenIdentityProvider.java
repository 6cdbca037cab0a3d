package kr.drregistry.identity.token;

import java.util.Set;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.ActorAugmentor;

/**
 * Turns a presented API token into an identity acting for its organisation, with its scopes as roles. A token that
 * is unknown, expired or revoked is refused and audited ({@code token.auth-failed}, at most so many a minute one by
 * one and then counted: {@link kr.drregistry.identity.AuthAudit}).
 */
@ApplicationScoped
public class ApiTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    @Inject
    TokenService tokens;
    @Inject
    kr.drregistry.identity.AuthAudit authAudit;

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        if (request.getToken().getClass() != io.quarkus.security.credential.TokenCredential.class) {
            // not ours: an OIDC ID or access token (IdTokenCredential, AccessTokenCredential) is left to quarkus-oidc
            return Uni.createFrom().nullItem();
        }
        String secret = request.getToken().getToken();
        TokenService.Grant recent = tokens.recentlyVerified(secret);
        if (recent != null) {
            return Uni.createFrom().item(identity(recent));
        }
        return context.runBlocking(() -> {
            TokenService.Grant t = tokens.authenticate(secret);
            if (t == null) {
                String source = kr.drregistry.platform.ClientAddress.of(
                        io.quarkus.vertx.http.runtime.security.HttpSecurityUtils.getRoutingContextAttribute(request));
                String shown = secret == null ? "" : secret.length() > 12 ? secret.substring(0, 12) + "…" : secret;
                authAudit.failure("token", source, "anonymous", null, "token.auth-failed", "api-token", shown.replaceAll("[^A-Za-z0-9_…-]", "?"),
                        "unknown, expired or revoked API token from " + source);
                throw new AuthenticationFailedException("unknown, expired or revoked API token");
            }
            return identity(t);
        });
    }

    private static SecurityIdentity identity(TokenService.Grant t) {
        Set<String> roles = t.scopes().stream().map(s -> "scope:" + s).collect(java.util.stream.Collectors.toSet());
        Actor actor = new Actor(null, "token:" + t.name(), t.name(), t.organisationId(), t.organisationSlug(),
                t.organisationKind(), roles);
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal("token:" + t.prefix()))
                .addRoles(roles).addAttribute(ActorAugmentor.ATTRIBUTE, actor).build();
    }
}
