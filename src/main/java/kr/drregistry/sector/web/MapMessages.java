package kr.drregistry.sector.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the regulator's sector map of Korea, Korean by default ({@code messages/map_ko.properties}) and English
 * ({@code messages/map_en.properties}). Region names by ISO 3166-2 code: {@code {map:message(str:concat('region_', key))}}.
 */
@MessageBundle(value = "map", locale = "ko")
public interface MapMessages {
    @Message String map_title();
    @Message String intro();
    @Message String svg_label();
    @Message String legend_title();
    @Message String legend_none();
    @Message String legend_range(String from, String to);
    @Message String point_concentrated();
    @Message String point_place();
    @Message String region_value(String name, String users, int concentrated, int operators, int places);
    @Message String region_link(String name, String users, int concentrated);
    @Message String point_title(String label, String users, int operators);
    @Message String table_caption();
    @Message String map_col_region();
    @Message String map_col_users();
    @Message String map_col_concentrated();
    @Message String col_operators();
    @Message String col_places();
    @Message String no_region_places();
    @Message String unmapped(int n, int c);
    @Message String filtered(String name, int n);
    @Message String show_all();
    @Message String show_region();
    @Message String none_in_region(String name);
    @Message String attribution();
    @Message String licence();
    @Message String region_KR_11();
    @Message String region_KR_26();
    @Message String region_KR_27();
    @Message String region_KR_28();
    @Message String region_KR_29();
    @Message String region_KR_30();
    @Message String region_KR_31();
    @Message String region_KR_41();
    @Message String region_KR_51();
    @Message String region_KR_43();
    @Message String region_KR_44();
    @Message String region_KR_52();
    @Message String region_KR_46();
    @Message String region_KR_47();
    @Message String region_KR_48();
    @Message String region_KR_49();
    @Message String region_KR_50();
    @Message String short_KR_11();
    @Message String short_KR_26();
    @Message String short_KR_27();
    @Message String short_KR_28();
    @Message String short_KR_29();
    @Message String short_KR_30();
    @Message String short_KR_31();
    @Message String short_KR_41();
    @Message String short_KR_51();
    @Message String short_KR_43();
    @Message String short_KR_44();
    @Message String short_KR_52();
    @Message String short_KR_46();
    @Message String short_KR_47();
    @Message String short_KR_48();
    @Message String short_KR_49();
    @Message String short_KR_50();
}
