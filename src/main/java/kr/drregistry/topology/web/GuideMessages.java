package kr.drregistry.topology.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the format guide and of the workspace's example loader, Korean by default
 * ({@code messages/gd_ko.properties}) and English ({@code messages/gd_en.properties}). In templates:
 * {@code {gd:fields_title}}; texts the editor's script shows carry {@code %1}, {@code %2} placeholders.
 */
@MessageBundle(value = "gd", locale = "ko")
public interface GuideMessages {
    @Message String gd_title(String format);
    @Message String gd_intro();
    @Message String generated(String policy, String version);
    @Message String schema_link();
    @Message String gd_toc_label();
    @Message String fields_title();
    @Message String fields_intro();
    @Message String document_section();
    @Message String fields_caption(String section);
    @Message String col_field();
    @Message String gd_col_type();
    @Message String col_required();
    @Message String col_default();
    @Message String col_meaning();
    @Message String col_name();
    @Message String col_limits();
    @Message String presence(kr.drregistry.topology.guide.FormatGuide.Presence presence);
    @Message String type_string();
    @Message String type_integer();
    @Message String type_number();
    @Message String type_boolean();
    @Message String type_object();
    @Message String type_array();
    @Message String list_of(String items);
    @Message String allowed();
    @Message String limit_minimum();
    @Message String limit_maximum();
    @Message String limit_exclusiveMinimum();
    @Message String limit_exclusiveMaximum();
    @Message String limit_minItems();
    @Message String limit_maxItems();
    @Message String limit_minLength();
    @Message String limit_maxLength();
    @Message String limit_pattern();
    @Message String limit_format();
    @Message String details_link();
    @Message String types_title();
    @Message String types_intro();
    @Message String rules_title();
    @Message String rules_intro();
    @Message String rule_meaning();
    @Message String rule_basis();
    @Message String rule_remedy();
    @Message String rule_disabled();
    @Message String rule_unset();
    @Message String examples_title();
    @Message String examples_intro();
    @Message String example_view();
    @Message String example_skeleton();
    @Message String example_skeleton_hint();
    @Message String example_healthy();
    @Message String example_healthy_hint();
    @Message String example_kakao();
    @Message String example_kakao_hint();
    @Message String example_kakao_v2();
    @Message String example_kakao_v2_hint();
    @Message String example_idc();
    @Message String example_idc_hint();
    @Message String ws_start_title();
    @Message String ws_start_text();
    @Message String ws_load_label();
    @Message String ws_guide_link();
    @Message String ws_guide_link_v2();
    @Message String ws_loaded(String name);
    @Message String ws_replace_confirm();
    @Message String ws_replace_yes();
    @Message String ws_replace_no();
    @Message String ws_position();
    @Message String ws_load_failed();
    @Message String dash_quick_guide();
}
