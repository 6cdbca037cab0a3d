package kr.drregistry.identity.sso;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

/**
 * With OIDC off, {@code /oidc/*} does not exist: answered 404 before any authentication mechanism runs (the OIDC
 * tenant is disabled then, and no request may reach the provider).
 */
@Singleton
public class SsoGate {
    void routes(@Observes Router router, SsoSettings settings) {
        if (settings.enabled()) {
            return;
        }
        router.route("/oidc/*").order(Integer.MIN_VALUE + 10).handler(ctx -> ctx.response().setStatusCode(404)
                .putHeader("Content-Type", "text/plain; charset=UTF-8").end("404 Not Found"));
    }
}
