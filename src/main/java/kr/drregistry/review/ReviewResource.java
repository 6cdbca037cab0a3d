package kr.drregistry.review;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

/** The review record of a version through the API: dispositions of findings and comments. */
@Path("/api/v1/filings/{id}/versions/{n}")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "review", description = "Finding dispositions and comments on submitted versions")
public class ReviewResource {
    @Inject
    ReviewRecords records;

    /** Body of POST …/dispositions. {@code findingKey} is {@code rule|subject kind|subject id|scenario}. */
    public record NewDisposition(String findingKey, String disposition, String justification) {
    }

    /** Body of POST …/comments. */
    public record NewComment(String anchorKind, String anchor, String body) {
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/review")
    @Operation(summary = "The version's review record: disposition in force per finding, their history, comments")
    public ReviewRecords.ReviewRecord record(@PathParam("id") UUID id, @PathParam("n") int n) {
        return records.record(id, n);
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_REVIEWER)
    @POST
    @Path("/dispositions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A reviewer disposes a finding: CONFIRMED, ACCEPTED_RISK (with justification) or FALSE_POSITIVE")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accepted-risk", value =
            "{\"findingKey\": \"GEO-001|site|ansan||\", \"disposition\": \"ACCEPTED_RISK\", \"justification\": \"2027년 2분기 제3 사이트 개설 예정\"}")))
    public Response dispose(@PathParam("id") UUID id, @PathParam("n") int n, NewDisposition body) {
        if (body == null) {
            throw ProblemException.invalid("a JSON body is required", List.of());
        }
        return Response.status(201).entity(records.dispose(id, n, body.findingKey(), body.disposition(), body.justification())).build();
    }

    @ApiAccess(token = Scope.SUBMIT, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER, Roles.REGULATOR_REVIEWER})
    @POST
    @Path("/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A comment on the version (anchorKind filing), a section (section) or a finding (finding, its key)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "on-a-finding", value =
            "{\"anchorKind\": \"finding\", \"anchor\": \"SPOF-002|service|talk|site:pangyo\", \"body\": \"배포 도구 이중화 일정을 적어 주십시오\"}")))
    public Response comment(@PathParam("id") UUID id, @PathParam("n") int n, NewComment body) {
        if (body == null) {
            throw ProblemException.invalid("a JSON body is required", List.of());
        }
        return Response.status(201).entity(records.comment(id, n, body.anchorKind(), body.anchor(), body.body())).build();
    }
}
