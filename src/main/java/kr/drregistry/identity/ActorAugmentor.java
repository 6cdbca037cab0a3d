package kr.drregistry.identity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Attaches the {@link Actor} (organisation, kind, roles) to every authenticated identity once, at sign-in time
 * of each request, so that pages, error pages and services know who acts without touching the database again.
 * Disabled accounts get no actor and are treated as unauthenticated by {@link CurrentActor}. Portal sessions and API
 * tokens come with their actor already ({@link kr.drregistry.identity.session.SessionIdentityProvider},
 * {@link kr.drregistry.identity.token.ApiTokenIdentityProvider}); this is for HTTP Basic and the sign-in form.
 */
@ApplicationScoped
public class ActorAugmentor implements SecurityIdentityAugmentor {
    public static final String ATTRIBUTE = "drr.actor";

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        // an identity proven by the OIDC provider's ID token (only on /oidc/*) is not a local account yet: the
        // sign-in page maps it (kr.drregistry.identity.sso), so a same-named local user must not be attached here
        if (identity.isAnonymous() || identity.getAttribute(ATTRIBUTE) != null
                || identity.getCredential(io.quarkus.oidc.IdTokenCredential.class) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Actor actor = QuarkusTransaction.joiningExisting().call(() -> load(identity.getPrincipal().getName()));
            if (actor == null) {
                return identity;
            }
            return QuarkusSecurityIdentity.builder(identity).addAttribute(ATTRIBUTE, actor).build();
        });
    }

    /** The actor of an active local account, or null (unknown or disabled). Also used by {@link RunAs}. */
    static Actor load(String username) {
        AppUser user = AppUser.findByUsername(username);
        if (user == null || !user.active) {
            return null;
        }
        Organisation org = user.organisation;
        return new Actor(user.id, user.username, user.displayName, org.id, org.slug, org.kind, user.roleSet());
    }
}
