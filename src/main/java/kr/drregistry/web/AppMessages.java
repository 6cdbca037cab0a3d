package kr.drregistry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts people read, Korean by default ({@code messages/msg_ko.properties}) and English
 * ({@code messages/msg_en.properties}). In templates: {@code {msg:app_name}}; for a key chosen at run time:
 * {@code {msg:message('role_' + r)}}.
 */
@MessageBundle(value = "msg", locale = "ko")
public interface AppMessages {
    @Message String app_name();
    @Message String app_tagline();
    @Message String skip_to_content();
    @Message String nav_label();
    @Message String nav_home();
    @Message String nav_filings();
    @Message String nav_tokens();
    @Message String nav_review();
    @Message String nav_sector();
    @Message String nav_policy();
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
    @Message String login_signed_out();
    @Message String home_operator_title(String organisation);
    @Message String home_operator_intro();
    @Message String home_operator_empty();
    @Message String home_regulator_title();
    @Message String home_regulator_intro();
    @Message String home_regulator_empty();
    @Message String home_admin_title();
    @Message String home_admin_intro();
    @Message String org_designation();
    @Message String org_slug();
    @Message String org_name();
    @Message String org_kind();
    @Message String org_daily_users();
    @Message String org_traffic_share();
    @Message String org_floor_area();
    @Message String org_power();
    @Message String org_revenue();
    @Message String org_not_declared();
    @Message String kind_VALUE_ADDED();
    @Message String kind_IDC();
    @Message String kind_REGULATOR();
    @Message String organisations_title();
    @Message String error_back();
    @Message String error_fields();
    @Message String footer_text();
    @Message String nav_audit();
    @Message String tokens_title();
    @Message String tokens_intro();
    @Message String tokens_created(String name);
    @Message String tokens_secret_once();
    @Message String tokens_new();
    @Message String tokens_name();
    @Message String tokens_scopes();
    @Message String tokens_scope_read();
    @Message String tokens_scope_validate();
    @Message String tokens_scope_submit();
    @Message String tokens_expires();
    @Message String tokens_create();
    @Message String tokens_list();
    @Message String tokens_none();
    @Message String tokens_prefix();
    @Message String tokens_created_by();
    @Message String tokens_last_used();
    @Message String tokens_never();
    @Message String tokens_state();
    @Message String tokens_revoke();
    @Message String tokens_revoked();
    @Message String nav_tokens_page();

    @Message String audit_title();
    @Message String audit_intro();
    @Message String audit_intact(long count);
    @Message String audit_broken(Long seq, String detail);
    @Message String audit_seq();
    @Message String audit_at();
    @Message String audit_actor();
    @Message String audit_action();
    @Message String audit_subject();
    @Message String audit_detail();
}
