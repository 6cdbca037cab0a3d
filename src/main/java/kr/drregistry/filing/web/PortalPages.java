package kr.drregistry.filing.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

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
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;

/**
 * The operator portal's own pages: the dashboard, a filing's overview (versions, review feedback, revision) and
 * the topology workspace (upload or paste drr/v1, live validation, save the draft). Thin: the filing service
 * decides who may do what; {@link Workspace} builds what the editor shows.
 */
@Path("/portal")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
public class PortalPages {
    @Inject
    PortalService portal;
    @Inject
    FilingService filings;
    @Inject
    Workspace workspace;
    @Inject
    FilingFormats formats;
    @Inject
    kr.drregistry.identity.CurrentActor current;
    @Inject
    kr.drregistry.review.ReviewRecords reviews;
    @Inject
    kr.drregistry.platform.ExpensiveWork work;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(PortalService.Dashboard d);

        static native TemplateInstance filing(FilingView filing, boolean mayEdit, boolean maySubmit, boolean revised,
                                              List<Feedback> feedback, java.util.Map<Integer, java.util.Map<String, Integer>> dispositions);

        static native TemplateInstance topology(FilingView filing, Workspace.Editor editor);

        static native TemplateInstance topology$check(FilingView filing, Workspace.Check check);
    }

    @GET
    public TemplateInstance dashboard() {
        return Templates.dashboard(portal.dashboard());
    }

    /** Starts a filing (quick actions of the dashboard) and opens its editor. */
    @POST
    @Path("filings")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String type, @RestForm Integer planYear, @RestForm String title) {
        FilingType t = parseType(type);
        String name = title == null || title.isBlank() ? defaultTitle(t, planYear) : title;
        FilingView f = filings.create(t, planYear, name);
        return Response.seeOther(URI.create(editorPath(f))).build();
    }

    @GET
    @Path("filings/{id}")
    public TemplateInstance filing(@PathParam("id") UUID id, @QueryParam("revised") String revised) {
        FilingView f = filings.get(id);
        var actor = current.get();
        return Templates.filing(f, actor.mayEdit(), actor.maySubmit(), revised != null, feedback(f),
                reviews.dispositionCounts(id));
    }

    /** One entry of a filing's feedback timeline: a reviewer's decision or a comment (either may be null). */
    public record Feedback(java.time.Instant at, int version, kr.drregistry.filing.FilingViews.DecisionView decision,
                           kr.drregistry.review.ReviewRecords.CommentView comment) {
    }

    /** Decisions and comments on all versions, newest first. */
    private List<Feedback> feedback(FilingView f) {
        List<Feedback> all = new java.util.ArrayList<>();
        f.decisions().forEach(d -> all.add(new Feedback(d.decidedAt(), d.version(), d, null)));
        reviews.comments(f.id()).forEach(c -> all.add(new Feedback(c.createdAt(), c.version(), null, c)));
        all.sort(java.util.Comparator.comparing(Feedback::at).reversed());
        return all;
    }

    /** Starts a revision: the chosen version's content becomes the draft (refused if the draft moved meanwhile). */
    @POST
    @Path("filings/{id}/revise")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response revise(@PathParam("id") UUID id, @RestForm int from, @RestForm Long draftVersion) {
        FilingView f = filings.revise(id, from, draftVersion);
        return Response.seeOther(URI.create(editorPath(f) + "?revisedFrom=" + from)).build();
    }

    @GET
    @Path("filings/{id}/topology")
    public TemplateInstance topology(@PathParam("id") UUID id, @QueryParam("saved") String saved,
                                     @QueryParam("revisedFrom") Integer revisedFrom, @QueryParam("check") String check) {
        FilingView f = topologyFiling(id);
        if (check == null) {
            return Templates.topology(f, workspace.open(f, saved != null, revisedFrom, false));
        }
        return Templates.topology(f, work.run(() -> workspace.open(f, saved != null, revisedFrom, true)));
    }

    /**
     * Live validation while editing (htmx): nothing is stored. Without a {@code document} (the page of a draft too
     * large to edit) the saved draft is checked. Within the parse and validation budget; a refusal
     * (too many checks at once, over time) is shown in the results instead of findings.
     */
    @POST
    @Path("filings/{id}/topology/check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance check(@PathParam("id") UUID id, @RestForm String document, @RestForm String all) {
        FilingView f = topologyFiling(id);
        Workspace.Check check;
        try {
            check = work.run(() -> document == null ? workspace.checkSaved(f, "1".equals(all))
                    : workspace.check(f, document, "1".equals(all)));
        } catch (ProblemException e) {
            if (e.status() != 429 && e.status() != 503) {
                throw e;
            }
            check = Workspace.Check.refused(e);
        }
        return Templates.topology$check(f, check);
    }

    /**
     * "Load an example" when the page has no JavaScript (the script fetches the example and asks in the browser): the
     * editor with the example's text, not saved; if the editor held other text, that text stays and the page asks
     * first ({@code ?replace=1} confirms).
     */
    @POST
    @Path("filings/{id}/topology/example")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance example(@PathParam("id") UUID id, @RestForm String document, @RestForm String example,
                                    @RestForm Long draftVersion, @QueryParam("replace") String replace) {
        FilingView f = topologyFiling(id);
        FilingFormats.Example chosen = FilingFormats.DRR_V1.example(example)
                .orElseThrow(() -> ProblemException.notFound("example " + example));
        return Templates.topology(f, workspace.example(f, document, draftVersion, chosen, formats.text(chosen),
                "1".equals(replace)));
    }

    /** Saves the edited text as the draft; a refusal shows the page again with the text as typed. */
    @POST
    @Path("filings/{id}/topology")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("id") UUID id, @RestForm String document, @RestForm Long draftVersion) {
        FilingView f = topologyFiling(id);
        return saveOrShow(f, document == null ? "" : document, draftVersion);
    }

    /** Saves an uploaded drr/v1 file (YAML or JSON) as the draft. */
    @POST
    @Path("filings/{id}/topology/upload")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") UUID id, @RestForm("file") FileUpload file, @RestForm Long draftVersion) {
        FilingView f = topologyFiling(id);
        if (file == null || file.size() == 0) {
            return Response.status(400).entity(Templates.topology(f, workspace.refused(f, "", draftVersion,
                    ProblemException.invalid("no file was chosen", List.of(ProblemException.FieldError.of("/file",
                            "choose a drr/v1 file (.yaml, .yml or .json)", "drr/v1 파일(.yaml, .yml, .json)을 선택하세요")))))).build();
        }
        if (file.size() > workspace.maxBytes()) {
            return Response.status(413).entity(Templates.topology(f, workspace.refused(f, "", draftVersion,
                    ProblemException.invalid("the file is larger than the limit", List.of(ProblemException.FieldError.of("/file",
                            "the file is larger than " + workspace.maxBytes() / (1024 * 1024) + " MB; send it through the API",
                            "파일이 " + workspace.maxBytes() / (1024 * 1024) + "MB를 넘습니다. API로 제출하세요")))))).build();
        }
        String text;
        try {
            text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Response.status(400).entity(Templates.topology(f, workspace.refused(f, "", draftVersion,
                    ProblemException.invalid("the file is not UTF-8 text", List.of(ProblemException.FieldError.of("/file",
                            "the file is not UTF-8 text", "파일이 UTF-8 텍스트가 아닙니다")))))).build();
        }
        return saveOrShow(f, text, draftVersion);
    }

    /**
     * Saves within the parse and validation budget. A refused save shows the page again with the text as typed and the
     * check of it; a save the budget refused (429, 503) with the refusal only, as checking the text again would cost
     * what was just refused.
     */
    private Response saveOrShow(FilingView f, String text, Long draftVersion) {
        try {
            return work.run(() -> {
                try {
                    workspace.save(f, text, draftVersion);
                    return Response.seeOther(URI.create("/portal/filings/" + f.id() + "/topology?saved=1")).build();
                } catch (ProblemException e) {
                    return Response.status(e.status()).entity(Templates.topology(f, workspace.refused(f, text, draftVersion, e))).build();
                }
            });
        } catch (ProblemException e) {
            if (e.status() != 429 && e.status() != 503) {
                throw e;
            }
            return Response.status(e.status()).entity(Templates.topology(f, workspace.refusedByBudget(f, text, draftVersion, e)))
                    .build();
        }
    }

    private FilingView topologyFiling(UUID id) {
        FilingView f = filings.get(id);
        if (f.type() != FilingType.TOPOLOGY) {
            throw ProblemException.notFound("topology filing " + id);
        }
        return f;
    }

    static String editorPath(FilingView f) {
        return switch (f.type()) {
            case TOPOLOGY -> "/portal/filings/" + f.id() + "/topology";
            case PLAN -> "/portal/filings/" + f.id() + "/plan";
            default -> "/portal/filings/" + f.id();
        };
    }

    private static FilingType parseType(String type) {
        try {
            return type == null ? null : FilingType.valueOf(type);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String defaultTitle(FilingType type, Integer year) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case TOPOLOGY -> year + "년 DR 토폴로지 (" + year + " DR topology)";
            case PLAN -> year + "년 방송통신재난관리계획 (" + year + " disaster-management plan)";
            case INCIDENT -> "사고 보고 (incident report)";
        };
    }
}
