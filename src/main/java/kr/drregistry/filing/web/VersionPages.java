package kr.drregistry.filing.web;

import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.review.ReviewRecords;
import kr.drregistry.review.VersionRecords;
import kr.drregistry.review.VersionRecords.VersionRecord;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.api.Revalidations;
import kr.drregistry.rules.LocalizedText;

/**
 * A submitted version, read-only, for the organisation's operators and for regulators (the filing service decides
 * who may read it): its review status, hash, policy and submitter, the findings frozen with it, the reviewers'
 * decisions, and its downloads (content as JSON or YAML, the PDF record, the findings as CSV). These are page
 * endpoints with the session cookie; the API serves the same content to tokens under {@code /api/v1}.
 */
@Path("/filings/{id}/versions/{n}")
@Authenticated
public class VersionPages {
    @Inject
    VersionRecords records;
    @Inject
    VersionExports exports;
    @Inject
    StatusTexts statusTexts;
    @Inject
    CurrentActor current;
    @Inject
    ReviewRecords reviews;
    @Inject
    Revalidations revalidations;
    @Inject
    kr.drregistry.platform.ExpensiveWork work;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance version(VersionRecord r, FindingsView findings, LocalizedText status,
                                               LocalizedText explanation, boolean mayRevise, boolean operator,
                                               List<Revalidations.RevalidationView> revalidations, String revalidateAction);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance version(@PathParam("id") UUID id, @PathParam("n") int number,
                                    @QueryParam("findings") String findingsShown) {
        boolean all = "all".equals(findingsShown);
        VersionRecord r = all ? records.get(id, number) : records.digested(id, number);
        Actor actor = current.get();
        java.util.function.Function<ReportView.FindingView, String> links = switch (r.filing().type()) {
            case TOPOLOGY -> FindingsView.topologyLinks("/filings/" + id + "/pictures?version=" + number);
            case PLAN -> actor.isOperator() ? FindingsView.planLinks("/portal/filings/" + id + "/plan") : f -> null;
            case INCIDENT -> f -> null;
        };
        FindingsView findings = r.digest() != null ? FindingsView.ofDigest(r.digest(), links, reviews.record(id, number))
                : FindingsView.of(r.report().findings(), links, reviews.record(id, number));
        if (!all) {
            findings = findings.limited(FindingsView.PAGE_PER_SEVERITY);
        }
        boolean topology = r.filing().type() == kr.drregistry.filing.FilingType.TOPOLOGY;
        return Templates.version(r, findings, statusTexts.label(r.status()), statusTexts.explanation(r.status()),
                actor.isOperator() && actor.mayEdit(), actor.isOperator(),
                topology ? revalidations.list(id, number, true) : null,
                topology && mayRevalidate(actor) ? "/filings/" + id + "/versions/" + number + "/revalidate" : null);
    }

    /** Whether the form to re-validate is offered (the service decides; a person from another organisation never gets here). */
    static boolean mayRevalidate(Actor actor) {
        return actor.isOperator() ? actor.mayEdit()
                : actor.has(Roles.REGULATOR_REVIEWER) || actor.has(Roles.REGULATOR_LEAD);
    }

    /**
     * Re-validates the version under today's policy and accepted facility filings (the frozen report stays) and goes
     * back to the page the person came from: the version page, or the review page for the regulator.
     */
    @POST
    @Path("revalidate")
    @RolesAllowed({Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER, Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
    public Response revalidate(@PathParam("id") UUID id, @PathParam("n") int number) {
        work.run(() -> revalidations.revalidate(id, number));
        String page = current.get().isRegulator() ? "/regulator/filings/" + id + "/versions/" + number
                : "/filings/" + id + "/versions/" + number;
        return Response.seeOther(java.net.URI.create(page + "#revalidations")).build();
    }

    @GET
    @Path("content.json")
    public Response json(@PathParam("id") UUID id, @PathParam("n") int number) {
        return download(exports.content(id, number, false));
    }

    @GET
    @Path("content.yaml")
    public Response yaml(@PathParam("id") UUID id, @PathParam("n") int number) {
        return download(exports.content(id, number, true));
    }

    @GET
    @Path("export.pdf")
    public Response pdf(@PathParam("id") UUID id, @PathParam("n") int number) {
        return download(exports.pdf(id, number));
    }

    @GET
    @Path("findings.csv")
    public Response csv(@PathParam("id") UUID id, @PathParam("n") int number) {
        return download(exports.csv(id, number));
    }

    /** A file download: never cached (the review status in it changes), never sniffed. */
    static Response download(VersionExports.Download d) {
        return Response.ok(d.body()).type(d.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"")
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
