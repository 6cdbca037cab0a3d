package kr.drregistry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the shared frame: the layout (KRDS masthead, navigation, footer), the error and sign-in pages, the
 * privacy notice, the administration and audit pages, the fragments several features' pages include (findings,
 * scenario outcomes, re-validations), and the words several features' pages use alike. Korean by
 * default ({@code messages/web_ko.properties}) and English ({@code messages/web_en.properties}); in templates
 * {@code {web:key}}. One bundle per feature, named after it (docs/glossary.md); the words of statuses, severities,
 * types and decisions are the {@code vocab} bundle's.
 */
@MessageBundle(value = "web", locale = "ko")
public interface WebMessages {
    @Message String app_name();
    @Message String app_tagline();
    @Message String skip_to_content();
    @Message String msg_nav_label();

    @Message String nav_menu();
    @Message String nav_close();
    @Message String nav_home();
    @Message String nav_tokens();
    @Message String nav_review();
    @Message String nav_sector();
    @Message String msg_nav_policy();
    @Message String nav_admin();
    @Message String nav_api_docs();
    @Message String lang_switch_label();
    @Message String signed_in_as(String name, String organisation);
    @Message String logout();
    @Message String login_title();
    @Message String login_intro();
    @Message String login_username();
    @Message String login_password();
    @Message String login_submit();
    @Message String login_failed();
    @Message String login_throttled(int max);
    @Message String login_signed_out();
    @Message String home_operator_intro();
    @Message String home_regulator_title();
    @Message String home_regulator_intro();
    @Message String home_regulator_empty();
    @Message String home_admin_title();
    @Message String home_admin_intro();
    @Message String org_slug();
    @Message String org_name();
    @Message String org_kind();
    @Message String org_daily_users();
    @Message String organisations_title();
    @Message String error_back();
    @Message String error_fields();
    @Message String error_see();
    @Message String error_go_back();
    @Message String error_dashboard();
    @Message String error_queue();
    @Message String error_at(Integer line, Integer column);
    @Message String error_status(int status);
    @Message String error_incident(String incident);
    /** Whom to ask on a 403, for a person of an operator and of the regulator. */
    @Message String error_forbidden_operator();
    @Message String error_forbidden_regulator();
    /** What a person does next after an error. */
    @Message String errorNext(ProblemMappers.NextStep step);
    @Message String footer_text();
    @Message String nav_audit();
    @Message String nav_tokens_page();
    @Message String audit_title();
    @Message String audit_intro();
    @Message String audit_intact(long count);
    @Message String audit_broken(Long seq, String detail);
    @Message String audit_checkpoint(long seq, String hash);
    @Message String audit_no_checkpoint();
    @Message String audit_seq();
    @Message String audit_at();
    @Message String audit_actor();
    @Message String audit_action();
    @Message String audit_subject();
    @Message String audit_detail();
    // shared labels (severities, statuses, types and decisions are the vocab bundle's: {vocab:severity(…)})

    // findings list
    @Message String findings_none();
    @Message String findings_summary_label();
    @Message String findings_count(int count);
    @Message String findings_users_lost(String users);
    @Message String findings_subject();
    @Message String findings_scenario();
    @Message String findings_show();
    @Message String findings_chain();
    @Message String findings_basis();
    @Message String findings_remedy();
    @Message String dash_due_by(java.time.LocalDate due);
    @Message String dash_col_filing();
    @Message String dash_col_type();
    @Message String dash_col_status();
    @Message String dash_col_findings();
    @Message String crumb_label();
    @Message String findings_comments(int count);
    @Message String findings_disposition();
    @Message String findings_hidden(int count);
    @Message String findings_show_all(int count);
    @Message String roots_title(int count);
    @Message String roots_intro();
    @Message String roots_counts(int services, int scenarios, int findings);
    @Message String roots_services();
    @Message String and_more(int count);
    @Message String roots_rules();
    @Message String roots_hidden_findings(int count);
    @Message String roots_hidden(int count);
    @Message String roots_by_severity();
    @Message String msg_comment_regulator();
    @Message String msg_comment_operator();
    @Message String masthead();
    @Message String footer_operator();
    @Message String footer_contact();
    @Message String footer_phone();
    @Message String footer_links();
    @Message String footer_privacy();
    @Message String footer_guide();
    @Message String footer_api();
    @Message String footer_identifier();
    @Message String privacy_title();
    @Message String privacy_intro();
    @Message String privacy_items_title();
    @Message String privacy_item_account();
    @Message String privacy_item_sso();
    @Message String privacy_item_password();
    @Message String privacy_item_audit();
    @Message String privacy_item_filings();
    @Message String privacy_purpose_title();
    @Message String privacy_purpose();
    @Message String privacy_cookies_title();
    @Message String privacy_cookie_session();
    @Message String privacy_cookie_csrf();
    @Message String privacy_cookie_lang();
    @Message String privacy_sharing_title();
    @Message String privacy_sharing();
    @Message String privacy_retention_title();
    @Message String privacy_retention();
    @Message String privacy_rights_title();
    @Message String privacy_rights();
    @Message String nav_policy();
    @Message String outcomes_title();
    @Message String outcomes_none();
    @Message String outcomes_caption();
    @Message String outcomes_hidden(int count);
    @Message String col_scenario();
    @Message String col_struck();
    @Message String col_down();
    @Message String col_degraded();
    @Message String col_users_lost();
    @Message String col_users_affected();
    @Message String people_exact(String users);
    @Message String people_sum(String users);
    @Message String people_bounds(String least, String sum);
    @Message String people_cell_sum(String users);
    @Message String people_cell_range(String least, String sum);
    @Message String people_note();
    @Message String facilities_title();
    @Message String reval_title();
    @Message String reval_intro();
    @Message String reval_button();
    @Message String reval_none();
    @Message String reval_policy(String policy, String frozen);
    @Message String reval_changed(int appeared, int gone, int facilities);
    @Message String reval_appeared(int count);
    @Message String reval_gone(int count);
    @Message String reval_same();
    /** A pager's links (a list shown a page at a time). */
    @Message String page_prev();
    @Message String page_next();
}
