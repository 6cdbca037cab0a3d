package kr.drregistry.identity.token;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.platform.Problem;

/**
 * How scripts and operators' systems authenticate to {@code /api/v1}: {@code Authorization: Bearer drr_…} (an
 * organisation's API token) or HTTP Basic (a person's account). Session cookies are not accepted on the API, so a
 * page in a browser can never be made to call it on the user's behalf. Selected for {@code /api/*} by
 * {@code quarkus.http.auth.permission.api.auth-mechanism=api}.
 */
@ApplicationScoped
public class ApiAuthenticationMechanism implements HttpAuthenticationMechanism {
    public static final String SCHEME = "api";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String header = context.request().getHeader("Authorization");
        if (header == null) {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        AuthenticationRequest request;
        if (header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            request = new TokenAuthenticationRequest(new TokenCredential(header.substring(7).trim(), "bearer"));
        } else if (header.regionMatches(true, 0, "Basic ", 0, 6)) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("malformed Basic credentials"));
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return Uni.createFrom().failure(new io.quarkus.security.AuthenticationFailedException("malformed Basic credentials"));
            }
            request = new UsernamePasswordAuthenticationRequest(decoded.substring(0, colon),
                    new PasswordCredential(decoded.substring(colon + 1).toCharArray()));
        } else {
            return Uni.createFrom().optional(java.util.Optional.empty());
        }
        HttpSecurityUtils.setRoutingContextAttribute(request, context);
        return identityProviderManager.authenticate(request);
    }

    private static final String CHALLENGE = "Bearer realm=\"dr-registry\", Basic realm=\"dr-registry\"";

    @Inject
    ObjectMapper json;

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", CHALLENGE));
    }

    /**
     * The 401 for a request without credentials, as every other API error: a problem document (Korean title unless
     * the client asks for English), not an empty body.
     */
    @Override
    public Uni<Boolean> sendChallenge(RoutingContext context) {
        HttpServerResponse response = context.response();
        if (response.ended()) {
            return Uni.createFrom().item(true);
        }
        String language = context.request().getHeader("Accept-Language");
        boolean english = language != null && language.toLowerCase(java.util.Locale.ROOT).startsWith("en");
        Long retryAfter = context.get(kr.drregistry.identity.login.PasswordIdentityProvider.RETRY_AFTER);
        Problem problem = retryAfter != null
                ? new Problem(Problem.type("too-many-sign-in-attempts"), english ? "Too many failed sign-ins" : "로그인 실패가 너무 많습니다",
                        429, "too many wrong passwords from this address; the next try is checked in " + retryAfter + " s",
                        context.request().path(), java.util.List.of())
                : new Problem(Problem.type("unauthenticated"), english ? "Authentication required" : "로그인이 필요합니다",
                401, "send an API token (Authorization: Bearer drr_…) or a user name and password (Basic)",
                context.request().path(), java.util.List.of());
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            body = "";
        }
        response.setStatusCode(problem.status());
        response.headers().set("WWW-Authenticate", CHALLENGE);
        if (retryAfter != null) {
            response.headers().set("Retry-After", Long.toString(retryAfter));
        }
        response.headers().set("Content-Type", Problem.MEDIA_TYPE);
        response.end(body);
        return Uni.createFrom().item(true);
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class, UsernamePasswordAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.AUTHORIZATION, SCHEME));
    }
}
