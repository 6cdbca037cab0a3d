package kr.drregistry.identity;

import java.util.List;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import kr.drregistry.platform.ProblemException;

/** The actor of the current request, as {@link ActorAugmentor} attached it to the security identity. */
@RequestScoped
public class CurrentActor {
    @Inject
    SecurityIdentity identity;

    /** The actor; 401 when the request is anonymous or the account is disabled. */
    public Actor get() {
        Actor actor = identity.isAnonymous() ? null : identity.getAttribute(ActorAugmentor.ATTRIBUTE);
        if (actor == null) {
            throw new ProblemException(401, "unauthenticated", "로그인이 필요합니다", "Authentication required",
                    "sign in or send credentials", List.of());
        }
        return actor;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous() && identity.getAttribute(ActorAugmentor.ATTRIBUTE) != null;
    }
}
