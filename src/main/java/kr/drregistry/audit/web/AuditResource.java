package kr.drregistry.audit.web;

import kr.drregistry.audit.AuditTrail;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import kr.drregistry.identity.ApiAccess;
import kr.drregistry.identity.ApiAccess.Scope;
import kr.drregistry.identity.Roles;

/** Verification and reading of the audit trail (platform admins and the regulator lead). */
@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "audit", description = "The hash-chained audit trail")
public class AuditResource {
    @Inject
    AuditTrail audit;

    /** An entry as listed. */
    public record EntryView(long seq, java.time.Instant at, String actor, String action, String subjectType,
                            String subjectId, String detail, String hash) {
    }

    @ApiAccess(token = Scope.DENIED, people = {Roles.ADMIN, Roles.REGULATOR_LEAD})
    @GET
    @Path("/verify")
    @Operation(summary = "Re-compute the hash chain; say whether it is intact and where it breaks")
    public AuditTrail.Verification verify() {
        return audit.verify();
    }

    @ApiAccess(token = Scope.DENIED, people = {Roles.ADMIN, Roles.REGULATOR_LEAD})
    @GET
    @Operation(summary = "The latest entries, newest first (optionally for one subject id)")
    public List<EntryView> list(@QueryParam("subject") String subject, @QueryParam("limit") @DefaultValue("100") int limit) {
        return audit.latest(subject, Math.max(1, Math.min(limit, 1000))).stream()
                .map(e -> new EntryView(e.seq, e.at, e.actor, e.action, e.subjectType, e.subjectId, e.detail, e.hash)).toList();
    }
}
