package kr.drregistry.review.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.review.ReviewDesk;
import kr.drregistry.review.ReviewRecords;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.platform.ProblemException.FieldError;
import kr.drregistry.filing.web.FindingsView;
import kr.drregistry.filing.web.StatusTexts;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.rules.LocalizedText;

/**
 * The regulator's review of one submitted version: facts, links to the pictures and plan sections (read-only),
 * what changed since the version reviewed before and which earlier dispositions still apply, the findings with a
 * disposition and comment form each, comments on the version and its sections, and the decision. Forms are plain
 * POSTs that call {@link ReviewRecords} and {@link ReviewDesk} (the API's services); a refusal re-renders the page
 * with the message at the field and what was typed, a success redirects back (303) to the form's place.
 */
@Path("/regulator/filings/{id}/versions/{n}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class ReviewPages {
    @Inject
    ReviewDesk desk;
    @Inject
    ReviewRecords records;
    @Inject
    StatusTexts statusTexts;
    @Inject
    kr.drregistry.topology.api.Revalidations revalidations;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(ReviewDesk.Review r, FindingsView findings, LocalizedText status,
                                              ReviewForm form, List<String> sections, String base,
                                              List<kr.drregistry.topology.api.Revalidations.RevalidationView> revalidations,
                                              String revalidateAction);
    }

    @GET
    public TemplateInstance review(@PathParam("id") UUID id, @PathParam("n") int n, @QueryParam("done") String done,
                                   @QueryParam("findings") String findingsShown) {
        return page(id, n, ReviewForm.after(done), "all".equals(findingsShown));
    }

    private TemplateInstance page(UUID id, int n, ReviewForm form) {
        return page(id, n, form, true);
    }

    private TemplateInstance page(UUID id, int n, ReviewForm form, boolean allFindings) {
        ReviewDesk.Review r = desk.open(id, n, allFindings);
        Function<ReportView.FindingView, String> links = switch (r.record().filing().type()) {
            case TOPOLOGY -> FindingsView.topologyLinks("/filings/" + id + "/pictures?version=" + n);
            case PLAN -> f -> f.subject() == null || f.subject().id() == null ? "#sections"
                    : "#section-" + f.subject().id().replaceAll("[^A-Za-z0-9_-]", "-");
            case INCIDENT -> f -> null;
        };
        FindingsView findings = r.record().digest() != null
                ? FindingsView.ofDigest(r.record().digest(), links, r.review()).limited(FindingsView.PAGE_PER_SEVERITY)
                : FindingsView.of(r.record().report().findings(), links, r.review());
        List<String> sections = switch (r.record().filing().type()) {
            case TOPOLOGY -> ReviewDesk.TOPOLOGY_SECTIONS;
            case PLAN -> kr.drregistry.plan.model.PlanSections.names();
            case INCIDENT -> List.of();
        };
        boolean topology = r.record().filing().type() == kr.drregistry.filing.FilingType.TOPOLOGY;
        return Templates.review(r, findings, statusTexts.label(r.record().status()), form, sections, base(id, n),
                topology ? revalidations.list(id, n, true) : null, topology ? "/filings/" + id + "/versions/" + n + "/revalidate" : null);
    }

    private static String base(UUID id, int n) {
        return "/regulator/filings/" + id + "/versions/" + n;
    }

    @POST
    @Path("dispositions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dispose(@PathParam("id") UUID id, @PathParam("n") int n, @RestForm String findingKey,
                            @RestForm String disposition, @RestForm String justification) {
        String form = ReviewForm.disposeForm(findingKey == null ? "" : findingKey);
        try {
            records.dispose(id, n, findingKey, disposition, justification);
        } catch (ProblemException e) {
            return refused(id, n, form, e, values("disposition", disposition, "justification", justification));
        }
        return back(id, n, form, FindingsView.anchorOf(findingKey));
    }

    @POST
    @Path("comments")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response comment(@PathParam("id") UUID id, @PathParam("n") int n, @RestForm String anchorKind,
                            @RestForm String anchor, @RestForm String body) {
        String kind = anchorKind == null || anchorKind.isBlank() ? "filing" : anchorKind.strip();
        // the version form offers "the whole version" and the sections in one list
        String at = anchor == null || anchor.isBlank() ? null : anchor.strip();
        if ("filing".equals(kind) && at != null) {
            kind = "section";
        }
        String sentKind = anchorKind == null || anchorKind.isBlank() ? "filing" : anchorKind.strip();
        String form = ReviewForm.commentForm(sentKind, "filing".equals(sentKind) ? null : at);
        try {
            records.comment(id, n, kind, at, body);
        } catch (ProblemException e) {
            return refused(id, n, form, e, values("body", body, "anchor", at));
        }
        return back(id, n, form, "finding".equals(kind) ? FindingsView.anchorOf(at) : "comments");
    }

    @POST
    @Path("decision")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("id") UUID id, @PathParam("n") int n, @RestForm String decision,
                           @RestForm String reason, @RestForm String dueDate) {
        Map<String, String> values = values("decision", decision, "reason", reason, "dueDate", dueDate);
        LocalDate due;
        try {
            due = dueDate == null || dueDate.isBlank() ? null : LocalDate.parse(dueDate.strip());
        } catch (DateTimeParseException e) {
            return refused(id, n, "decide", ProblemException.invalid("not a date", List.of(FieldError.of("/dueDate",
                    "a date like 2027-03-31", "2027-03-31 형식의 날짜를 입력하세요"))), values);
        }
        try {
            desk.decide(id, n, decision, reason, due);
        } catch (ProblemException e) {
            return refused(id, n, "decide", e, values);
        }
        return back(id, n, "decide", "decide");
    }

    private Response refused(UUID id, int n, String form, ProblemException e, Map<String, String> values) {
        if (e.status() != 400 && e.status() != 409) {
            throw e;
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE)
                .entity(page(id, n, ReviewForm.refused(form, e, values))).build();
    }

    private static Response back(UUID id, int n, String form, String anchor) {
        String q = java.net.URLEncoder.encode(form, java.nio.charset.StandardCharsets.UTF_8);
        return Response.seeOther(URI.create(base(id, n) + "?done=" + q + "#" + anchor)).build();
    }

    private static Map<String, String> values(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1] == null ? "" : kv[i + 1]);
        }
        return m;
    }
}
