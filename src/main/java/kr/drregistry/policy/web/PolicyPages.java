package kr.drregistry.policy.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import kr.drregistry.identity.CurrentActor;
import kr.drregistry.identity.Roles;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.policy.PolicyVersion;
import kr.drregistry.policy.PolicyService.StoredPolicy;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.PolicyDiff;
import kr.drregistry.rules.PolicyJson;
import kr.drregistry.rules.Severity;

/**
 * The validation policy as the regulator sees it: the active version's rules (severity, whether they run, legal
 * basis) and parameters (thresholds, deadlines, distances), the older versions read-only, and for the lead a form
 * that saves a NEW version (never an edit of a stored one) with a required change note, after showing what changed.
 * Reviewers read; operators have no access. Reports name the policy id and version they used; a new active
 * version applies to new validations only.
 */
@Path("/regulator/policy")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class PolicyPages {
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    private static final Set<String> INTEGER_PARAMETERS = Set.of(Policy.FILING_DUE_MONTH, Policy.FILING_DUE_DAY,
            Policy.CONCENTRATION_MIN_OPERATORS, Policy.CONCENTRATION_MAX_TIER, Policy.DRILL_MAX_AGE_MONTHS);

    @Inject
    PolicyService policies;
    @Inject
    CurrentActor current;
    @Inject
    @Localized("ko")
    PolicyMessages ko;
    @Inject
    @Localized("en")
    PolicyMessages en;

    /** One rule as shown and edited; the error fields hold what is wrong with what was typed. */
    public record RuleRow(String id, String severity, boolean enabled, String basisKo, String basisEn, LocalizedText severityError,
                          LocalizedText basisKoError, LocalizedText basisEnError) {
    }

    /** One parameter; {@code parameter}: which one, for its description in the {@code policy} bundle. */
    public record ParamRow(String name, PolicyParameter parameter, String value, LocalizedText error) {
        public String fieldId() {
            return "p-" + name.replace('.', '-');
        }
    }

    /** The form: what is shown (the active policy) or what was typed, with errors by field. */
    /** {@code base}: the active version the form was filled from (saving on top of a newer one is refused). */
    public record Form(String id, String base, String version, String titleKo, String titleEn, String note, List<RuleRow> rules,
                       List<ParamRow> params, Map<String, LocalizedText> errors) {
        public LocalizedText error(String field) {
            return errors.get(field);
        }

        public boolean invalid() {
            return !errors.isEmpty();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policy(StoredPolicy shown, Form form, List<PolicyVersion> versions,
                                              boolean lead, boolean editing, List<PolicyDiff.Change> preview, String saved,
                                              boolean showChanges, List<String> severities);
    }

    @GET
    public TemplateInstance page(@QueryParam("id") String id, @QueryParam("version") String version,
                                 @QueryParam("saved") String saved) {
        StoredPolicy shown = version == null || version.isBlank() ? policies.activeStored()
                : policies.stored(id == null || id.isBlank() ? policies.current().id() : id, version);
        boolean lead = current.get().has(Roles.REGULATOR_LEAD);
        boolean editing = lead && shown.version().active();
        Form form = form(shown.policy(), editing ? nextVersion(shown.policy()) : shown.policy().version(), "", Map.of());
        return Templates.policy(shown, form, policies.versions(), lead, editing, null, saved, !editing || saved != null, SEVERITIES);
    }

    /**
     * The lead's form. {@code action=preview} shows what would change; {@code action=save} validates and stores a
     * new active version, then shows it with its changes. Errors come back at their fields and nothing is saved.
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public Response save(MultivaluedMap<String, String> params) {
        StoredPolicy active = policies.activeStored();
        Policy before = active.policy();
        Map<String, LocalizedText> errors = new LinkedHashMap<>();
        Policy typed = read(params, before, errors);
        String note = value(params, "note");
        String version = value(params, "version");
        boolean save = "save".equals(params.getFirst("action"));
        String base = value(params, "base");
        if (!base.equals(active.version().version())) {
            // another lead published while this one was editing: what they changed must not be undone unseen
            errors.put("form", changedMeanwhile(active));
            return Response.status(409).entity(Templates.policy(active, typedForm(params, before, errors), policies.versions(),
                    true, true, null, null, false, SEVERITIES)).build();
        }
        List<PolicyDiff.Change> changes = typed == null ? null : PolicyDiff.between(before, typed);
        if (typed != null && changes.isEmpty()) {
            errors.put("form", l(ko.policy_no_changes(), en.policy_no_changes()));
        }
        if (save && note.isEmpty()) {
            errors.put("note", l(ko.policy_note_required(), en.policy_note_required()));
        }
        if (!errors.isEmpty() || !save) {
            Form form = typedForm(params, before, errors);
            return Response.status(errors.isEmpty() ? 200 : 400)
                    .entity(Templates.policy(active, form, policies.versions(), true, true, changes, null, false, SEVERITIES)).build();
        }
        try {
            policies.publish(PolicyJson.write(typed), note, base);
        } catch (ProblemException e) {
            if ("policy-changed".equals(e.code())) {
                StoredPolicy now = policies.activeStored();
                errors.put("form", changedMeanwhile(now));
                return Response.status(409).entity(Templates.policy(now, typedForm(params, before, errors), policies.versions(),
                        true, true, null, null, false, SEVERITIES)).build();
            }
            e.errors().forEach(fe -> errors.put(field(fe.pointer()), l(fe.messageKo(), fe.message())));
            if (errors.isEmpty()) {
                errors.put("form", l(e.getMessage(), e.getMessage()));
            }
            return Response.status(e.status()).entity(Templates.policy(active, typedForm(params, before, errors), policies.versions(),
                    true, true, changes, null, false, SEVERITIES)).build();
        }
        return Response.seeOther(URI.create("/regulator/policy?saved=" + java.net.URLEncoder.encode(version,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }

    /** A JSON Pointer of the policy document as the name of the form field it came from. */
    static String field(String pointer) {
        if (pointer.startsWith("/rules/")) {
            String[] p = pointer.substring(7).split("/");
            return p.length < 2 ? "form" : switch (p[1]) {
                case "severity" -> "sev_" + p[0];
                case "basis" -> p.length > 2 && p[2].equals("en") ? "ben_" + p[0] : "bko_" + p[0];
                default -> "on_" + p[0];
            };
        }
        if (pointer.startsWith("/parameters/")) {
            return "p_" + pointer.substring(12).replace("~1", "/").replace("~0", "~");
        }
        return switch (pointer) {
            case "/version" -> "version";
            case "/title/ko" -> "titleKo";
            case "/title/en" -> "titleEn";
            case "/note" -> "note";
            default -> "form";
        };
    }

    private LocalizedText changedMeanwhile(StoredPolicy now) {
        String v = now.version().version();
        String by = now.version().createdBy();
        return l(ko.policy_changed_meanwhile(v, by), en.policy_changed_meanwhile(v, by));
    }

    private LocalizedText l(String k, String e) {
        return new LocalizedText(k, e);
    }

    private static String value(MultivaluedMap<String, String> params, String name) {
        String v = params.getFirst(name);
        return v == null ? "" : v.strip();
    }

    /** What was typed as a policy, or null (with errors at the fields) when it is not one. */
    private Policy read(MultivaluedMap<String, String> params, Policy before, Map<String, LocalizedText> errors) {
        String version = value(params, "version");
        if (version.isEmpty()) {
            errors.put("version", l(ko.policy_required(), en.policy_required()));
        } else if (version.length() > 63 || !version.matches("[A-Za-z0-9._-]+")) {
            errors.put("version", l(ko.policy_version_format(), en.policy_version_format()));
        } else if (policies.exists(before.id(), version)) {
            errors.put("version", l(ko.policy_version_taken(version), en.policy_version_taken(version)));
        }
        String titleKo = value(params, "titleKo");
        String titleEn = value(params, "titleEn");
        if (titleKo.isEmpty()) {
            errors.put("titleKo", l(ko.policy_required(), en.policy_required()));
        }
        if (titleEn.isEmpty()) {
            errors.put("titleEn", l(ko.policy_required(), en.policy_required()));
        }
        if (value(params, "note").length() > 4000) {
            errors.put("note", l(ko.policy_note_long(), en.policy_note_long()));
        }
        Map<String, Policy.RuleSetting> rules = new LinkedHashMap<>();
        for (String id : Policies.RULE_IDS) {
            String sev = value(params, "sev_" + id);
            Severity severity = SEVERITIES.contains(sev) ? Severity.parse(sev) : null;
            if (severity == null) {
                errors.put("sev_" + id, sev.isEmpty() ? l(ko.policy_required(), en.policy_required())
                        : l(ko.policy_bad_severity(sev), en.policy_bad_severity(sev)));
            }
            String bko = value(params, "bko_" + id);
            String ben = value(params, "ben_" + id);
            if (bko.isEmpty()) {
                errors.put("bko_" + id, l(ko.policy_required(), en.policy_required()));
            }
            if (ben.isEmpty()) {
                errors.put("ben_" + id, l(ko.policy_required(), en.policy_required()));
            }
            if (severity != null && !bko.isEmpty() && !ben.isEmpty()) {
                rules.put(id, new Policy.RuleSetting(severity, params.containsKey("on_" + id), LocalizedText.of(bko, ben)));
            }
        }
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (String name : Policies.PARAMETERS) {
            String raw = value(params, "p_" + name);
            if (raw.isEmpty()) {
                errors.put("p_" + name, l(ko.policy_param_missing(), en.policy_param_missing()));
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(raw.replace(",", ""));
            } catch (NumberFormatException e) {
                errors.put("p_" + name, l(ko.policy_not_a_number(raw), en.policy_not_a_number(raw)));
                continue;
            }
            if (!Double.isFinite(v) || v < 0) {
                errors.put("p_" + name, l(ko.policy_negative(), en.policy_negative()));
            } else if (INTEGER_PARAMETERS.contains(name) && v != Math.rint(v)) {
                errors.put("p_" + name, l(ko.policy_whole_number(), en.policy_whole_number()));
            } else if (name.equals(Policy.FILING_DUE_MONTH) && (v < 1 || v > 12)) {
                errors.put("p_" + name, l(ko.policy_month(), en.policy_month()));
            } else if (name.equals(Policy.FILING_DUE_DAY) && (v < 1 || v > 31)) {
                errors.put("p_" + name, l(ko.policy_day(), en.policy_day()));
            } else {
                parameters.put(name, v);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Policy(before.id(), version, LocalizedText.of(titleKo, titleEn), rules, parameters);
    }

    /** The form as the active policy shows it. */
    private Form form(Policy p, String version, String note, Map<String, LocalizedText> errors) {
        List<RuleRow> rules = new ArrayList<>();
        for (String id : Policies.RULE_IDS) {
            Policy.RuleSetting s = p.rules().get(id);
            rules.add(new RuleRow(id, s.severity().wire(), s.enabled(), s.basis().ko(), s.basis().en(), null, null, null));
        }
        List<ParamRow> params = new ArrayList<>();
        for (String name : Policies.PARAMETERS) {
            params.add(new ParamRow(name, PolicyParameter.of(name), PolicyDiff.number(p.parameters().get(name)), null));
        }
        return new Form(p.id(), p.version(), version, p.title().ko(), p.title().en(), note, rules, params, errors);
    }

    /** The form as typed, with its errors. */
    private Form typedForm(MultivaluedMap<String, String> params, Policy before, Map<String, LocalizedText> errors) {
        List<RuleRow> rules = new ArrayList<>();
        for (String id : Policies.RULE_IDS) {
            rules.add(new RuleRow(id, value(params, "sev_" + id), params.containsKey("on_" + id), value(params, "bko_" + id),
                    value(params, "ben_" + id), errors.get("sev_" + id), errors.get("bko_" + id), errors.get("ben_" + id)));
        }
        List<ParamRow> list = new ArrayList<>();
        for (String name : Policies.PARAMETERS) {
            list.add(new ParamRow(name, PolicyParameter.of(name), value(params, "p_" + name), errors.get("p_" + name)));
        }
        return new Form(before.id(), value(params, "base"), value(params, "version"), value(params, "titleKo"), value(params, "titleEn"),
                value(params, "note"), rules, list, Map.copyOf(errors));
    }

    /** {@code 2026.3} → {@code 2026.4} (the first not yet stored); otherwise the version with {@code .1} appended. */
    String nextVersion(Policy p) {
        return kr.drregistry.rules.PolicyVersions.next(p.version(), v -> policies.exists(p.id(), v));
    }
}
