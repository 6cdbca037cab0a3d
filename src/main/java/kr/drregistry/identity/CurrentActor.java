package kr.drregistry.identity;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.platform.ProblemException;

/** The actor of the current request, resolved once from the security identity. */
@RequestScoped
public class CurrentActor {
    @Inject
    SecurityIdentity identity;

    private Actor actor;

    /** The actor; 401 when the request is anonymous. */
    @Transactional
    public Actor get() {
        if (actor == null) {
            if (identity.isAnonymous()) {
                throw new ProblemException(401, "unauthenticated", "로그인이 필요합니다", "Authentication required",
                        "sign in or send credentials", java.util.List.of());
            }
            AppUser user = AppUser.findByUsername(identity.getPrincipal().getName());
            if (user == null || !user.active) {
                throw new ProblemException(401, "unauthenticated", "로그인이 필요합니다", "Authentication required",
                        "the account is unknown or disabled", java.util.List.of());
            }
            Organisation org = user.organisation;
            actor = new Actor(user.id, user.username, user.displayName, org.id, org.slug, org.kind, user.roleSet());
        }
        return actor;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }
}
