package kr.drregistry.web;

import java.net.URI;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Login CSRF: the sign-in form ({@code POST /j_security_check}, Quarkus form authentication, which takes no CSRF
 * token) is refused when the browser says it was posted from another site, so a foreign page cannot sign a victim
 * into an account of the attacker's choosing. Browsers send {@code Origin} on every cross-site POST; it must name this
 * host (the {@code Host} the request came to, as a reverse proxy passes it on). Requests without {@code Origin}
 * (scripts, old browsers) are let through: they are not a browser being misused.
 */
@ApplicationScoped
public class SignInOrigin {
    /** Ahead of every other route, the authentication that handles the form included. */
    void register(@Observes Router router) {
        router.post("/j_security_check").order(Integer.MIN_VALUE).handler(rc -> {
            String origin = rc.request().getHeader("Origin");
            if (origin != null && !sameHost(origin, rc.request().getHeader("Host"))) {
                rc.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=UTF-8")
                        .end("로그인 양식은 이 사이트에서만 보낼 수 있습니다. / The sign-in form can only be sent from this site.");
                return;
            }
            rc.next();
        });
    }

    static boolean sameHost(String origin, String host) {
        if (host == null || "null".equals(origin)) {
            return false;
        }
        try {
            String authority = URI.create(origin).getAuthority();
            return authority != null && (authority.equalsIgnoreCase(host) || stripPort(authority).equalsIgnoreCase(stripPort(host)));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripPort(String authority) {
        int colon = authority.lastIndexOf(':');
        return colon > authority.lastIndexOf(']') && colon > 0 ? authority.substring(0, colon) : authority;
    }
}
