package kr.drregistry.web;

import java.net.URI;
import java.util.Locale;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpMethod;
import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The browser's word on where an unsafe page request comes from, checked before anything else runs (authentication
 * and the sign-in form included): a POST, PUT, PATCH or DELETE outside {@code /api/} is refused with 403 when
 * {@code Sec-Fetch-Site} says cross-site, or when its {@code Origin} (else its {@code Referer}) is not this site.
 * "This site" is the scheme, host and port the request came to, as Quarkus sees them (with a trusted proxy's
 * forwarding headers applied, docs/operations.md "Behind a proxy"), or the public base URL {@code DRR_BASE_URL}. An
 * {@code Origin: null} (sandboxed frames, some redirects) is refused. A request naming neither (scripts, very old
 * browsers) is let through: for pages the session-bound CSRF token ({@link CsrfGuard}) is still required, and the
 * sign-in form of such a client is not a browser being misused. For the sign-in form this is the login CSRF defence:
 * a foreign page cannot sign a victim into an account of the attacker's choosing.
 */
@ApplicationScoped
public class SameOriginGuard {
    private final String baseOrigin;

    SameOriginGuard(@ConfigProperty(name = "drr.base-url") String baseUrl) {
        this.baseOrigin = origin(baseUrl);
    }

    /** Ahead of every other route, the authentication that handles the sign-in form included. */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE + 1).handler(this::check);
    }

    void check(RoutingContext rc) {
        HttpMethod method = rc.request().method();
        String path = rc.normalizedPath();
        if (CsrfGuard.isSafe(method.name()) || path.startsWith("/api/")) {
            rc.next();
            return;
        }
        String site = rc.request().getHeader("Sec-Fetch-Site");
        String origin = rc.request().getHeader("Origin");
        String referer = rc.request().getHeader("Referer");
        String claimed = origin != null ? origin : referer;
        boolean foreign = "cross-site".equalsIgnoreCase(site)
                || claimed != null && !isThisSite(origin(claimed), rc.request().scheme(), rc.request().authority());
        if (foreign) {
            boolean signIn = path.endsWith("/j_security_check");
            rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                    .end(signIn ? "로그인 양식은 이 사이트에서만 보낼 수 있습니다. / The sign-in form can only be sent from this site."
                            : "다른 사이트에서 보낸 요청은 처리하지 않습니다. / Requests sent from another site are refused.");
            return;
        }
        rc.next();
    }

    boolean isThisSite(String claimedOrigin, String scheme, HostAndPort authority) {
        if (claimedOrigin == null) {
            return false;
        }
        if (claimedOrigin.equals(baseOrigin)) {
            return true;
        }
        if (authority == null || scheme == null) {
            return false;
        }
        String host = authority.host().contains(":") && !authority.host().startsWith("[") ? "[" + authority.host() + "]" : authority.host();
        return claimedOrigin.equals(origin(scheme + "://" + host + (authority.port() > 0 ? ":" + authority.port() : "")));
    }

    /** scheme://host:port in lower case with the default port made explicit; null when not an http(s) URL. */
    static String origin(String url) {
        if (url == null || "null".equals(url)) {
            return null;
        }
        try {
            URI u = URI.create(url.trim());
            String scheme = u.getScheme() == null ? null : u.getScheme().toLowerCase(Locale.ROOT);
            if (u.getHost() == null || !("http".equals(scheme) || "https".equals(scheme))) {
                return null;
            }
            int port = u.getPort() > 0 ? u.getPort() : "https".equals(scheme) ? 443 : 80;
            return scheme + "://" + u.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
