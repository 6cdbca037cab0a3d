package kr.drregistry.incident;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.drregistry.policy.PolicyVersion;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.identity.Roles;
import jakarta.ws.rs.core.Response;

/** Incident reporting policies as versioned data: read them; the regulator lead publishes and selects versions. */
@Path("/api/v1/incident-policies")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "incident-policy", description = "Reportable events, stages and deadlines, INC rule severities, with versions")
public class IncidentPolicyResource {
    @Inject
    IncidentPolicyService policies;

    @ApiAccess(token = Scope.READ)
    @GET
    @Operation(summary = "Every stored incident policy version, newest first; the active one applies to new incidents")
    public List<PolicyVersion> versions() {
        return policies.versions();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/active")
    @Operation(summary = "The active incident policy document")
    public Response active() {
        return Response.ok(policies.document(policies.active()), MediaType.APPLICATION_JSON).build();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/{id}/{version}")
    @Operation(summary = "A stored incident policy version")
    public Response version(@PathParam("id") String id, @PathParam("version") String version) {
        return Response.ok(policies.document(policies.get(id, version)), MediaType.APPLICATION_JSON).build();
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_LEAD)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new incident policy version (regulator lead); ?activate=true makes it apply to new incidents")
    public Response publish(@QueryParam("activate") @DefaultValue("false") boolean activate, String document) {
        return Response.status(201).entity(policies.publish(document, activate)).build();
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_LEAD)
    @POST
    @Path("/{id}/{version}/activate")
    @Operation(summary = "Select the policy new incidents are reported under (regulator lead)")
    public PolicyVersion activate(@PathParam("id") String id, @PathParam("version") String version) {
        return policies.activate(id, version);
    }
}
