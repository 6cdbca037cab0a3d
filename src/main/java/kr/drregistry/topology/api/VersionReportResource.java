package kr.drregistry.topology.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;


import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

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
import jakarta.ws.rs.core.StreamingOutput;
import kr.drregistry.platform.ChunkedBytes;
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
            // the stored report is copied out of the database in the request's transaction, then expanded to the
            // full report while it is sent
            ChunkedBytes stored = filings.readReport(id, n, VersionReportResource::copy);
            if (stored == null) {
                return Response.noContent().build();
            }
            StreamingOutput full = out -> {
                try (InputStream in = stored.open()) {
                    StoredReport.expand(json, in, out);
                } finally {
                    stored.discard();
                }
            };
            return Response.ok(full, MediaType.APPLICATION_JSON).build();
        }
        CompactReport compact = filings.readReport(id, n, in -> read(in, query));
        return compact == null ? Response.noContent().build() : Response.ok(compact, MediaType.APPLICATION_JSON).build();
    }

    private static ChunkedBytes copy(InputStream in) {
        ChunkedBytes bytes = new ChunkedBytes();
        try {
            in.transferTo(bytes);
        } catch (IOException e) {
            bytes.discard();
            throw new UncheckedIOException("the stored report does not read", e);
        }
        return bytes;
    }

    /** The compact view of a stored report read as a stream: one finding at a time, only the page kept. */
    private CompactReport read(InputStream in, ReportQuery query) {
        CompactReport.Reader reader = new CompactReport.Reader(query);
        StoredReport.Parts parts = StoredReport.stream(json, in, reader::add);
        return reader.finish(parts.policy(), parts.summary(), parts.scenarios(), parts.facilities());
    }
}
