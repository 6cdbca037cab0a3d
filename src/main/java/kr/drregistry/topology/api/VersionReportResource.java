package kr.drregistry.topology.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kr.drregistry.topology.validation.ScenarioSummary;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
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

/**
 * The validation report frozen with a submitted version, whole or as its compact, paged, one-language view (read from
 * the database as a stream, so a 190 MB report never sits in memory whole).
 */
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
        if (query.view() == ReportQuery.View.FULL) {
            return Response.ok(filings.report(id, n), MediaType.APPLICATION_JSON).build();
        }
        CompactReport compact = filings.readReport(id, n, in -> read(in, query));
        return compact == null ? Response.noContent().build() : Response.ok(compact, MediaType.APPLICATION_JSON).build();
    }

    /** The compact view of a stored report read as a stream: one finding at a time, only the page kept. */
    private CompactReport read(InputStream in, ReportQuery query) {
        CompactReport.Reader reader = new CompactReport.Reader(query);
        ReportView.PolicyRef policy = null;
        Map<String, Integer> summary = Map.of();
        List<ScenarioSummary> scenarios = List.of();
        List<ReportView.FacilityView> facilities = null;
        try (JsonParser p = json.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a stored report is a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "policy" -> policy = json.readValue(p, ReportView.PolicyRef.class);
                    case "summary" -> summary = json.readValue(p, new TypeReference<LinkedHashMap<String, Integer>>() { });
                    case "findings" -> {
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            reader.add(json.readValue(p, ReportView.FindingView.class));
                        }
                    }
                    case "scenarios" -> scenarios = json.readValue(p, new TypeReference<List<ScenarioSummary>>() { });
                    case "facilities" -> facilities = json.readValue(p, new TypeReference<List<ReportView.FacilityView>>() { });
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("the stored report does not read", e);
        }
        return reader.finish(policy, summary, scenarios, facilities);
    }
}
