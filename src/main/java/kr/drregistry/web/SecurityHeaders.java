package kr.drregistry.web;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The security headers of every response of the portal's port (README "Security"). Pages run under a strict
 * Content Security Policy: scripts and styles only from this site's files (no inline script, no inline event
 * handler, no eval; every script lives in {@code /static/} or a webjar), no framing by anyone, forms posting only
 * here. Swagger UI ({@code /q/swagger-ui}) gets the same policy except for inline styles, which its React components
 * set; its start script is {@code /static/swagger-init.js} instead of the inline one the library ships
 * ({@link #swaggerPage}). HSTS goes out only on HTTPS (directly, or as a trusted proxy says with X-Forwarded-Proto).
 */
@ApplicationScoped
public class SecurityHeaders {
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
    static final String SWAGGER = "/q/swagger-ui";

    private final String hsts;

    SecurityHeaders(@ConfigProperty(name = "drr.http.hsts") String hsts) {
        this.hsts = hsts;
    }

    /** First of all routes, so that every answer carries the headers (refusals and redirects of the security layer too). */
    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::add);
        for (String path : new String[] {SWAGGER, SWAGGER + "/", SWAGGER + "/index.html"}) {
            router.get(path).order(Integer.MIN_VALUE + 2).handler(SecurityHeaders::swaggerPage);
        }
    }

    void add(RoutingContext rc) {
        boolean https = rc.request().isSSL();
        boolean swagger = rc.normalizedPath().startsWith(SWAGGER);
        rc.addHeadersEndHandler(v -> {
            MultiMap h = rc.response().headers();
            h.set("Content-Security-Policy", swagger ? SWAGGER_CSP : CSP);
            h.set("X-Content-Type-Options", "nosniff");
            h.set("X-Frame-Options", "DENY");
            h.set("Referrer-Policy", "same-origin");
            h.set("Permissions-Policy", PERMISSIONS);
            h.set("Cross-Origin-Opener-Policy", "same-origin");
            if (https && !hsts.isBlank()) {
                h.set("Strict-Transport-Security", hsts);
            }
        });
        rc.next();
    }

    /**
     * Swagger UI's page without inline script: the library's files from Quarkus' {@code /q/swagger-ui/}, started by
     * {@code /static/swagger-init.js}.
     */
    static void swaggerPage(RoutingContext rc) {
        rc.response().putHeader("Content-Type", "text/html; charset=UTF-8").putHeader("Cache-Control", "no-cache").end("""
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="UTF-8">
                  <title>DR Registry API</title>
                  <link rel="stylesheet" href="/q/swagger-ui/swagger-ui.css">
                  <link rel="icon" href="/q/swagger-ui/favicon.ico">
                </head>
                <body>
                  <div id="swagger-ui" data-openapi="/q/openapi"></div>
                  <script src="/q/swagger-ui/swagger-ui-bundle.js"></script>
                  <script src="/q/swagger-ui/swagger-ui-standalone-preset.js"></script>
                  <script src="/static/swagger-init.js"></script>
                </body>
                </html>
                """);
    }
}
