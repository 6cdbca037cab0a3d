package kr.drregistry.plan.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the plan editor, Korean by default ({@code messages/plan_ko.properties}) and English
 * ({@code messages/plan_en.properties}). In templates: {@code {plan:save}}. Words chosen by the data (a field's label,
 * a section, a list, an alert level) are enum methods, which Qute checks at build time for every constant in both
 * languages: {@code {plan:field(f.label)}}, {@code {plan:sec(s.section)}}, {@code {plan:row(r.list)}}.
 */
@MessageBundle(value = "plan", locale = "ko")
public interface PlanMessages {
    @Message String page_title();
    @Message String page_heading(int year);
    @Message String page_intro();
    @Message String filing_facts();
    @Message String filing_title();
    @Message String filing_status();
    @Message String filing_year();
    @Message String filing_version();
    @Message String nav_label();
    @Message String nav_attachments();
    @Message String mark_ok();
    @Message String mark_todo(int n);
    @Message String mark_error(int n);
    @Message String save();
    @Message String status_label();
    @Message String status_never();
    @Message String status_loaded(String when, String by);
    @Message String status_saved(String time);
    @Message String status_unchanged(String time);
    @Message String status_not_saved(int n);
    @Message String status_stale();
    @Message String status_refused();
    @Message String status_forbidden();
    @Message String status_failed();
    @Message String status_saving();
    @Message String reload();
    @Message String summary_title(int n);
    @Message String summary_intro();
    @Message String summary_document();
    @Message String findings_title();
    @Message String plan_findings_none();
    @Message String findings_policy(String policy);
    @Message String finding_basis();
    @Message String finding_remedy();
    @Message String finding_fields();
    @Message String optional_hint();
    @Message String lines_hint();
    @Message String minutes_hint();
    @Message String remove();
    @Message String rows_empty();
    @Message String plan_choose();
    @Message String sec_officer_intro();
    @Message String grp_officer();
    @Message String grp_department();
    @Message String sec_contacts_intro();
    @Message String grp_contacts();
    @Message String grp_escalation();
    @Message String sec_alertLevels_intro();
    @Message String sec_scenarios_intro();
    @Message String sec_detection_intro();
    @Message String sec_procedures_intro();
    @Message String services_known(String list);
    @Message String h_serviceId();
    @Message String sec_notification_intro();
    @Message String grp_userNotice();
    @Message String grp_template();
    @Message String grp_regulatorReport();
    @Message String sec_drills_intro();
    @Message String sec_updateValidation_intro();
    @Message String sec_multicloud_intro();
    @Message String att_title();
    @Message String att_intro(String max);
    @Message String att_file();
    @Message String att_upload();
    @Message String att_progress();
    @Message String att_list();
    @Message String att_name();
    @Message String att_type();
    @Message String att_size();
    @Message String att_sha();
    @Message String att_by();
    @Message String att_version();
    @Message String att_draft();
    @Message String att_frozen(int n);
    @Message String att_none();
    @Message String att_download();
    @Message String att_uploaded(String name);
    @Message String att_too_large(String max);
    @Message String att_refused(String type);
    @Message String att_empty();
    @Message String att_missing();
    @Message String att_forbidden();
    @Message String att_failed();
    @Message String att_count(int n);
    /** A crisis-alert level (위기경보 단계). */
    @Message String level(kr.drregistry.plan.model.AlertLevelKind level);

    /** A field's label in the editor, the error summary and the review page (keys {@code field_$OFFICER_NAME}). */
    @Message String field(kr.drregistry.plan.form.PlanField field);

    /** A section of the editor (keys {@code sec_officer}; its introduction is {@code sec_officer_intro}). */
    @Message String sec(Section section);

    /** The title of one row of a repeatable list ({@code 연락처 2}). */
    @Message String row(RowList list);

    /** The button that adds a row to a repeatable list. */
    @Message String add(RowList list);

    /**
     * The editor's sections, in page order, and the plan/v1 members each edits (the first names it). The constants
     * are the section ids the page uses in its anchors ({@code #sec-alertLevels}).
     */
    enum Section {
        officer("officer", "department"),
        contacts("contacts", "escalation"),
        alertLevels("alertLevels"),
        scenarios("scenarios"),
        detection("detection"),
        procedures("procedures"),
        notification("notification"),
        drills("drills"),
        updateValidation("updateValidation"),
        multicloud("multicloud");

        private final java.util.List<String> members;

        Section(String... members) {
            this.members = java.util.List.of(members);
        }

        public java.util.List<String> members() {
            return members;
        }

        /** The section that edits plan/v1 member {@code member}, or null. */
        public static Section ofMember(String member) {
            return java.util.Arrays.stream(values()).filter(s -> s.members.contains(member)).findFirst().orElse(null);
        }
    }

    /** The editor's repeatable lists (plan/v1 member names). */
    enum RowList {
        contacts, escalation, scenarios, procedures, drills;

        /** The list named {@code name}, or null. */
        public static RowList of(String name) {
            return java.util.Arrays.stream(values()).filter(l -> l.name().equals(name)).findFirst().orElse(null);
        }
    }
}
