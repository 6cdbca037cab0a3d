package kr.drregistry.plan.web;

import kr.drregistry.web.Sizes;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.quarkus.qute.TemplateData;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.plan.model.AlertLevelKind;
import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.plan.form.PlanField;
import kr.drregistry.plan.form.PlanForm;
import kr.drregistry.plan.form.PlanFormReader.Problem;
import kr.drregistry.plan.form.PlanFormSpec;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.ValidationReport;

/**
 * Everything the plan editor page shows: the form as typed, the errors at their fields and summarised, the
 * completeness findings by section with a mark per section, the save status and the attachments.
 */
@TemplateData
public final class PlanEditorView {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(SEOUL);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'KST'").withZone(SEOUL);

    /** How the last save went: {@code kind} is loaded, never, saved, unchanged, stale, refused or forbidden. */
    @TemplateData
    public record Status(String kind, String time, String when, String by, int notSaved, String detail) {
        static Status loaded(Instant at, String by) {
            return at == null ? new Status("never", null, null, null, 0, null)
                    : new Status("loaded", TIME.format(at), DATE_TIME.format(at), by, 0, null);
        }

        static Status saved(Instant at, int notSaved) {
            return new Status("saved", TIME.format(at), DATE_TIME.format(at), null, notSaved, null);
        }

        static Status unchanged(Instant at, int notSaved) {
            return new Status("unchanged", at == null ? null : TIME.format(at), null, null, notSaved, null);
        }

        static Status of(String kind, String detail) {
            return new Status(kind, null, null, null, 0, detail);
        }

        public boolean problem() {
            return kind.equals("stale") || kind.equals("refused") || kind.equals("forbidden");
        }
    }

    /** One field as the form shows it; {@code label} names it ({@code {plan:field(f.label)}}). */
    @TemplateData
    public record FieldView(String name, String id, String value, boolean checked, List<String> errors, PlanField label) {
        public boolean invalid() {
            return !errors.isEmpty();
        }

        public String errorText() {
            return String.join(" ", errors);
        }

        public String errorId() {
            return id + "-err";
        }

        public String hintId() {
            return id + "-hint";
        }
    }

    /** One row of a list; {@code index} is its form row number ("__i__" in the template for new rows). */
    @TemplateData
    public record RowView(String list, String index, String no) {
        /** The list, for its words ({@code {plan:row(r.kind)}}). */
        public PlanMessages.RowList kind() {
            return PlanMessages.RowList.of(list);
        }

        public String p(String field) {
            return "/" + list + "/" + index + "/" + field;
        }

        public String id() {
            return "row-" + list + "-" + index;
        }
    }

    /**
     * One error in the summary at the top: the section, the row (an alert level, or a list and its number) and the
     * field it is in, each null when it has none.
     */
    @TemplateData
    public record ProblemView(String fieldId, PlanMessages.Section section, AlertLevelKind level, PlanMessages.RowList list,
                              String rowNo, PlanField label, String message) {
    }

    /** One step of a finding's chain, with the field it leads to (or the section). */
    @TemplateData
    public record StepView(String text, String href) {
    }

    @TemplateData
    public record FindingView(String rule, String severity, String message, String basis, String remedy, List<StepView> steps) {
    }

    @TemplateData
    public record SectionView(PlanMessages.Section section, int number, List<FindingView> findings, int errors) {
        /** The section's id in the page's anchors ({@code sec-alertLevels}). */
        public String id() {
            return section.name();
        }

        /** ok, todo (findings) or error (inputs not saved). */
        public String mark() {
            return errors > 0 ? "error" : findings.isEmpty() ? "ok" : "todo";
        }

        public String worst() {
            return findings.isEmpty() ? "" : findings.get(0).severity();
        }
    }

    @TemplateData
    public record Option(String value, String label) {
    }

    public final FilingView filing;
    public final PlanForm form;
    public final String lang;
    public final long draftVersion;
    public final Status status;
    public final List<String> services;
    public final long maxBytes;
    public final String policy;
    public final List<ProblemView> problems;
    public final List<SectionView> sections;
    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    PlanEditorView(FilingView filing, PlanForm form, List<Problem> problems, ValidationReport report, long draftVersion,
                   Status status, List<String> services, long maxBytes, String lang) {
        this.filing = filing;
        this.form = form;
        this.lang = lang;
        this.draftVersion = draftVersion;
        this.status = status;
        this.services = services;
        this.maxBytes = maxBytes;
        this.policy = report == null ? null : report.policyId() + " " + report.policyVersion();
        List<ProblemView> shown = new ArrayList<>();
        Map<PlanMessages.Section, Integer> errorsBySection = new LinkedHashMap<>();
        for (Problem p : problems) {
            errors.computeIfAbsent(p.field(), k -> new ArrayList<>()).add(p.message(lang));
            PlanMessages.Section section = sectionOf(p.field().isEmpty() ? p.pointer() : p.field());
            if (section != null) {
                errorsBySection.merge(section, 1, Integer::sum);
            }
            shown.add(problemView(p, section));
        }
        this.problems = List.copyOf(shown);
        Map<PlanMessages.Section, List<FindingView>> findings = new LinkedHashMap<>();
        if (report != null) {
            for (Finding f : report.findings()) {
                PlanMessages.Section section = sectionOf(f.subject().id());
                if (section != null) {
                    findings.computeIfAbsent(section, k -> new ArrayList<>()).add(findingView(f));
                }
            }
        }
        List<SectionView> views = new ArrayList<>();
        int n = 1;
        for (PlanMessages.Section s : PlanMessages.Section.values()) {
            views.add(new SectionView(s, n++, findings.getOrDefault(s, List.of()), errorsBySection.getOrDefault(s, 0)));
        }
        this.sections = List.copyOf(views);
    }

    /**
     * The page section a pointer, field name or finding subject ({@code procedures/talk}) belongs to, or null for
     * the document as a whole or a member the editor does not show.
     */
    static PlanMessages.Section sectionOf(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return PlanMessages.Section.ofMember(p.contains("/") ? p.substring(0, p.indexOf('/')) : p);
    }

    private ProblemView problemView(Problem p, PlanMessages.Section section) {
        String field = p.field();
        if (field.isEmpty()) {
            return new ProblemView(null, section, null, null, null, null, p.message(lang));
        }
        String[] t = field.substring(1).split("/");
        AlertLevelKind level = null;
        PlanMessages.RowList list = null;
        String rowNo = null;
        PlanFormSpec.Rows rows = PlanFormSpec.rows(t[0]);
        if (rows != null && t.length > 1) {
            int index = Integer.parseInt(t[1]);
            if (rows.fixed()) {
                level = AlertLevelKind.fromWire(rows.fixedKeys().get(index));
            } else {
                list = PlanMessages.RowList.of(t[0]);
                rowNo = String.valueOf(form.rows(t[0]).indexOf(index) + 1);
            }
        }
        return new ProblemView(id(field), section, level, list, rowNo, PlanField.of(field), p.message(lang));
    }

    private FindingView findingView(Finding f) {
        List<StepView> steps = new ArrayList<>();
        for (ChainStep step : f.chain()) {
            String field = form.fieldFor(step.id());
            PlanMessages.Section section = sectionOf(step.id());
            String href = !field.isEmpty() ? "#" + id(field) : "#sec-" + (section == null ? "" : section.name());
            steps.add(new StepView(step.text() == null ? step.id() : step.text().in(lang), href));
        }
        return new FindingView(f.rule(), f.severity().wire(), f.message().in(lang),
                f.basis() == null ? null : f.basis().in(lang), f.remedy() == null ? null : f.remedy().in(lang), steps);
    }

    /** The HTML id of the control of field {@code name}: {@code /contacts/2/phone} → {@code f-contacts-2-phone}. */
    static String id(String name) {
        return "f" + name.replace('/', '-');
    }

    /* ---- for the templates ---- */

    public FieldView f(String name) {
        return new FieldView(name, id(name), form.value(name), form.checked(name), errors.getOrDefault(name, List.of()),
                PlanField.of(name));
    }

    public List<RowView> rows(String list) {
        List<RowView> out = new ArrayList<>();
        int no = 1;
        for (int i : form.rows(list)) {
            out.add(new RowView(list, String.valueOf(i), String.valueOf(no++)));
        }
        return out;
    }

    /** The row a new item of {@code list} is cloned from (plan.js replaces __i__ by a fresh row number). */
    public RowView newRow(String list) {
        return new RowView(list, "__i__", "");
    }

    /** A blank row for browsers without JavaScript (inside noscript): fill it in and save to add an item. */
    public RowView spareRow(String list) {
        return new RowView(list, String.valueOf(nextRow(list)), String.valueOf(form.rows(list).size() + 1));
    }

    /** The next free row number of {@code list}. */
    public int nextRow(String list) {
        List<Integer> rows = form.rows(list);
        return rows.isEmpty() ? 0 : rows.get(rows.size() - 1) + 1;
    }

    public SectionView section(String id) {
        return sections.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    public List<Option> scenarioKinds() {
        List<Option> out = new ArrayList<>();
        for (ScenarioKind k : ScenarioKind.values()) {
            out.add(new Option(k.wire(), "en".equals(lang) ? k.en() : k.ko()));
        }
        return out;
    }

    public List<String> alertLevels() {
        return PlanFormSpec.ALERT_LEVELS;
    }

    /** Field errors by form name, for plan.js to show after an autosave. */
    public String errorsJson() {
        StringBuilder sb = new StringBuilder("{");
        for (Map.Entry<String, List<String>> e : errors.entrySet()) {
            if (e.getKey().isEmpty()) {
                continue;
            }
            sb.append(sb.length() > 1 ? "," : "").append(json(e.getKey())).append(':').append(json(String.join(" ", e.getValue())));
        }
        return sb.append('}').toString();
    }

    /** A JSON string, safe inside a script element (no "<"). */
    static String json(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '<' -> sb.append("\\u003c");
                case '>' -> sb.append("\\u003e");
                case '&' -> sb.append("\\u0026");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    public int problemCount() {
        return problems.size();
    }

    public String maxSize() {
        return Sizes.human(maxBytes);
    }

    public boolean servicesKnown() {
        return !services.isEmpty();
    }

    public String servicesList() {
        return String.join(", ", services);
    }
}
