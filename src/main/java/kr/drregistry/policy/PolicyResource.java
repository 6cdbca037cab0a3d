package kr.drregistry.policy;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.identity.Roles;
import kr.drregistry.rules.PolicyJson;

/** The validation policy as versioned data: read it; the regulator lead publishes new versions. */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "policy", description = "Rule severities, thresholds and legal bases, with versions")
public class PolicyResource {
    @Inject
    PolicyService policies;

    @ApiAccess(token = Scope.READ)
    @GET
    @Operation(summary = "Every stored policy version, newest first; one is active")
    public List<PolicyVersion> versions() {
        return policies.versions();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/active")
    @Operation(summary = "The active policy document (the JSON that the regulator lead edits)")
    public Response active() {
        return Response.ok(PolicyJson.write(policies.current()), MediaType.APPLICATION_JSON).build();
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_LEAD)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Publish a new policy version (regulator lead) with a change note (?note=); it becomes active and applies to new validations only. Old versions never change.")
    public Response publish(String document, @QueryParam("note") String note,
                            @QueryParam("basedOn") @org.eclipse.microprofile.openapi.annotations.parameters.Parameter(
                                    description = "the active version the document was edited from; refused with 409 policy-changed when another version was published meanwhile")
                            String basedOn) {
        var p = policies.publish(document, note, basedOn == null || basedOn.isBlank() ? null : basedOn.strip());
        return Response.status(201).entity(new PolicyVersion(p.id(), p.version(), true, null, null, note)).build();
    }
}
