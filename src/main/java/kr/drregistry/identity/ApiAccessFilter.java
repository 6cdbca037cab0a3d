package kr.drregistry.identity;

import java.lang.reflect.Method;
import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import kr.drregistry.platform.ProblemException;

/**
 * The gate of every API route: {@link ApiAccess} on the resource method (or its class) says which token scope and
 * which people's roles may call it; everything else is refused with 403 before the method runs. A route on
 * {@code /api} that declares nothing is refused to everyone, so that forgetting to declare is never an opening.
 * Anonymous requests are left to the HTTP permissions (only the public schema is open without credentials).
 */
public class ApiAccessFilter {
    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    public void check(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || identity.isAnonymous() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        Actor actor = identity.getAttribute(ActorAugmentor.ATTRIBUTE);
        if (actor == null) {
            return; // a disabled account: CurrentActor answers 401 in the service
        }
        ApiAccess access = method.getAnnotation(ApiAccess.class);
        if (access == null) {
            access = resource.getResourceClass().getAnnotation(ApiAccess.class);
        }
        if (access == null) {
            throw refused("token-scope", m -> m.forbidden_route_closed());
        }
        if (actor.isToken()) {
            ApiAccess.Scope needed = access.token();
            if (needed == ApiAccess.Scope.DENIED) {
                throw refused("token-scope", m -> m.forbidden_token_denied());
            }
            if (needed != ApiAccess.Scope.ANY && !actor.has(Roles.SCOPE_PREFIX + needed.scopeName())) {
                String scope = needed.scopeName();
                throw refused("token-scope", m -> m.forbidden_token_scope(scope));
            }
            return;
        }
        if (access.people().length > 0 && java.util.Arrays.stream(access.people()).noneMatch(actor::has)) {
            throw refused("forbidden", m -> m.forbidden_role());
        }
    }

    private static ProblemException refused(String code, ProblemException.Text text) {
        return ProblemException.of(403, code, "권한이 없습니다", "Forbidden", text, List.of());
    }
}
