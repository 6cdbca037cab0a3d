package kr.drregistry.topology.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
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

/** Re-validation of a submitted topology version through the API ({@link Revalidations}). */
@Path("/api/v1/filings/{id}/versions/{n}/revalidations")
@Tag(name = "filings")
public class RevalidationResource {
    @Inject
    Revalidations revalidations;
    @Inject
    kr.drregistry.platform.ExpensiveWork work;

    @ApiAccess(token = Scope.VALIDATE, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER, Roles.REGULATOR_REVIEWER,
            Roles.REGULATOR_LEAD})
    @POST
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Re-validate a submitted topology version under today's policy and accepted facility filings",
            description = "The report frozen with the version stays as it was; the new report is kept beside it (listed by "
                    + "GET), with the findings that appeared or are gone against the frozen report and the facility "
                    + "references that now resolve to another filing version. The organisation's editors and officers "
                    + "(a token needs the validate and read scopes) and the regulator's reviewers may do it; audited "
                    + "(version.revalidated).")
    @APIResponse(responseCode = "201", description = "The re-validation")
    @APIResponse(responseCode = "409", description = "Not a topology filing", content = @Content(mediaType = "application/problem+json"))
    public Response revalidate(@PathParam("id") UUID id, @PathParam("n") int n) {
        return Response.status(201).entity(work.run(() -> revalidations.revalidate(id, n))).build();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The re-validations of a submitted version, newest first")
    public List<Revalidations.RevalidationView> list(@PathParam("id") UUID id, @PathParam("n") int n) {
        return revalidations.list(id, n, false);
    }
}
