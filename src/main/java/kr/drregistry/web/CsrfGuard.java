package kr.drregistry.web;

import java.util.List;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.inject.Inject;
import kr.drregistry.platform.ProblemException;

/**
 * CSRF on every unsafe page request, whatever its body: every POST, PUT, PATCH and DELETE outside {@code /api/} must
 * carry its session's token ({@link CsrfTokens}) in the {@code X-CSRF-TOKEN} header (htmx) or the {@code csrf-token}
 * form field (forms, url-encoded or multipart), or it is refused with 403 before any resource runs. A JSON body, an
 * empty body or no Content-Type at all is no exception. The API is left out because it accepts no cookies
 * (Bearer and Basic only), so a foreign page cannot make a browser act on it. {@link SameOriginGuard} adds the
 * Origin/Referer check in front.
 */
public class CsrfGuard {
    @Inject
    CsrfTokens tokens;
    @Inject
    SecurityIdentity identity;

    @ServerRequestFilter
    @WithFormRead
    public void check(ResteasyReactiveContainerRequestContext request) {
        if (isSafe(request.getMethod()) || request.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        String session = CsrfTokens.sessionKey(identity);
        String presented = request.getHeaderString(CsrfTokens.HEADER);
        if (presented == null && isForm(request)) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext())
                    .getFormParameter(CsrfTokens.FORM_FIELD, true, false);
            presented = field instanceof String s ? s : null;
        }
        if (!tokens.matches(session, presented)) {
            throw new ProblemException(403, "csrf", "보안 토큰이 없거나 맞지 않아 요청을 처리하지 않았습니다. 페이지를 새로 고친 뒤 다시 시도하세요",
                    "The request was refused: its security token is missing or wrong. Reload the page and try again",
                    presented == null ? "no CSRF token (form field csrf-token or header X-CSRF-TOKEN)" : "the CSRF token does not belong to this session",
                    List.of()).withText(presented == null ? m -> m.csrf_missing() : m -> m.csrf_wrong());
        }
    }

    static boolean isSafe(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || "TRACE".equals(method);
    }

    private static boolean isForm(ResteasyReactiveContainerRequestContext request) {
        jakarta.ws.rs.core.MediaType type = request.getMediaType();
        return type != null && ("application".equals(type.getType()) && "x-www-form-urlencoded".equals(type.getSubtype())
                || "multipart".equals(type.getType()) && "form-data".equals(type.getSubtype()));
    }
}
