package kr.drregistry.identity;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    @GET
    @Path("/me")
    @Operation(summary = "The authenticated caller, its organisation and roles")
    public Actor me() {
        return current.get();
    }

    @GET
    @Path("/organisations")
    @Operation(summary = "Organisations the caller may see: its own (operators) or all (regulator)")
    public List<OrganisationView> list() {
        return organisations.list();
    }

    @GET
    @Path("/organisations/{slug}")
    @Operation(summary = "One organisation with its designation fields; 404 when outside the caller's scope")
    public OrganisationView get(@PathParam("slug") String slug) {
        return organisations.get(slug);
    }

    @PUT
    @Path("/organisations/{slug}/designation")
    @Operation(summary = "Update the designation fields (daily users, traffic share, floor area, power, revenue)")
    public OrganisationView updateDesignation(@PathParam("slug") String slug, @Valid DesignationUpdate update) {
        return organisations.updateDesignation(slug, update);
    }
}
