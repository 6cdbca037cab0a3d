package kr.drregistry.identity.sso;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.oidc.IdToken;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The end of the OpenID Connect authorization-code flow. {@code /oidc/*} is protected by the {@code code}
 * mechanism (application.properties), so this page only runs once quarkus-oidc has verified the provider's ID
 * token. It maps the claims to a local account, drops the short-lived OIDC session and starts the ordinary
 * {@code drr-session} of a form sign-in. The page then moves on to "/" by itself: a same-site navigation, so the
 * SameSite=Strict session cookie goes along (a redirect chain that started at the provider would not carry it).
 */
@Path("/oidc")
@Produces(MediaType.TEXT_HTML)
public class SsoPages {
    @Inject
    @IdToken
    JsonWebToken idToken;
    @Inject
    OidcSession oidcSession;
    @Inject
    RoutingContext routing;
    @Inject
    SsoSettings settings;
    @Inject
    SsoProvisioning provisioning;
    @Inject
    FormSession formSession;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signedIn(SsoProvisioning.Outcome outcome);

        static native TemplateInstance refused(String reason, String claimedOrganisation);
    }

    @GET
    @Path("login")
    public Response login() {
        Map<String, Object> claims = claims(idToken);
        String organisation = SsoClaims.organisation(SsoClaims.at(claims, settings.organisationClaim()));
        SsoProvisioning.SsoIdentity identity = new SsoProvisioning.SsoIdentity(idToken.getIssuer(), idToken.getSubject(),
                string(claims.get("preferred_username")), string(claims.get("name")), string(claims.get("email")),
                organisation, SsoClaims.values(SsoClaims.at(claims, settings.rolesClaim())));
        SsoProvisioning.Outcome outcome = provisioning.signIn(identity);
        // the provider's tokens are not needed any more: the local session takes over (or nobody is signed in)
        oidcSession.logout().await().indefinitely();
        if (!outcome.signedIn()) {
            String claimed = organisation != null ? organisation : string(SsoClaims.at(claims, settings.organisationClaim()));
            return Response.status(403).entity(Templates.refused(outcome.refusal(), claimed)).header("Cache-Control", "no-store").build();
        }
        formSession.start(outcome.username(), routing);
        return Response.ok(Templates.signedIn(outcome)).header("Cache-Control", "no-store").build();
    }

    private static String string(Object o) {
        return o instanceof String s ? s : null;
    }

    private static Map<String, Object> claims(JsonWebToken token) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String name : token.getClaimNames()) {
            out.put(name, plain(token.getClaim(name)));
        }
        return out;
    }

    /** JSON-P values as String, List and Map, the shapes {@link SsoClaims} reads. */
    static Object plain(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        if (value instanceof JsonArray a) {
            List<Object> list = new ArrayList<>();
            a.forEach(v -> list.add(plain(v)));
            return list;
        }
        if (value instanceof JsonObject o) {
            Map<String, Object> map = new LinkedHashMap<>();
            o.forEach((k, v) -> map.put(k, plain(v)));
            return map;
        }
        if (value instanceof JsonValue v) {
            return v.toString();
        }
        if (value instanceof java.util.Collection<?> c) {
            List<Object> list = new ArrayList<>();
            c.forEach(v -> list.add(plain(v)));
            return list;
        }
        return value;
    }
}
