package kr.drregistry.incident;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.incident.IncidentViews.IncidentSummary;
import kr.drregistry.incident.IncidentViews.IncidentView;
import kr.drregistry.incident.IncidentViews.NewIncident;
import kr.drregistry.incident.IncidentViews.NewTimelineEntry;
import kr.drregistry.incident.IncidentViews.RegulatorMove;
import kr.drregistry.incident.IncidentViews.SubmissionView;
import kr.drregistry.incident.IncidentViews.TimelineView;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.identity.Roles;
import kr.drregistry.incident.model.IncidentJson;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.RequestBodies;

/**
 * Post-incident reports for operators' incident tools (API token with the same scopes as filings: read, submit) and
 * for the regulator. An incident is a filing of type INCIDENT: its versions are also served by
 * {@code /api/v1/filings/{id}/versions/{n}}.
 */
@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "incidents", description = "Staged post-incident reports with policy deadlines, checked against the filed topology")
public class IncidentResource {
    private static final String REPORT_EXAMPLE = """
            {"summary": "판교 데이터센터 화재로 메신저 중단", "occurredAt": "2026-10-15T15:33:00+09:00",
             "detectedAt": "2026-10-15T15:40:00+09:00", "classifiedAt": "2026-10-15T16:00:00+09:00",
             "affectedServices": [{"id": "talk", "dataLossMinutes": 0}], "affectedSites": ["pangyo"],
             "usersAffected": 47000000, "regions": ["KR"], "cause": {"category": "fire", "description": "UPS 배터리실 화재"},
             "continuityPlanActivated": true,
             "userNotice": {"fact": "메신저 접속 장애", "cause": "데이터센터 화재", "response": "안산 센터로 전환 중",
                            "contact": "고객센터 1577-0000", "sentAt": "2026-10-15T17:00:00+09:00", "channel": "공지사항·SNS"},
             "actions": [{"at": "2026-10-15T16:10:00+09:00", "description": "재해 복구 계획 발동"}]}""";

    @Inject
    IncidentService incidents;

    @ApiAccess(token = Scope.SUBMIT, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Open an incident for the caller's organisation under the active incident policy",
            description = "detectedAt is required: the first stage's deadline counts from it. The draft starts with the times given.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "fire", value = "{\"title\": \"판교 데이터센터 화재\", "
            + "\"occurredAt\": \"2026-10-15T15:33:00+09:00\", \"detectedAt\": \"2026-10-15T15:40:00+09:00\"}")))
    @APIResponse(responseCode = "201", description = "Created; ETag is the draft version for If-Match")
    public Response create(NewIncident body) {
        IncidentView v = incidents.create(body);
        return Response.created(URI.create("/api/v1/incidents/" + v.id())).tag(etag(v)).entity(v).build();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Operation(summary = "Incidents the caller may see, newest first, with each stage's due time and an overdue flag",
            description = "Operators see their own (also unsubmitted ones); regulators every incident with a submitted stage.")
    public List<IncidentSummary> list(@Parameter(description = "only incidents the regulator has not closed")
                                      @QueryParam("open") @DefaultValue("false") boolean open) {
        return incidents.list(open);
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/{id}")
    @Operation(summary = "An incident: stages with due times, submissions (late or on time), decisions, the report, "
            + "findings and timeline; ETag is the draft version")
    public Response get(@PathParam("id") UUID id) {
        IncidentView v = incidents.get(id);
        Response.ResponseBuilder r = Response.ok(v);
        if (v.draft() != null) {
            r.tag(etag(v));
        }
        return r.build();
    }

    @ApiAccess(token = Scope.SUBMIT, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @PUT
    @Path("/{id}/draft")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "report", value = REPORT_EXAMPLE)))
    @Operation(summary = "Replace the report draft (incident/v1 JSON)",
            description = "Requires If-Match with the ETag (412 when stale, 428 when absent). Unknown fields, wrong types "
                    + "and affected services or sites that the organisation's latest submitted topology does not have are "
                    + "refused whole (422 with JSON Pointers); the stored draft is unchanged.")
    public Response saveDraft(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                              InputStream body) {
        byte[] bytes = RequestBodies.readLimited(body, IncidentJson.MAX_BYTES, contentLength,
                () -> new ProblemException(413, "too-large", "문서가 너무 큽니다", "Document too large",
                        "an incident report is at most " + IncidentJson.MAX_BYTES + " bytes", List.of())
                        .withText(m -> m.too_large_incident(kr.drregistry.web.Sizes.human(IncidentJson.MAX_BYTES))));
        IncidentView v = incidents.saveDraft(id, bytes, contentType, parseEtag(ifMatch));
        return Response.ok(v).tag(etag(v)).build();
    }

    @ApiAccess(token = Scope.SUBMIT, people = Roles.OPERATOR_OFFICER)
    @POST
    @Path("/{id}/stages/{stage}/submit")
    @Operation(summary = "Submit the draft as a stage (initial, intermediate, final — as the incident's policy defines)",
            description = "Officer or token with the submit scope. One immutable version: report, timeline so far, INC "
                    + "findings (INC-001 recovery beyond the filed RTO, INC-002 data loss beyond the RPO, INC-003 no complete "
                    + "user notice) and the policy. Recorded with the stage's due time and whether it is late. Stages go in "
                    + "order (409 otherwise); a missing required field is 422 with its JSON Pointer.")
    @APIResponse(responseCode = "201", description = "The submission")
    public Response submit(@PathParam("id") UUID id, @PathParam("stage") String stage) {
        SubmissionView v = incidents.submitStage(id, stage);
        return Response.created(URI.create("/api/v1/filings/" + id + "/versions/" + v.version())).entity(v).build();
    }

    @ApiAccess(token = Scope.SUBMIT, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @POST
    @Path("/{id}/timeline")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "entry",
            value = "{\"at\": \"2026-10-15T16:10:00+09:00\", \"text\": \"안산 센터로 전환 시작\"}")))
    @Operation(summary = "Append a timeline entry (entries never change; each stage freezes the timeline so far)")
    @APIResponse(responseCode = "201", description = "The entry")
    public Response timeline(@PathParam("id") UUID id, NewTimelineEntry body) {
        if (body == null) {
            throw ProblemException.invalid("a JSON body {at, text} is required", List.of());
        }
        TimelineView v = incidents.appendTimeline(id, body.at(), body.text());
        return Response.status(201).entity(v).build();
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_REVIEWER)
    @POST
    @Path("/{id}/acknowledge")
    @Operation(summary = "Regulator: acknowledge the latest submission (regulator reviewer)")
    public IncidentView acknowledge(@PathParam("id") UUID id) {
        return incidents.acknowledge(id);
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_REVIEWER)
    @POST
    @Path("/{id}/request-information")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequestBody(content = @Content(examples = @ExampleObject(name = "request",
            value = "{\"reason\": \"서비스별 복구 시각과 이용자 고지 내용을 보완하십시오\", \"dueDate\": \"2026-11-30\"}")))
    @Operation(summary = "Regulator: request information by a due date; the operator answers by submitting a stage again")
    public IncidentView requestInformation(@PathParam("id") UUID id, RegulatorMove body) {
        return incidents.requestInformation(id, body == null ? null : body.reason(), body == null ? null : body.dueDate());
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_REVIEWER)
    @POST
    @Path("/{id}/close")
    @Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @Operation(summary = "Regulator: close the incident (nothing more is submitted to it)")
    public IncidentView close(@PathParam("id") UUID id, RegulatorMove body) {
        return incidents.close(id, body == null ? null : body.reason());
    }

    private static EntityTag etag(IncidentView v) {
        return new EntityTag("d" + (v.draft() == null ? 0 : v.draft().version()));
    }

    /** {@code "d3"} or {@code W/"d3"} → 3; null when absent; a malformed tag never matches. */
    static Long parseEtag(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String t = ifMatch.trim();
        if (t.startsWith("W/")) {
            t = t.substring(2);
        }
        t = t.replace("\"", "");
        try {
            return t.startsWith("d") ? Long.parseLong(t.substring(1)) : -1L;
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
