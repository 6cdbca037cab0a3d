package kr.drregistry.topology.api;

import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.topology.diff.TopologyDiffReport;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The diff of two topology versions under the filings API ({@link TopologyDiffs}). */
@Path("/api/v1/filings/{id}/diff")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "filings")
public class TopologyDiffResource {
    @Inject
    TopologyDiffs diffs;

    @ApiAccess(token = Scope.READ)
    @GET
    @Operation(summary = "What changed between two versions of a topology filing: sites, services (targets), "
            + "components, placements, dependencies and drills added, removed or changed")
    public TopologyDiffReport diff(@PathParam("id") UUID id, @QueryParam("from") int from, @QueryParam("to") int to) {
        return diffs.diff(id, from, to);
    }
}
