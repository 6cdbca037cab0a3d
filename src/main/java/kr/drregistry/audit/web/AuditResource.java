package kr.drregistry.audit.web;

import kr.drregistry.audit.AuditTrail;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.platform.ProblemException;
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
    @Inject
    AuditSearch search;

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
    @Operation(summary = "Entries newest first, filtered as on the audit page",
            description = "Every filter is optional and they combine: `org` (an organisation's slug: entries written by its "
                    + "people and entries about it or its filings), `who` (an account name, or part of a name or account), "
                    + "`action` (an action code such as `filing.submitted`), `from` and `to` (dates, yyyy-MM-dd, whole days "
                    + "in Seoul, both included), `subject` (one subject id: a filing, an organisation's slug, a policy "
                    + "version). At most `limit` entries (1 to 1000, default 100); when more match, the `Link` header "
                    + "names the next page (`before`: the entries numbered below it). A date that is not one, or `from` "
                    + "after `to`, is a 400 problem.")
    @APIResponse(responseCode = "200", description = "The entries; a Link header with rel=\"next\" when more match",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = EntryView.class)))
    @APIResponse(responseCode = "400", description = "A filter with a value it does not take (problem+json)")
    public Response list(@QueryParam("org") String org, @QueryParam("who") String who, @QueryParam("action") String action,
                         @QueryParam("from") String from, @QueryParam("to") String to,
                         @QueryParam("subject") String subject, @QueryParam("before") Long before,
                         @QueryParam("limit") @DefaultValue("100") int limit, @Context UriInfo uri) {
        LocalDate fromDay = day("from", from);
        LocalDate toDay = day("to", to);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            throw ProblemException.badQuery("from", from, "to=" + to.strip() + " 이전이거나 같은 날짜",
                    "a date on or before to=" + to.strip());
        }
        if (before != null && before < 1) {
            throw ProblemException.badQuery("before", before.toString(), "1 이상", "1 or more");
        }
        int n = Math.max(1, Math.min(limit, 1000));
        AuditSearch.Filter filter = AuditSearch.filter(org, who, action, from, to);
        List<AuditEntry> entries = audit.search(search.query(filter, subject == null || subject.isBlank() ? null : subject.strip()),
                before, n + 1);
        boolean more = entries.size() > n;
        List<EntryView> page = (more ? entries.subList(0, n) : entries).stream()
                .map(e -> new EntryView(e.seq, e.at, e.actor, e.action, e.subjectType, e.subjectId, e.detail, e.hash)).toList();
        Response.ResponseBuilder ok = Response.ok(page);
        if (more) {
            ok.link(uri.getRequestUriBuilder().replaceQueryParam("before", page.get(page.size() - 1).seq()).build(), "next");
        }
        return ok.build();
    }

    private static LocalDate day(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate d = AuditSearch.date(value);
        if (d == null) {
            throw ProblemException.badQuery(parameter, value, "yyyy-MM-dd 형식의 날짜", "a date, yyyy-MM-dd");
        }
        return d;
    }
}
