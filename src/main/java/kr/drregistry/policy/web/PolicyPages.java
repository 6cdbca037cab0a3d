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
import jakarta.ws.rs.PathParam;
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
 * The validation policy as the regulator sees it: the active version's rules (by name and meaning, with severity and
 * whether they run, searchable) and parameters (thresholds, deadlines, distances), the older versions read-only, and
 * for the lead an editor that changes one rule, or the parameters, at a time: the edit shows exactly what changes
 * against the active version, and publishing it as a NEW version (never an edit of a stored one) needs a change note
 * and an explicit confirmation that it applies to new validations. Reviewers read; operators have no access. Reports
 * name the policy id and version they used; a new active version applies to new validations only.
 */
@Path("/regulator/policy")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Roles.REGULATOR_REVIEWER, Roles.REGULATOR_LEAD})
public class PolicyPages {
    static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    private static final Set<String> INTEGER_PARAMETERS = Set.of(Policy.FILING_DUE_MONTH, Policy.FILING_DUE_DAY,
            Policy.CONCENTRATION_MIN_OPERATORS, Policy.CONCENTRATION_MAX_TIER, Policy.DRILL_MAX_AGE_MONTHS);
    /** The longest search and basis texts taken (a basis is a sentence or two citing a law). */
    static final int MAX_QUERY = 200;
    static final int MAX_BASIS = 2000;

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

    /** One rule in the list: its words (from the rules themselves) and the shown version's settings. */
    public record RuleItem(String id, LocalizedText name, LocalizedText meaning, String severity, boolean enabled,
                           LocalizedText basis) {
    }

    /** One rule as edited; the error fields hold what is wrong with what was typed. */
    public record RuleRow(String id, String severity, boolean enabled, String basisKo, String basisEn, LocalizedText severityError,
                          LocalizedText basisKoError, LocalizedText basisEnError) {
        public boolean invalid() {
            return severityError != null || basisKoError != null || basisEnError != null;
        }
    }

    /** One parameter; {@code parameter}: which one, for its description in the {@code policy} bundle. */
    public record ParamRow(String name, PolicyParameter parameter, String value, LocalizedText error) {
        public String fieldId() {
            return "p-" + name.replace('.', '-');
        }
    }

    /**
     * What is edited (one rule, or the parameters) as shown or typed, with the new version's label, title and note and
     * the errors by field. {@code base}: the active version the edit started from (publishing on top of a newer one
     * is refused).
     */
    public record Form(String id, String base, String version, String titleKo, String titleEn, String note, boolean confirmed,
                       List<RuleRow> rules, List<ParamRow> params, Map<String, LocalizedText> errors) {
        public LocalizedText error(String field) {
            return errors.get(field);
        }

        public boolean invalid() {
            return !errors.isEmpty();
        }

        /** Whether a field of the rule or the parameters is wrong (the edit is shown again, not the publish step). */
        public boolean editInvalid() {
            return rules.stream().anyMatch(RuleRow::invalid) || params.stream().anyMatch(p -> p.error() != null);
        }
    }

    /** What one editor changes: one rule ({@code rule} its id) or every parameter ({@code rule} null). */
    record Scope(String rule) {
        boolean parameters() {
            return rule == null;
        }

        String action() {
            return parameters() ? "/regulator/policy/parameters" : "/regulator/policy/rules/" + rule;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance policy(StoredPolicy shown, List<RuleItem> rules, int total, String q, List<ParamRow> params,
                                              List<PolicyVersion> versions, boolean lead, boolean editable, String saved,
                                              Map<String, RuleCatalog.Entry> names);

        static native TemplateInstance edit(StoredPolicy active, Form form, RuleCatalog.Entry rule, String action,
                                            List<PolicyDiff.Change> preview, List<String> severities,
                                            Map<String, RuleCatalog.Entry> names);
    }

    /**
     * The rules (one row each, filtered by {@code q}: a code, or words of a name or meaning in either language) and
     * the parameters of the active version, or of {@code id}/{@code version}; {@code saved}: the version just published.
     */
    @GET
    public TemplateInstance page(@QueryParam("id") String id, @QueryParam("version") String version,
                                 @QueryParam("saved") String saved, @QueryParam("q") String q) {
        StoredPolicy shown = version == null || version.isBlank() ? policies.activeStored()
                : policies.stored(id == null || id.isBlank() ? policies.current().id() : id, version);
        boolean lead = current.get().has(Roles.REGULATOR_LEAD);
        Policy p = shown.policy();
        Map<String, RuleCatalog.Entry> names = RuleCatalog.of(p);
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        String needle = query.toLowerCase(java.util.Locale.ROOT);
        List<RuleItem> rules = new ArrayList<>();
        int total = 0;
        for (String rule : Policies.RULE_IDS) {
            Policy.RuleSetting s = p.rules().get(rule);
            RuleCatalog.Entry words = names.get(rule);
            if (s == null || words == null) {
                continue;
            }
            total++;
            if (needle.isEmpty() || words.matches(needle)) {
                rules.add(new RuleItem(rule, words.name(), words.meaning(), s.severity().wire(), s.enabled(), s.basis()));
            }
        }
        List<ParamRow> params = new ArrayList<>();
        for (String name : Policies.PARAMETERS) {
            params.add(new ParamRow(name, PolicyParameter.of(name), PolicyDiff.number(p.parameters().get(name)), null));
        }
        return Templates.policy(shown, rules, total, query, params, policies.versions(), lead, lead && shown.version().active(),
                saved, names);
    }

    /** The lead's editor of one rule of the active version: severity, whether it runs, its basis. */
    @GET
    @Path("rules/{rule}")
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public TemplateInstance rule(@PathParam("rule") String rule) {
        Scope scope = scope(rule);
        StoredPolicy active = policies.activeStored();
        return editor(active, form(active.policy(), scope), scope, null);
    }

    /** The lead's editor of the parameters of the active version. */
    @GET
    @Path("parameters")
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public TemplateInstance parameters() {
        Scope scope = new Scope(null);
        StoredPolicy active = policies.activeStored();
        return editor(active, form(active.policy(), scope), scope, null);
    }

    /** See {@link #submit}: one rule. */
    @POST
    @Path("rules/{rule}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public Response saveRule(@PathParam("rule") String rule, MultivaluedMap<String, String> params) {
        return submit(scope(rule), params);
    }

    /** See {@link #submit}: the parameters. */
    @POST
    @Path("parameters")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.REGULATOR_LEAD)
    public Response saveParameters(MultivaluedMap<String, String> params) {
        return submit(new Scope(null), params);
    }

    /**
     * An editor's form. {@code action=preview} checks the edit and shows what it changes against the active version,
     * with the new version's label, title, change note and the confirmation; {@code action=edit} goes back to the
     * edit with what was typed; {@code action=save} publishes the new version, only with a note and the confirmation
     * ticked, only on top of the version the edit started from. Errors come back at their fields (400, 409 for a stale
     * base) and nothing is saved.
     */
    private Response submit(Scope scope, MultivaluedMap<String, String> params) {
        StoredPolicy active = policies.activeStored();
        Policy before = active.policy();
        Map<String, LocalizedText> errors = new LinkedHashMap<>();
        String action = value(params, "action");
        boolean save = "save".equals(action);
        boolean publishStep = save || "preview".equals(action);
        String base = value(params, "base");
        if (!base.equals(active.version().version())) {
            // another lead published while this one was editing: what they changed must not be undone unseen
            errors.put("form", changedMeanwhile(active));
            return Response.status(409).entity(editor(active, typedForm(params, before, scope, errors), scope, null)).build();
        }
        Policy edited = readEdit(params, before, scope, errors);
        List<PolicyDiff.Change> changes = edited == null ? null : PolicyDiff.between(before, edited);
        if (edited != null && changes.isEmpty()) {
            errors.put("form", l(ko.policy_no_changes(), en.policy_no_changes()));
        }
        if (!errors.isEmpty() || !publishStep) {
            return Response.status(errors.isEmpty() ? 200 : 400)
                    .entity(editor(active, typedForm(params, before, scope, errors), scope, null)).build();
        }
        if (!save) {
            return Response.ok(editor(active, typedForm(params, before, scope, errors), scope, changes)).build();
        }
        Policy typed = readMeta(params, edited, errors);
        String note = value(params, "note");
        if (note.isEmpty()) {
            errors.put("note", l(ko.policy_note_required(), en.policy_note_required()));
        }
        if (!"yes".equals(value(params, "confirm"))) {
            errors.put("confirm", l(ko.policy_confirm_required(), en.policy_confirm_required()));
        }
        if (!errors.isEmpty()) {
            return Response.status(400).entity(editor(active, typedForm(params, before, scope, errors), scope, changes)).build();
        }
        try {
            policies.publish(PolicyJson.write(typed), note, base);
        } catch (ProblemException e) {
            if ("policy-changed".equals(e.code())) {
                StoredPolicy now = policies.activeStored();
                errors.put("form", changedMeanwhile(now));
                return Response.status(409).entity(editor(now, typedForm(params, before, scope, errors), scope, null)).build();
            }
            e.errors().forEach(fe -> errors.put(field(fe.pointer()), l(fe.messageKo(), fe.message())));
            if (errors.isEmpty()) {
                errors.put("form", l(e.getMessage(), e.getMessage()));
            }
            return Response.status(e.status()).entity(editor(active, typedForm(params, before, scope, errors), scope, changes)).build();
        }
        String anchor = scope.parameters() ? "#params-title" : "#rule-" + scope.rule();
        return Response.seeOther(URI.create("/regulator/policy?saved=" + java.net.URLEncoder.encode(typed.version(),
                java.nio.charset.StandardCharsets.UTF_8) + anchor)).build();
    }

    private TemplateInstance editor(StoredPolicy active, Form form, Scope scope, List<PolicyDiff.Change> preview) {
        Map<String, RuleCatalog.Entry> names = RuleCatalog.of(active.policy());
        return Templates.edit(active, form, scope.parameters() ? null : names.get(scope.rule()), scope.action(), preview,
                SEVERITIES, names);
    }

    /** The scope of rule {@code id}; 404 for a rule no policy sets. */
    private static Scope scope(String id) {
        if (!Policies.RULE_IDS.contains(id)) {
            throw ProblemException.notFound("rule " + id);
        }
        return new Scope(id);
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

    /** The new version's label, title and note as typed, on {@code edited}; errors at their fields. */
    private Policy readMeta(MultivaluedMap<String, String> params, Policy edited, Map<String, LocalizedText> errors) {
        String version = value(params, "version");
        if (version.isEmpty()) {
            errors.put("version", l(ko.policy_required(), en.policy_required()));
        } else if (version.length() > 63 || !version.matches("[A-Za-z0-9._-]+")) {
            errors.put("version", l(ko.policy_version_format(), en.policy_version_format()));
        } else if (policies.exists(edited.id(), version)) {
            errors.put("version", l(ko.policy_version_taken(version), en.policy_version_taken(version)));
        }
        String titleKo = value(params, "titleKo");
        String titleEn = value(params, "titleEn");
        if (titleKo.isEmpty()) {
            errors.put("titleKo", l(ko.policy_required(), en.policy_required()));
        } else if (titleKo.length() > 200) {
            errors.put("titleKo", l(ko.policy_text_long(200), en.policy_text_long(200)));
        }
        if (titleEn.isEmpty()) {
            errors.put("titleEn", l(ko.policy_required(), en.policy_required()));
        } else if (titleEn.length() > 200) {
            errors.put("titleEn", l(ko.policy_text_long(200), en.policy_text_long(200)));
        }
        if (value(params, "note").length() > 4000) {
            errors.put("note", l(ko.policy_note_long(), en.policy_note_long()));
        }
        return new Policy(edited.id(), version, LocalizedText.of(titleKo, titleEn), edited.rules(), edited.parameters());
    }

    /**
     * The active policy with what the editor of {@code scope} typed (one rule's settings, or every parameter), or
     * null (with errors at the fields) when that is not valid.
     */
    private Policy readEdit(MultivaluedMap<String, String> params, Policy before, Scope scope, Map<String, LocalizedText> errors) {
        Map<String, Policy.RuleSetting> rules = new LinkedHashMap<>(before.rules());
        Map<String, Double> parameters = new LinkedHashMap<>(before.parameters());
        if (!scope.parameters()) {
            String id = scope.rule();
            String sev = value(params, "sev_" + id);
            Severity severity = SEVERITIES.contains(sev) ? Severity.parse(sev) : null;
            if (severity == null) {
                errors.put("sev_" + id, sev.isEmpty() ? l(ko.policy_required(), en.policy_required())
                        : l(ko.policy_bad_severity(sev), en.policy_bad_severity(sev)));
            }
            String bko = value(params, "bko_" + id);
            String ben = value(params, "ben_" + id);
            basis(errors, "bko_" + id, bko);
            basis(errors, "ben_" + id, ben);
            if (errors.isEmpty()) {
                rules.put(id, new Policy.RuleSetting(severity, params.containsKey("on_" + id), LocalizedText.of(bko, ben)));
            }
        } else {
            for (String name : Policies.PARAMETERS) {
                Double v = number(name, value(params, "p_" + name), errors);
                if (v != null) {
                    parameters.put(name, v);
                }
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return new Policy(before.id(), before.version(), before.title(), rules, parameters);
    }

    private void basis(Map<String, LocalizedText> errors, String field, String text) {
        if (text.isEmpty()) {
            errors.put(field, l(ko.policy_required(), en.policy_required()));
        } else if (text.length() > MAX_BASIS) {
            errors.put(field, l(ko.policy_text_long(MAX_BASIS), en.policy_text_long(MAX_BASIS)));
        }
    }

    /** Parameter {@code name}'s value as typed, or null with its error. */
    private Double number(String name, String raw, Map<String, LocalizedText> errors) {
        String field = "p_" + name;
        if (raw.isEmpty()) {
            errors.put(field, l(ko.policy_param_missing(), en.policy_param_missing()));
            return null;
        }
        double v;
        try {
            v = Double.parseDouble(raw.replace(",", ""));
        } catch (NumberFormatException e) {
            errors.put(field, l(ko.policy_not_a_number(raw), en.policy_not_a_number(raw)));
            return null;
        }
        if (!Double.isFinite(v) || v < 0) {
            errors.put(field, l(ko.policy_negative(), en.policy_negative()));
        } else if (INTEGER_PARAMETERS.contains(name) && v != Math.rint(v)) {
            errors.put(field, l(ko.policy_whole_number(), en.policy_whole_number()));
        } else if (name.equals(Policy.FILING_DUE_MONTH) && (v < 1 || v > 12)) {
            errors.put(field, l(ko.policy_month(), en.policy_month()));
        } else if (name.equals(Policy.FILING_DUE_DAY) && (v < 1 || v > 31)) {
            errors.put(field, l(ko.policy_day(), en.policy_day()));
        } else {
            return v;
        }
        return null;
    }

    /** The editor of {@code scope} as the active policy {@code p} fills it. */
    private Form form(Policy p, Scope scope) {
        List<RuleRow> rules = new ArrayList<>();
        List<ParamRow> params = new ArrayList<>();
        if (scope.parameters()) {
            for (String name : Policies.PARAMETERS) {
                params.add(new ParamRow(name, PolicyParameter.of(name), PolicyDiff.number(p.parameters().get(name)), null));
            }
        } else {
            Policy.RuleSetting s = p.rule(scope.rule());
            rules.add(new RuleRow(scope.rule(), s.severity().wire(), s.enabled(), s.basis().ko(), s.basis().en(), null, null, null));
        }
        return new Form(p.id(), p.version(), nextVersion(p), p.title().ko(), p.title().en(), "", false, rules, params, Map.of());
    }

    /** The editor of {@code scope} as typed, with its errors. */
    private Form typedForm(MultivaluedMap<String, String> params, Policy before, Scope scope, Map<String, LocalizedText> errors) {
        List<RuleRow> rules = new ArrayList<>();
        List<ParamRow> list = new ArrayList<>();
        if (scope.parameters()) {
            for (String name : Policies.PARAMETERS) {
                list.add(new ParamRow(name, PolicyParameter.of(name), value(params, "p_" + name), errors.get("p_" + name)));
            }
        } else {
            String id = scope.rule();
            rules.add(new RuleRow(id, value(params, "sev_" + id), params.containsKey("on_" + id), value(params, "bko_" + id),
                    value(params, "ben_" + id), errors.get("sev_" + id), errors.get("bko_" + id), errors.get("ben_" + id)));
        }
        String version = params.containsKey("version") ? value(params, "version") : nextVersion(before);
        String titleKo = params.containsKey("titleKo") ? value(params, "titleKo") : before.title().ko();
        String titleEn = params.containsKey("titleEn") ? value(params, "titleEn") : before.title().en();
        return new Form(before.id(), value(params, "base"), version, titleKo, titleEn, value(params, "note"),
                "yes".equals(value(params, "confirm")), rules, list, Map.copyOf(errors));
    }

    /** {@code 2026.3} → {@code 2026.4} (the first not yet stored); otherwise the version with {@code .1} appended. */
    String nextVersion(Policy p) {
        return kr.drregistry.rules.PolicyVersions.next(p.version(), v -> policies.exists(p.id(), v));
    }
}
