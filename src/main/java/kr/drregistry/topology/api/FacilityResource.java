package kr.drregistry.topology.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.parse.DrrParser;

/**
 * The read-only facility API (FILING-FORMAT-V2.md §7.10): one site of another organisation's latest accepted
 * topology filing, exactly what the registry resolves a {@code facilityRef: org/site} against, so that an offline
 * validator ({@code dr-validate --registry URL}) resolves as the registry does. It serves one named site at a time —
 * a caller must already know the reference — needs the {@code facilities} scope (a token that can do nothing else),
 * and every answer, found or not, goes into the audit trail.
 */
@Path("/api/v1/facilities")
@Tag(name = "facilities", description = "Accepted facility sites for offline validators")
public class FacilityResource {
    @Inject
    FacilityDirectory directory;
    @Inject
    CurrentActor actor;

    /** The answer: {@code org/site}, the accepted filing version it comes from, and the site as filed. */
    public record FacilitySite(String reference, String filingVersion, com.fasterxml.jackson.databind.JsonNode site) {
    }

    @ApiAccess(token = Scope.FACILITIES)
    @GET
    @Path("/{organisation}/{site}")
    @Blocking
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One site of an organisation's latest accepted topology filing (what facilityRef org/site resolves to)",
            description = "The site object as filed (drr form) and the filing version it comes from (`org filing-id vN`, "
                    + "the label validation reports show). 404 when the organisation has no accepted topology filing "
                    + "or the site is not in it: the reference is then unresolved (FILING-FORMAT-V2.md §2 F4). "
                    + "Needs the `facilities` token scope; every call is audited (`facility.read`).")
    @APIResponse(responseCode = "200", description = "The filed site")
    @APIResponse(responseCode = "404", description = "No accepted filing with that site", content = @Content(mediaType = "application/problem+json"))
    public FacilitySite site(@PathParam("organisation") String organisation, @PathParam("site") String site) {
        if (!DrrParser.isId(organisation) || !DrrParser.isId(site)) {
            throw new ProblemException(400, "bad-reference", "시설 참조가 올바르지 않습니다", "Bad facility reference",
                    "organisation and site must be slugs (lower-case letters, digits and hyphens)", List.of());
        }
        String reference = organisation + "/" + site;
        return directory.serve(actor.get(), organisation, site).map(f -> new FacilitySite(f.reference(), f.filingVersion(), f.site()))
                .orElseThrow(() -> new ProblemException(404, "facility-not-found", "시설 장소를 찾을 수 없습니다",
                        "Facility site not found", reference + " is in no accepted topology filing of " + organisation
                        + "; a facilityRef to it is unresolved", List.of()));
    }
}
