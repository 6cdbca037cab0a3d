package kr.drregistry.filing;

import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.Page;
import kr.drregistry.filing.FilingViews.VersionView;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.identity.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The REST submission API for operators' systems (API token or Basic) and regulators. Ids are UUIDs; a filing
 * outside the caller's scope is a 404.
 */
@Path("/api/v1/filings")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "filings", description = "Drafts, immutable submitted versions, review states")
public class FilingResource {
    @Inject
    FilingService filings;
    /** One limit for every filing type's draft: the topology's, the largest document filed. */
    @ConfigProperty(name = "drr.topology.max-body-bytes")
    long maxBodyBytes;
    @Inject
    AttachmentService attachments;
    @Inject
    kr.drregistry.platform.ExpensiveWork work;

    /** Body of POST /api/v1/filings. */
    public record NewFiling(FilingType type, Integer planYear, String title) {
    }

    /** Body of POST /api/v1/filings/{id}/review. {@code version}: the version the move decides on (the latest). */
    public record ReviewMove(Move move, Integer version, String reason, LocalDate dueDate) {
    }

    @ApiAccess(token = Scope.SUBMIT, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a filing (draft) for the caller's organisation")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "topology",
            value = "{\"type\": \"TOPOLOGY\", \"planYear\": 2027, \"title\": \"2027 DR 구성\"}")))
    @APIResponse(responseCode = "201", description = "Created; ETag is the draft version for If-Match")
    public Response create(NewFiling body) {
        if (body == null) {
            throw ProblemException.invalid("a JSON body {type, planYear, title} is required", List.of());
        }
        FilingView f = filings.create(body.type(), body.planYear(), body.title());
        return Response.created(URI.create("/api/v1/filings/" + f.id())).tag(etagValue(f)).entity(f).build();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Operation(summary = "Filings the caller may see, newest first, paginated (page from 0, size up to 200)")
    public Page<FilingView> list(@QueryParam("type") FilingType type, @QueryParam("status") FilingStatus status,
                                 @QueryParam("year") Integer year, @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                 @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return filings.list(type, status, year, page, size);
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/{id}")
    @Operation(summary = "A filing with its draft state, versions and decisions; ETag is the draft version")
    public Response get(@PathParam("id") UUID id) {
        FilingView f = filings.get(id);
        return Response.ok(f).tag(etagValue(f)).build();
    }

    @ApiAccess(token = Scope.SUBMIT, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @PUT
    @Path("/{id}/draft")
    @Consumes({"application/json", "application/yaml", "application/x-yaml", "text/yaml", "*/*"})
    @RequestBody(content = @Content(mediaType = "application/yaml", examples = @ExampleObject(name = "topology",
            value = "format: drr/v1\noperator: example-talk\nasOf: 2026-11-01\nsites:\n  - {id: pangyo, name: Pangyo, kind: colocation}\n"
                    + "services:\n  - {id: talk, name: Talk, tier: 1, dailyUsers: 47000000, entrypoints: [talk-api]}\n"
                    + "components:\n  - {id: talk-api, kind: app, placements: [{site: pangyo, role: active}]}\n")))
    @Operation(summary = "Replace the draft (drr/v1 as JSON or YAML for topology; JSON for plans and incidents)",
            description = "Requires If-Match with the filing's ETag: a stale ETag is 412, none is 428. A malformed "
                    + "document is refused whole (400/422 with JSON Pointers) and the stored draft is unchanged.")
    public Response saveDraft(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                              @Parameter(description = "ETag from GET, e.g. \"d3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                              InputStream body) {
        FilingView f = work.run(() -> filings.saveDraft(id,
                kr.drregistry.platform.RequestBodies.readLimited(body, maxBodyBytes, contentLength), contentType,
                parseEtag(ifMatch)));
        return Response.ok(f).tag(etagValue(f)).build();
    }

    @ApiAccess(token = Scope.SUBMIT, people = Roles.OPERATOR_OFFICER)
    @POST
    @Path("/{id}/submit")
    @Operation(summary = "Submit the draft as a new immutable version (officer or token with the submit scope)",
            description = "One transaction: canonical JSON, SHA-256, validation report and policy version are frozen "
                    + "together. A repeated Idempotency-Key returns the version the first request created.")
    @APIResponse(responseCode = "201", description = "The version (also for a repeated Idempotency-Key)")
    public Response submit(@PathParam("id") UUID id, @HeaderParam("Idempotency-Key") String key) {
        VersionView v = work.run(() -> filings.submit(id, key));
        return Response.created(URI.create("/api/v1/filings/" + id + "/versions/" + v.number())).entity(v).build();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/{id}/versions/{n}")
    @Produces({MediaType.APPLICATION_JSON, "application/yaml"})
    @Operation(summary = "A submitted version's content: canonical JSON, or YAML with Accept: application/yaml")
    public Response version(@PathParam("id") UUID id, @PathParam("n") int n, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        boolean yaml = accept != null && accept.contains("yaml") && !accept.contains("json");
        FilingService.Rendered v = filings.content(id, n, yaml);
        return Response.ok(v.body(), yaml ? "application/yaml" : MediaType.APPLICATION_JSON)
                .header("X-Content-SHA256", v.sha256()).build();
    }

    @ApiAccess(token = Scope.DENIED, people = Roles.REGULATOR_REVIEWER)
    @POST
    @Path("/{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A reviewer's move on a version: START_REVIEW, REQUEST_CHANGES (reason, dueDate), ACCEPT, REJECT (reason)",
            description = "The move names the version it decides on: body field version, or If-Match: \"v<n>\" (one of "
                    + "them is required; if both are sent they must agree). It must be the filing's latest version: when a "
                    + "newer version was submitted since, the answer is 409 urn:drr:problem:stale-version and nothing changes.")
    @RequestBody(content = @Content(examples = {
            @ExampleObject(name = "start", value = "{\"move\": \"START_REVIEW\", \"version\": 1}"),
            @ExampleObject(name = "request-changes", value = "{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"배포 도구와 관리 콘솔을 두 사이트에 두십시오\", \"dueDate\": \"2027-03-31\"}"),
            @ExampleObject(name = "accept", value = "{\"move\": \"ACCEPT\", \"version\": 2}")}))
    @APIResponse(responseCode = "200", description = "The filing after the move")
    @APIResponse(responseCode = "400", description = "No move, no version, or a version that was never submitted")
    @APIResponse(responseCode = "409", description = "A newer version arrived (stale-version), or the lifecycle does not allow the move")
    public FilingView review(@PathParam("id") UUID id,
                             @Parameter(description = "the version decided on, e.g. \"v2\" (instead of the body's version)")
                             @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ReviewMove body) {
        if (body == null || body.move() == null) {
            throw ProblemException.invalid("move is required", List.of());
        }
        return filings.review(id, reviewedVersion(body.version(), ifMatch), body.move(), body.reason(), body.dueDate());
    }

    /** The version a review move decides on: the body's {@code version} or If-Match {@code "v<n>"} (both: they agree). */
    static int reviewedVersion(Integer bodyVersion, String ifMatch) {
        Integer header = null;
        if (ifMatch != null && !ifMatch.isBlank()) {
            String t = ifMatch.trim();
            t = (t.startsWith("W/") ? t.substring(2) : t).replace("\"", "");
            try {
                header = t.startsWith("v") ? Integer.valueOf(t.substring(1)) : null;
            } catch (NumberFormatException e) {
                header = null;
            }
            if (header == null) {
                throw ProblemException.invalid("If-Match names a version as \"v<n>\"", List.of(FieldError.of("/If-Match",
                        "If-Match is the version decided on, e.g. \"v2\"", "If-Match에는 결정할 제출 버전을 \"v2\"처럼 적습니다")));
            }
        }
        if (bodyVersion != null && header != null && !bodyVersion.equals(header)) {
            throw ProblemException.invalid("version and If-Match disagree", List.of(FieldError.of("/version",
                    "the body says version " + bodyVersion + ", If-Match says " + header, "본문은 제출 버전 " + bodyVersion
                            + ", If-Match는 제출 버전 " + header + "입니다")));
        }
        Integer version = bodyVersion != null ? bodyVersion : header;
        if (version == null) {
            throw ProblemException.invalid("the version decided on is required", List.of(FieldError.of("/version",
                    "name the version you decide on (version, or If-Match: \"v<n>\"), so that a version submitted meanwhile is never decided unread",
                    "결정할 제출 버전 번호(version 또는 If-Match: \"v<n>\")가 필요합니다. 그사이 들어온 제출 버전에 읽지 않고 결정하지 않도록 합니다")));
        }
        return version;
    }

    @ApiAccess(token = Scope.SUBMIT, people = {Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
    @POST
    @Path("/{id}/attachments")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Attach a document: the raw bytes as the body, its name in ?fileName=. PDF, Word/Excel/"
            + "PowerPoint/HWP, PNG/JPEG/GIF; the type is detected from the content, whatever the Content-Type or name "
            + "says; size limit drr.attachments.max-bytes (20 MB)")
    public Response attach(@PathParam("id") UUID id, @QueryParam("fileName") String fileName,
                           @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_LENGTH) Long contentLength,
                           InputStream body) {
        byte[] bytes = kr.drregistry.platform.RequestBodies.readLimited(body, attachments.maxBytes(), contentLength,
                attachments::tooLarge);
        return Response.status(201).entity(attachments.upload(id, fileName, bytes)).build();
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/{id}/attachments")
    @Operation(summary = "The filing's attachments with their SHA-256 and the version they were submitted with")
    public List<AttachmentService.AttachmentView> attachments(@PathParam("id") UUID id) {
        return attachments.list(id);
    }

    @ApiAccess(token = Scope.READ)
    @GET
    @Path("/{id}/attachments/{attachment}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download an attachment")
    public Response download(@PathParam("id") UUID id, @PathParam("attachment") UUID attachment) {
        Attachment a = attachments.download(id, attachment);
        String encoded = java.net.URLEncoder.encode(a.fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return Response.ok(a.content, a.contentType)
                .header("Content-Disposition", "attachment; filename=\"attachment\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff").header("X-Content-SHA256", a.sha256).build();
    }

    private static jakarta.ws.rs.core.EntityTag etagValue(FilingView f) {
        return new jakarta.ws.rs.core.EntityTag("d" + f.draft().version());
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
        if (t.startsWith("d")) {
            try {
                return Long.parseLong(t.substring(1));
            } catch (NumberFormatException e) {
                return -1L;
            }
        }
        return -1L;
    }
}
