package kr.drregistry.identity.token;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;

/** An organisation's API tokens (people only; a token cannot mint tokens). */
@Path("/api/v1/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "tokens", description = "API tokens for operators' systems")
public class TokenResource {
    @Inject
    TokenService tokens;

    /** Body of POST /api/v1/tokens. */
    public record NewToken(String name, Set<String> scopes, Instant expiresAt) {
    }

    @ApiAccess(token = Scope.DENIED, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @GET
    @Operation(summary = "The organisation's tokens (never their secrets)")
    public List<TokenService.TokenView> list() {
        return tokens.list();
    }

    @ApiAccess(token = Scope.DENIED, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a token; the response shows its secret once (send it as Authorization: Bearer)")
    @org.eclipse.microprofile.openapi.annotations.parameters.RequestBody(content = @org.eclipse.microprofile.openapi.annotations.media.Content(
            examples = @org.eclipse.microprofile.openapi.annotations.media.ExampleObject(name = "ci",
                    value = "{\"name\": \"cmdb-sync\", \"scopes\": [\"read\", \"validate\", \"submit\"], \"expiresAt\": \"2027-12-31T15:00:00Z\"}")))
    public Response create(NewToken body) {
        if (body == null) {
            throw ProblemException.invalid("a JSON body {name, scopes, expiresAt} is required", List.of());
        }
        return Response.status(201).entity(tokens.create(body.name(), body.scopes(), body.expiresAt())).build();
    }

    @ApiAccess(token = Scope.DENIED, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke a token at once")
    public TokenService.TokenView revoke(@PathParam("id") UUID id) {
        return tokens.revoke(id);
    }
}
