package kr.drregistry.identity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import kr.drregistry.identity.ApiAccess.Scope;
import jakarta.ws.rs.core.MediaType;

/** Who am I, and the organisations I may see. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "identity", description = "The caller and the organisations it may see")
public class IdentityResource {
    @Inject
    CurrentActor current;
    @Inject
    OrganisationService organisations;

    @ApiAccess(token = Scope.ANY)
    @GET
    @Path("/me")
    @Operation(summary = "The authenticated caller, its organisation and roles")
    public Actor me() {
        return current.get();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/organisations")
    @Operation(summary = "Organisations the caller may see: its own (operators) or all (regulator)")
    public List<OrganisationView> list() {
        return organisations.list();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/organisations/{slug}")
    @Operation(summary = "One organisation with its designation fields; 404 when outside the caller's scope")
    public OrganisationView get(@PathParam("slug") String slug) {
        return organisations.get(slug);
    }

    @ApiAccess(token = Scope.DENIED, people = {Roles.OPERATOR_OFFICER, Roles.REGULATOR_LEAD})
    @PUT
    @Path("/organisations/{slug}/designation")
    @Operation(summary = "Change the designation figures (daily users, traffic share, floor area, power, revenue, contact) "
            + "with a reason: the organisation's officer, or the regulator lead as a correction",
            description = "The body holds every figure (a figure left out is not declared), a reason and the version read "
                    + "(409 when stale). Kept in the designation history and audited. Editors, reviewers, the admin and "
                    + "tokens get 403; an invalid body is 400 with a JSON Pointer per field.")
    public OrganisationView updateDesignation(@PathParam("slug") String slug, @Valid @NotNull DesignationUpdate update) {
        return organisations.updateDesignation(slug, update);
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/organisations/{slug}/designation/history")
    @Operation(summary = "Every change of the designation figures, newest first: before and after, who, when, why, "
            + "and whether the regulator corrected them")
    public List<DesignationChangeView> designationHistory(@PathParam("slug") String slug) {
        return organisations.history(slug);
    }
}
