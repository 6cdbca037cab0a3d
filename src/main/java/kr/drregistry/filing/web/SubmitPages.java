package kr.drregistry.filing.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingViews.VersionView;
import kr.drregistry.review.VersionRecords;
import kr.drregistry.review.VersionRecords.VersionRecord;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.LocalizedText;

/**
 * The officer's sign-off and the receipt: {@code GET /portal/filings/{id}/submit} shows the draft validated now,
 * what changed since the accepted version and the policy, with a confirmation form for the officer (editors are
 * told whom to ask); the POST checks the officer's password and submits once per idempotency key (a double click
 * makes one version), then goes to the receipt.
 */
@Path("/portal/filings/{id}/submit")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER})
public class SubmitPages {
    @Inject
    SignOff signOff;
    @Inject
    kr.drregistry.platform.ExpensiveWork work;
    @Inject
    FilingService filings;
    @Inject
    VersionRecords records;
    @Inject
    StatusTexts statusTexts;

    /**
     * Why a posted sign-off did not submit: codes {@code confirm}, {@code password} (wrong), {@code password-missing}
     * (nothing typed), {@code draft-changed}.
     */
    public record Refusal(List<String> codes, boolean confirmed, long draftVersionSeen, ProblemException problem) {
        public boolean has(String code) {
            return codes.contains(code);
        }

        /** The password field is in error, wrong or empty. */
        public boolean passwordError() {
            return codes.contains("password") || codes.contains("password-missing");
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance summary(SignOff.Summary s, FindingsView findings, String editor, String key,
                                               Refusal refusal);

        static native TemplateInstance receipt(VersionRecord r, LocalizedText status, boolean justSubmitted);
    }

    /** The sign-off summary; the idempotency key of this sign-off is made here and travels in the form. */
    @GET
    public TemplateInstance summary(@PathParam("id") UUID id, @jakarta.ws.rs.QueryParam("findings") String shown) {
        return work.run(() -> summaryPage(signOff.summary(id), UUID.randomUUID().toString(), null, "all".equals(shown)));
    }

    private static TemplateInstance summaryPage(SignOff.Summary s, String key, Refusal refusal) {
        return summaryPage(s, key, refusal, false);
    }

    private static TemplateInstance summaryPage(SignOff.Summary s, String key, Refusal refusal, boolean allFindings) {
        String id = s.filing().id().toString();
        FindingsView findings = s.report() == null ? null : FindingsView.of(s.report().findings(),
                s.filing().type() == kr.drregistry.filing.FilingType.PLAN ? FindingsView.planLinks("/portal/filings/" + id + "/plan")
                        : FindingsView.topologyLinks("/filings/" + id + "/pictures"));
        if (findings != null && !allFindings) {
            findings = findings.limited(FindingsView.PAGE_PER_SEVERITY);
        }
        return Templates.summary(s, findings, PortalPages.editorPath(s.filing()), key, refusal);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") UUID id, @RestForm String password, @RestForm String confirm,
                           @RestForm String key, @RestForm Long draftVersion) {
        return work.run(() -> submitWithinBudget(id, password, confirm, key, draftVersion));
    }

    /** The sign-off within the parse and validation budget (a refusal of the budget itself is an error page). */
    private Response submitWithinBudget(UUID id, String password, String confirm, String key, Long draftVersion) {
        String idempotencyKey = key == null || key.isBlank() || key.length() > 200 ? UUID.randomUUID().toString() : key;
        List<String> codes = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            // nothing typed is not a wrong password: no failed signature in the audit trail, no sign-in throttle
            codes.add("password-missing");
        } else if (!signOff.verify(id, password)) {
            codes.add("password");
        }
        if (confirm == null) {
            codes.add("confirm");
        }
        long current = filings.draft(id).version();
        if (draftVersion != null && draftVersion != current) {
            codes.add("draft-changed");
        }
        if (!codes.isEmpty()) {
            return page(id, idempotencyKey, new Refusal(codes, confirm != null, draftVersion == null ? current : draftVersion, null),
                    codes.contains("draft-changed") ? 409 : 422);
        }
        try {
            VersionView v = filings.submit(id, idempotencyKey);
            return Response.seeOther(URI.create("/portal/filings/" + id + "/versions/" + v.number() + "/receipt?new=1")).build();
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) {
                throw e;
            }
            return page(id, idempotencyKey, new Refusal(List.of(), true, current, e), e.status());
        }
    }

    private Response page(UUID id, String key, Refusal refusal, int status) {
        return Response.status(status).entity(summaryPage(signOff.summary(id), key, refusal))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    /**
     * The receipt of a submitted version (it can be opened again at any time), served by {@link ReceiptPage}: a
     * resource class at {@code /portal/filings/{id}} would capture every other per-filing page of the portal.
     */
    TemplateInstance receipt(UUID id, int number, String justSubmitted) {
        VersionRecord r = records.get(id, number);
        return Templates.receipt(r, statusTexts.label(r.status()), justSubmitted != null);
    }
}
