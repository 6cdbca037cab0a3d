package kr.drregistry.incident;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kr.drregistry.policy.PolicyVersion;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.incident.model.IncidentPolicy;
import kr.drregistry.incident.model.IncidentPolicyJson;
import kr.drregistry.incident.model.InvalidIncidentException;
import kr.drregistry.incident.model.Trigger;
import kr.drregistry.incident.model.Within;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy.RuleSetting;

/**
 * Incident reporting policies as the regulator reads them: every stored version, and the selected one (by default
 * the active one) in words — thresholds, each stage's deadlines and required fields, the INC rules. The lead also
 * activates another version and publishes a new one from its JSON document, after a preview if wanted. Reviewers
 * read; operators have no access. Every rule (validation, unique versions, audit) lives in
 * {@link IncidentPolicyService} and {@link IncidentPolicyJson}.
 */
@Path("/regulator/incidents/policies")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class IncidentPolicyPages {
    /** The largest policy document the form takes, in bytes of UTF-8 (the shipped ones are about 5 KB). */
    static final int MAX_DOCUMENT = 64 * 1024;

    @Inject
    IncidentPolicyService policies;
    @Inject
    CurrentActor current;
    @Inject
    @Localized("ko")
    IncidentMessages ko;
    @Inject
    @Localized("en")
    IncidentMessages en;

    /** A report field a stage requires: its JSON Pointer and its label. */
    public record FieldView(String pointer, LocalizedText label) {
    }

    /** A stage in words: its deadlines ("탐지 후 24시간 이내") and required fields. */
    public record StageView(int order, String id, LocalizedText name, List<LocalizedText> deadlines, List<FieldView> required) {
    }

    public record RuleView(String id, String severity, boolean enabled, LocalizedText basis) {
    }

    /** A policy as a person reads it. */
    public record PolicyView(String id, String version, LocalizedText title, LocalizedText note, String zone,
                             LocalizedText reportable, LocalizedText userNotice, List<StageView> stages, List<RuleView> rules) {
        public boolean severalDeadlines() {
            return stages.stream().anyMatch(s -> s.deadlines().size() > 1);
        }
    }

    /** Something wrong with the typed document: where (JSON Pointer, empty for the whole document) and what. */
    public record ProblemView(String pointer, LocalizedText message) {
    }

    /** The lead's form: the document as typed, whether to activate, and what is wrong with it. */
    public record Form(String document, boolean activate, List<ProblemView> problems) {
        public boolean invalid() {
            return !problems.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policies(List<PolicyVersion> versions,
                                                PolicyVersion shown, PolicyView view, boolean lead,
                                                Form form, PolicyView preview, LocalizedText notice, int maxKb);
    }

    @GET
    public TemplateInstance page(@QueryParam("id") String id, @QueryParam("version") String version,
                                 @QueryParam("notice") String notice) {
        List<PolicyVersion> versions = policies.versions();
        PolicyVersion shown = select(versions, id, version);
        IncidentPolicy active = policies.active();
        Form form = lead() ? new Form(bumped(active), true, List.of()) : null;
        return Templates.policies(versions, shown, view(policies.get(shown.id(), shown.version())), lead(), form, null,
                notice(notice, shown), MAX_DOCUMENT / 1024);
    }

    /**
     * The lead's form: {@code action=preview} renders the typed policy without saving; {@code action=publish}
     * stores it as a new version (active when {@code activate} is on). Refusals come back with the text as typed.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public Response publish(@RestForm String document, @RestForm String activate, @RestForm String action) {
        String text = document == null ? "" : document;
        boolean activateNow = activate != null && !activate.isBlank();
        boolean publish = "publish".equals(action);
        int size = text.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_DOCUMENT) {
            return refused(413, text, activateNow, null, problem("", ko.pol_too_large(size, MAX_DOCUMENT), en.pol_too_large(size, MAX_DOCUMENT)));
        }
        if (text.isBlank()) {
            return refused(400, text, activateNow, null, problem("", ko.pol_empty(), en.pol_empty()));
        }
        IncidentPolicy typed;
        try {
            typed = IncidentPolicyJson.read(text.getBytes(StandardCharsets.UTF_8));
        } catch (InvalidIncidentException e) {
            List<ProblemView> problems = e.problems().stream()
                    .map(p -> new ProblemView(p.pointer(), LocalizedText.of(p.messageKo(), p.message()))).toList();
            return refused(400, text, activateNow, null, problems);
        }
        PolicyView preview = view(typed);
        if (policies.exists(typed.id(), typed.version())) {
            return refused(409, text, activateNow, preview, problem("/version", ko.pol_version_taken(typed.id(), typed.version()),
                    en.pol_version_taken(typed.id(), typed.version())));
        }
        if (!publish) {
            return Response.ok(page(new Form(text, activateNow, List.of()), preview, null)).build();
        }
        PolicyVersion stored;
        try {
            stored = policies.publish(typed, activateNow);
        } catch (ProblemException e) {
            if (e.status() == 403 || e.status() >= 500) {
                throw e;
            }
            List<ProblemView> problems = e.errors().isEmpty()
                    ? List.of(new ProblemView("", LocalizedText.of(e.titleKo() + ": " + e.getMessage(), e.getMessage())))
                    : e.errors().stream().map(fe -> new ProblemView(fe.pointer(), LocalizedText.of(fe.messageKo(), fe.message()))).toList();
            return refused(e.status() == 409 ? 409 : 400, text, activateNow, preview, problems);
        }
        return redirect(stored, activateNow ? "published-active" : "published");
    }

    /** Selects the version new incidents are reported under (lead). */
    @POST
    @Path("activate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public Response activate(@RestForm String id, @RestForm String version) {
        if (id == null || version == null) {
            throw ProblemException.notFound("incident policy");
        }
        return redirect(policies.activate(id, version), "activated");
    }

    private Response redirect(PolicyVersion v, String notice) {
        return Response.seeOther(URI.create("/regulator/incidents/policies?id=" + enc(v.id()) + "&version=" + enc(v.version())
                + "&notice=" + notice)).build();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private Response refused(int status, String text, boolean activate, PolicyView preview, List<ProblemView> problems) {
        return Response.status(status).entity(page(new Form(text, activate, problems), preview, null)).build();
    }

    private List<ProblemView> problem(String pointer, String messageKo, String message) {
        return List.of(new ProblemView(pointer, LocalizedText.of(messageKo, message)));
    }

    /** The page after a POST: the active version shown, the form as typed. */
    private TemplateInstance page(Form form, PolicyView preview, LocalizedText notice) {
        List<PolicyVersion> versions = policies.versions();
        PolicyVersion shown = select(versions, null, null);
        return Templates.policies(versions, shown, view(policies.get(shown.id(), shown.version())), true, form, preview,
                notice, MAX_DOCUMENT / 1024);
    }

    private boolean lead() {
        return current.get().has(Roles.REGULATOR_LEAD);
    }

    private static PolicyVersion select(List<PolicyVersion> versions, String id, String version) {
        if (version != null && !version.isBlank()) {
            return versions.stream().filter(v -> v.version().equals(version) && (id == null || id.isBlank() || v.id().equals(id)))
                    .findFirst().orElseThrow(() -> ProblemException.notFound("incident policy " + id + " version " + version));
        }
        return versions.stream().filter(PolicyVersion::active).findFirst()
                .orElseThrow(() -> new IllegalStateException("no active incident policy"));
    }

    private LocalizedText notice(String notice, PolicyVersion v) {
        if (notice == null) {
            return null;
        }
        return switch (notice) {
            case "published" -> LocalizedText.of(ko.pol_published(v.id(), v.version()), en.pol_published(v.id(), v.version()));
            case "published-active" -> LocalizedText.of(ko.pol_published_active(v.id(), v.version()), en.pol_published_active(v.id(), v.version()));
            case "activated" -> LocalizedText.of(ko.pol_activated(v.id(), v.version()), en.pol_activated(v.id(), v.version()));
            default -> null;
        };
    }

    /** The active policy's document with the first unused version number, for the lead to edit. */
    private String bumped(IncidentPolicy active) {
        IncidentPolicy p = new IncidentPolicy(active.id(), policies.nextVersion(active), active.title(), active.note(),
                active.zone(), active.reportableMinutes(), active.userNoticeMinutes(), active.stages(), active.rules());
        return IncidentPolicyJson.write(p);
    }

    /** The policy in words, Korean and English. */
    PolicyView view(IncidentPolicy p) {
        List<StageView> stages = new ArrayList<>();
        for (int i = 0; i < p.stages().size(); i++) {
            IncidentPolicy.Stage s = p.stages().get(i);
            List<LocalizedText> deadlines = s.deadlines().stream()
                    .map(d -> LocalizedText.of(ko.pol_deadline(after(ko, d.after()), words(ko, d.within())),
                            en.pol_deadline(after(en, d.after()), words(en, d.within())))).toList();
            List<FieldView> required = s.required().stream().map(ptr -> new FieldView(ptr, field(ptr))).toList();
            stages.add(new StageView(i + 1, s.id(), s.name(), deadlines, required));
        }
        List<RuleView> rules = new ArrayList<>();
        for (String id : IncidentPolicy.RULE_IDS) {
            RuleSetting r = p.rule(id);
            rules.add(new RuleView(id, r.severity().wire(), r.enabled(), r.basis()));
        }
        return new PolicyView(p.id(), p.version(), p.title(), p.note(), p.zone().getId(),
                LocalizedText.of(ko.pol_reportable_value(minutes(ko, p.reportableMinutes())), en.pol_reportable_value(minutes(en, p.reportableMinutes()))),
                LocalizedText.of(ko.pol_notice_value(minutes(ko, p.userNoticeMinutes())), en.pol_notice_value(minutes(en, p.userNoticeMinutes()))),
                stages, rules);
    }

    private static String after(IncidentMessages m, Trigger t) {
        return switch (t) {
            case OCCURRENCE -> m.after_occurrence();
            case DETECTION -> m.after_detection();
            case CLASSIFICATION -> m.after_classification();
            case RECOVERY -> m.after_recovery();
            case PREVIOUS -> m.after_previous();
        };
    }

    /** A period in words: "1일 2시간" / "1 day 2 h". */
    static String words(IncidentMessages m, Within w) {
        List<String> parts = new ArrayList<>();
        for (Within.Part part : w.parts()) {
            long n = part.amount();
            parts.add(switch (part.unit()) {
                case YEARS -> m.unit_YEARS(n);
                case MONTHS -> m.unit_MONTHS(n);
                case DAYS -> m.unit_DAYS(n);
                case HOURS -> m.unit_HOURS(n);
                case MINUTES -> m.unit_MINUTES(n);
                case SECONDS -> m.unit_SECONDS(n);
            });
        }
        return String.join(" ", parts);
    }

    /** A threshold in minutes in words: 10 → "10분", 120 → "2시간", 0 → "0분". */
    static String minutes(IncidentMessages m, int minutes) {
        return minutes <= 0 ? m.unit_MINUTES(minutes) : words(m, Within.parse("PT" + minutes + "M"));
    }

    /** Report fields by JSON Pointer, labelled as on the report form. */
    private LocalizedText field(String pointer) {
        Map.Entry<String, String> label = switch (pointer) {
            case "/summary" -> Map.entry(ko.field_summary(), en.field_summary());
            case "/occurredAt" -> Map.entry(ko.field_occurredAt(), en.field_occurredAt());
            case "/detectedAt" -> Map.entry(ko.field_detectedAt(), en.field_detectedAt());
            case "/classifiedAt" -> Map.entry(ko.field_classifiedAt(), en.field_classifiedAt());
            case "/recoveredAt" -> Map.entry(ko.field_recoveredAt(), en.field_recoveredAt());
            case "/affectedServices" -> Map.entry(ko.field_services(), en.field_services());
            case "/affectedSites" -> Map.entry(ko.field_sites(), en.field_sites());
            case "/usersAffected" -> Map.entry(ko.field_usersAffected(), en.field_usersAffected());
            case "/regions" -> Map.entry(ko.field_regions(), en.field_regions());
            case "/cause/category" -> Map.entry(ko.field_causeCategory(), en.field_causeCategory());
            case "/cause/description" -> Map.entry(ko.field_causeDescription(), en.field_causeDescription());
            case "/continuityPlanActivated" -> Map.entry(ko.field_bcp(), en.field_bcp());
            case "/userNotice" -> Map.entry(ko.notice_heading(), en.notice_heading());
            case "/actions" -> Map.entry(ko.field_actions(), en.field_actions());
            case "/final/rootCauses" -> Map.entry(ko.field_rootCauses(), en.field_rootCauses());
            case "/final/resolution" -> Map.entry(ko.field_resolution(), en.field_resolution());
            case "/final/recurrencePrevention" -> Map.entry(ko.field_recurrencePrevention(), en.field_recurrencePrevention());
            case "/final/costs" -> Map.entry(ko.field_costsKrw(), en.field_costsKrw());
            case "/final/recurring" -> Map.entry(ko.field_recurring(), en.field_recurring());
            default -> Map.entry(pointer, pointer);
        };
        return LocalizedText.of(label.getKey(), label.getValue());
    }
}
