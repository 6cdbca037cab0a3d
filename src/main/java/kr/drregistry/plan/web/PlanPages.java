package kr.drregistry.plan.web;

import kr.drregistry.filing.web.AttachmentPages;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kr.drregistry.filing.AttachmentService;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingService.DraftContent;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.plan.PlanDocumentContent;
import kr.drregistry.identity.Roles;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.model.PlanParseException;
import kr.drregistry.plan.form.PlanForm;
import kr.drregistry.plan.form.PlanFormReader;
import kr.drregistry.plan.form.PlanFormReader.Problem;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.plan.web.PlanEditorView.Status;
import kr.drregistry.topology.validation.ValidationReport;
import kr.drregistry.web.UiLocale;

/**
 * The plan editor of the operator portal: the disaster-management plan (plan/v1) of a PLAN filing as forms by
 * section, saved as the filing's draft — by htmx a moment after typing stops and by the save button, or by a
 * plain form post without JavaScript. The page keeps the draft version it started from, so a concurrent save by
 * someone else is refused (412) instead of overwritten. Values that do not fit plan/v1 are kept in the form and
 * reported at their field but left out of the stored draft, which is always a document the API accepts
 * ({@link PlanFormReader}); completeness findings come from the same rules and policy as on submission.
 */
@Path("/portal/filings/{id}/plan")
@RolesAllowed({Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
public class PlanPages {
    private static final String JSON = "application/json";

    @Inject
    FilingService filings;
    @Inject
    AttachmentService attachments;
    @Inject
    AttachmentPages attachmentPages;
    @Inject
    PlanDocumentContent plans;
    @Inject
    HttpHeaders headers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance editor(PlanEditorView v, AttachmentPages.AttachmentsView a);

        static native TemplateInstance saved(PlanEditorView v);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance editor(@PathParam("id") UUID id) {
        FilingView filing = planFiling(id);
        DraftContent draft = filings.draft(id);
        PlanContent plan = stored(draft, filing);
        PlanEditorView v = view(filing, PlanForm.of(plan), List.of(), plans.validate(plan), draft.version(),
                Status.loaded(draft.updatedAt(), draft.updatedBy()), true);
        return Templates.editor(v, attachmentPages.view(id, null, null));
    }

    /**
     * Saves the form as the draft. {@code draftVersion} is the version the page started from. From htmx the
     * answer is the status with the errors, findings and marks swapped in around the form (never the fields
     * themselves, so typing goes on undisturbed); otherwise the whole page with what was typed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response save(@PathParam("id") UUID id, MultivaluedMap<String, String> params,
                         @HeaderParam("HX-Request") String htmx) {
        FilingView filing = planFiling(id);
        PlanForm form = PlanForm.of(params);
        Long expected = parseVersion(params.getFirst("draftVersion"));
        PlanFormReader.Result read = PlanFormReader.read(form, filing.planYear());
        long version = expected == null ? -1 : expected;
        Status status;
        int code = 200;
        PlanContent checked = read.plan();
        if (read.plan() == null) {
            status = Status.of("refused", null);
            code = 422;
            checked = stored(filings.draft(id), filing);
        } else {
            DraftContent current = filings.draft(id);
            if (expected != null && current.version() == expected && current.body() != null
                    && Arrays.equals(current.body().getBytes(StandardCharsets.UTF_8), read.json())) {
                status = Status.unchanged(current.updatedAt(), read.problems().size());
            } else {
                try {
                    FilingView saved = filings.saveDraft(id, read.json(), JSON, expected);
                    version = saved.draft().version();
                    status = Status.saved(saved.draft().updatedAt(), read.problems().size());
                } catch (ProblemException e) {
                    code = e.status();
                    status = switch (e.status()) {
                        case 412, 428 -> Status.of("stale", null);
                        case 403 -> Status.of("forbidden", null);
                        default -> Status.of("refused", lang().equals("en") ? e.titleEn() : e.titleKo());
                    };
                    if (e.status() == 404) {
                        throw e;
                    }
                }
            }
        }
        boolean fragment = "true".equals(htmx);
        PlanEditorView v = view(filing, form, read.problems(), plans.validate(checked), version, status, !fragment);
        TemplateInstance page = fragment ? Templates.saved(v) : Templates.editor(v, attachmentPages.view(id, null, null));
        return Response.status(code).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page).build();
    }

    /** The filing, if it is a plan the actor may read (404 otherwise, like any filing out of scope). */
    private FilingView planFiling(UUID id) {
        FilingView f = filings.get(id);
        if (f.type() != FilingType.PLAN) {
            throw ProblemException.notFound("plan filing " + id);
        }
        return f;
    }

    /** The stored draft as a plan; an empty plan of the filing's year when there is none. */
    private static PlanContent stored(DraftContent draft, FilingView filing) {
        if (draft.body() != null) {
            try {
                return PlanJson.read(draft.body().getBytes(StandardCharsets.UTF_8));
            } catch (PlanParseException e) {
                // drafts are checked on save; a draft stored under an older format is shown as an empty form
            }
        }
        return new PlanContent(filing.planYear(), null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private PlanEditorView view(FilingView filing, PlanForm form, List<Problem> problems, ValidationReport report,
                                long version, Status status, boolean services) {
        List<String> known = services ? plans.tier1Services().stream().sorted().toList() : List.of();
        return new PlanEditorView(filing, form, problems, report, version, status, known,
                attachments.maxBytes(), lang());
    }

    private String lang() {
        return UiLocale.resolve(headers).getLanguage();
    }

    private static Long parseVersion(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
