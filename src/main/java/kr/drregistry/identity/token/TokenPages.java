package kr.drregistry.identity.token;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;

/** The portal page where an organisation creates (secret shown once), lists and revokes its API tokens. */
@Path("/portal/tokens")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
public class TokenPages {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    TokenService tokens;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(List<TokenService.TokenView> tokens, TokenService.CreatedToken created,
                                              List<ProblemException.FieldError> errors);
    }

    @GET
    public TemplateInstance page() {
        return Templates.tokens(tokens.list(), null, List.of());
    }

    /** Creates a token and shows its secret on this response only (it is never stored or shown again). */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String name, @RestForm("scope") List<String> scopes, @RestForm String expires) {
        try {
            Instant expiry = expires == null || expires.isBlank() ? null
                    : LocalDate.parse(expires).plusDays(1).atStartOfDay(SEOUL).toInstant();
            Set<String> chosen = scopes == null ? Set.of() : new HashSet<>(scopes);
            TokenService.CreatedToken created = tokens.create(name, chosen, expiry);
            return Response.ok(Templates.tokens(tokens.list(), created, List.of()))
                    .header("Cache-Control", "no-store").build();
        } catch (ProblemException e) {
            return Response.status(e.status()).entity(Templates.tokens(tokens.list(), null,
                    e.errors().isEmpty() ? List.of(ProblemException.FieldError.of("", e.detail("en"), e.detail("ko"))) : e.errors())).build();
        } catch (java.time.format.DateTimeParseException e) {
            return Response.status(400).entity(Templates.tokens(tokens.list(), null,
                    List.of(ProblemException.FieldError.of("/expiresAt", "the expiry is not a date", "만료일이 날짜가 아닙니다")))).build();
        }
    }

    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revoke(@PathParam("id") UUID id) {
        tokens.revoke(id);
        return Response.seeOther(URI.create("/portal/tokens")).build();
    }
}
