package kr.drregistry.topology.api;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.filing.FilingService;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;

/** The validation report frozen with a submitted version, whole or as its compact, paged, one-language view. */
@Path("/api/v1/filings/{id}/versions/{n}/findings")
@Tag(name = "filings")
public class VersionReportResource {
    @Inject
    FilingService filings;
    @Inject
    ObjectMapper json;

    @ApiAccess(token = Scope.READ)
    @GET
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The validation report frozen with the version",
            description = "By default the compact view: root causes ranked by users lost, one page of findings "
                    + "(filter by rule, severity, root; page, size) with shared chain steps, in one language. "
                    + "view=full is the report as stored (every finding and chain, both languages).")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(oneOf = {CompactReport.class, ReportView.class}),
            examples = @ExampleObject(name = "compact", value = CompactReportExample.JSON)))
    @APIResponse(responseCode = "400", description = "A query parameter with a value it cannot have", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such version the caller may see", content = @Content(mediaType = "application/problem+json"))
    public Response findings(@PathParam("id") UUID id, @PathParam("n") int n,
                             @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @BeanParam ReportParams params) {
        ReportQuery query = params.query(acceptLanguage);
        String stored = filings.report(id, n);
        if (stored == null || query.view() == ReportQuery.View.FULL) {
            return Response.ok(stored, MediaType.APPLICATION_JSON).build();
        }
        try {
            ReportView full = json.readValue(stored, ReportView.class);
            return Response.ok(CompactReport.of(full, query), MediaType.APPLICATION_JSON).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored report of " + id + " v" + n + " does not read", e);
        }
    }
}
