package kr.drregistry.policy.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the validation policy pages (versions, the lead's form, what changed) and of the versions table both policy
 * pages share; a parameter's description by its {@link PolicyParameter}: {@code {policy:param(q.parameter)}}. Korean by
 * default ({@code messages/policy_ko.properties}) and English
 * ({@code messages/policy_en.properties}); in templates {@code {policy:key}}. One bundle per feature, named after
 * it (docs/glossary.md); the words of statuses, severities, types and decisions are the {@code vocab} bundle's.
 */
@MessageBundle(value = "policy", locale = "ko")
public interface PolicyMessages {
    // the policy page
    @Message String policy_title();
    @Message String policy_intro();
    @Message String policy_applies_new();
    @Message String policy_readonly();
    @Message String policy_active_version(String id, String version);
    @Message String policy_old_version(String id, String version);
    @Message String policy_back_to_active();
    @Message String policy_meta(String by, String at);
    @Message String policy_rules();
    @Message String policy_params();
    @Message String col_severity();
    @Message String col_enabled();
    @Message String col_basis_ko();
    @Message String col_basis_en();
    @Message String col_parameter();
    @Message String col_value();
    @Message String enabled_yes();
    @Message String enabled_no();
    @Message String enabled_label(String id);
    @Message String policy_new_version();
    @Message String policy_new_version_help();
    @Message String policy_title_ko();
    @Message String policy_title_en();
    @Message String policy_note();
    @Message String policy_note_help();
    @Message String policy_preview();
    @Message String policy_changes();
    @Message String policy_changes_preview(String version);
    @Message String policy_changes_vs(String version);
    @Message String policy_first_version();
    @Message String policy_changes_count(int n);
    @Message String diff_item();
    @Message String diff_field();
    @Message String diff_before();
    @Message String diff_after();
    @Message String policy_saved(String version);
    @Message String policy_versions_intro();
    @Message String col_note();
    @Message String policy_active_badge();
    @Message String policy_errors();
    @Message String policy_required();
    @Message String policy_version_format();
    @Message String policy_version_taken(String version);
    @Message String policy_note_required();
    @Message String policy_note_long();
    @Message String policy_bad_severity(String value);
    @Message String policy_param_missing();
    @Message String policy_not_a_number(String value);
    @Message String policy_negative();
    @Message String policy_whole_number();
    @Message String policy_month();
    @Message String policy_day();
    @Message String policy_no_changes();
    @Message String policy_changed_meanwhile(String version, String by);
    @Message String policy_text_long(int max);
    // search, one rule at a time, publishing with a confirmation
    @Message String policy_search_label();
    @Message String policy_search_help();
    @Message String policy_search_button();
    @Message String policy_search_all();
    @Message String policy_search_shown(int n, int total);
    @Message String policy_search_none(String q);
    @Message String col_rule_name();
    @Message String col_edit();
    @Message String policy_edit();
    @Message String policy_edit_rule_label(String id, String name);
    @Message String policy_edit_params();
    @Message String policy_basis_label();
    @Message String policy_edit_rule_title(String name);
    @Message String policy_edit_params_title();
    @Message String policy_edit_intro(String version);
    @Message String policy_edit_rule_meaning();
    @Message String policy_back_to_list();
    @Message String policy_publish_title();
    @Message String policy_publish_intro(String version);
    @Message String policy_confirm();
    @Message String policy_confirm_required();
    @Message String policy_publish();
    @Message String policy_back_to_edit();
    /** What a policy parameter sets, with its unit and the rule that reads it. */
    @Message String param(PolicyParameter parameter);

    /** The versions table both policy pages share (templates/tags/policyVersions.html). */
    @Message String versions_heading();
    @Message String versions_col_version();
    @Message String versions_col_published();
    @Message String versions_col_state();
    @Message String versions_active();
    @Message String versions_inactive();
    @Message String versions_viewing();
    /** After a version's visible name in its link, for a screen reader (the visible name stays the start of the link's name, WCAG 2.5.3). */
    @Message String versions_view();
    @Message String versions_activate();
    @Message String versions_activate_label(String id, String version);
}
