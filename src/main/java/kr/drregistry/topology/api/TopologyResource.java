package kr.drregistry.topology.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.platform.ProblemException;

/**
 * Validate a drr/v1 or drr/v2 document (chosen by its {@code format:}) without storing it, and the published JSON
 * Schemas of both formats.
 */
@Path("/api/v1")
@Tag(name = "validation", description = "drr/v1 and drr/v2 validation with the loss simulation and every rule")
public class TopologyResource {
    private static final String EXAMPLE = """
            format: drr/v1
            operator: example-talk
            asOf: 2026-11-01
            sites:
              - {id: pangyo, name: Pangyo IDC, kind: colocation}
              - {id: ansan, name: Ansan, kind: own}
            services:
              - {id: talk, name: Messaging, tier: 1, dailyUsers: 47000000, rtoMinutes: 60, rpoMinutes: 5, entrypoints: [talk-api]}
            components:
              - id: talk-api
                kind: app
                placements: [{site: pangyo, role: active, capacityPct: 100}, {site: ansan, role: standby, capacityPct: 60}]
                failover: {mode: manual, minutes: 30, requires: [deploy-tool]}
              - {id: deploy-tool, kind: deployment, placements: [{site: pangyo, role: active}]}
            """;

    @Inject
    TopologyService topologies;
    @Inject
    kr.drregistry.platform.ExpensiveWork work;

    @ApiAccess(token = Scope.VALIDATE)
    @POST
    @Path("/validate")
    @Blocking
    @Consumes({"application/json", "application/yaml", "application/x-yaml", "text/yaml", "*/*"})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Validate a drr/v1 or drr/v2 filing (JSON or YAML by Content-Type) without storing it",
            description = "Runs the loss simulation over every site and shared risk group and every rule of the active "
                    + "policy; `format: drr/v2` documents get the drr/v2 loss semantics and rules, their report adds per "
                    + "scenario struckComponents, degradedServices, usersAffected and services (RPO, recovery time or "
                    + "repair estimate) and the facility references resolved against accepted filings. "
                    + "Malformed input: 400 (syntax) or 422 (structure, with a JSON Pointer per error); too large: 413.")
    @RequestBody(content = {@Content(mediaType = "application/yaml", examples = @ExampleObject(name = "kakao-trap", value = EXAMPLE))})
    @APIResponse(responseCode = "200", description = "The validation report: by default the compact view "
            + "(format drr-report-compact/1: root causes ranked by users lost, one page of findings with shared chain "
            + "steps, scenarios without per-service detail, one language); `view=summary` leaves the findings out; "
            + "`view=full` is every finding, chain and per-service outcome in both languages (the stored form)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    oneOf = {CompactReport.class, ReportView.class}),
                    examples = @ExampleObject(name = "compact", value = CompactReportExample.JSON)))
    @APIResponse(responseCode = "400", description = "A query parameter with a value it cannot have (view, lang, severity, page, size)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Not a valid drr/v1 or drr/v2 document", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "Beyond a size limit (document, YAML document, YAML line, text value); the problem names the limit", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "429", description = "The caller already runs drr.budget.concurrent-per-principal checks; see Retry-After", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "Parsing and validating took longer than drr.budget.time", content = @Content(mediaType = "application/problem+json"))
    public Object validate(@HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
                           @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
                           @BeanParam ReportParams params, InputStream body) {
        ReportQuery query = params.query(acceptLanguage);
        return work.run(() -> ReportParams.answer(ReportView.of(topologies.validate(topologies.parse(body, contentType))),
                query));
    }

    @ApiAccess(token = Scope.ANY)
    @GET
    @Path("/schema/drr-v1.json")
    @Produces("application/schema+json")
    @Operation(summary = "The JSON Schema (draft 2020-12) of the drr/v1 filing format")
    public Response schema() {
        return schemaFile("/schema/drr-v1.json");
    }

    @ApiAccess(token = Scope.ANY)
    @GET
    @Path("/schema/drr-v2.json")
    @Produces("application/schema+json")
    @Operation(summary = "The JSON Schema (draft 2020-12) of the drr/v2 filing format (a superset of drr/v1)")
    public Response schemaV2() {
        return schemaFile("/schema/drr-v2.json");
    }

    private static Response schemaFile(String resource) {
        InputStream in = TopologyResource.class.getResourceAsStream(resource);
        return Response.ok(in).header("Cache-Control", "public, max-age=3600").build();
    }
}
