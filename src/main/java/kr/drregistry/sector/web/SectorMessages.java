package kr.drregistry.sector.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import kr.drregistry.topology.sector.KoreaRegions;

/**
 * Texts of the regulator's sector pages: coverage, trends, the sector view and its map of Korea (region names by
 * region: {@code {sector:region(cell.region)}}). Korean by default
 * ({@code messages/sector_ko.properties}) and English ({@code messages/sector_en.properties}); in templates
 * {@code {sector:key}}. One bundle per feature, named after it (docs/glossary.md); the words of statuses,
 * severities, types and decisions are the {@code vocab} bundle's.
 */
@MessageBundle(value = "sector", locale = "ko")
public interface SectorMessages {
    @Message String coverage_title();
    @Message String coverage_intro(String policy, Integer year, String due, String asOf);
    @Message String trends_title();
    @Message String trends_intro();
    @Message String nav_coverage();
    @Message String nav_trends();
    @Message String cov_rules_title();
    @Message String rule_va(String users, String share, Integer required);
    @Message String rule_va_both(String users, String share);
    @Message String rule_idc(String floor, String power, String revenue);
    @Message String rule_idc_both(String floor, String power, String revenue);
    @Message String rule_idc_norevenue(String floor, String power);
    @Message String summary_operators(int n);
    @Message String summary_covered(int n);
    @Message String summary_not_covered(int n);
    @Message String summary_missing(int n);
    @Message String summary_overdue(int n);
    @Message String filter_legend();
    @Message String filter_year();
    @Message String filter_coverage();
    @Message String cov_filter_all();
    @Message String filter_kind();
    @Message String filter_overdue();
    @Message String filter_asof();
    @Message String filter_sort();
    @Message String filter_desc();
    @Message String filter_apply();
    @Message String sort_status();
    @Message String sort_operator();
    @Message String sort_kind();
    @Message String sort_coverage();
    @Message String met();
    @Message String not_met();
    @Message String unknown();
    @Message String cov_col_operator();
    @Message String col_coverage();
    @Message String col_topology();
    @Message String col_plan();
    @Message String col_overdue();
    @Message String col_requests();
    @Message String filed(String at);
    @Message String filed_late(String at);
    @Message String draft_only();
    @Message String not_started();
    @Message String overdue();
    @Message String on_time();
    @Message String not_due();
    @Message String not_applicable();
    @Message String request_due(String type, Object year, Object due);
    @Message String request_overdue();
    @Message String no_requests();
    @Message String cov_none();
    @Message String page_of(int page, int pages, long total);
    @Message String prev();
    @Message String next();
    @Message String caption_coverage();
    @Message String trends_filter();
    @Message String from_year();
    @Message String to_year();
    @Message String months();
    @Message String chart_sev_year();
    @Message String chart_rule_year();
    @Message String chart_sev_month();
    @Message String chart_rule_month();
    @Message String chart_filings_year();
    @Message String chart_disp_year();
    @Message String row_year();
    @Message String row_month();
    @Message String total();
    @Message String state_ACCEPTED();
    @Message String state_AWAITING_REVIEW();
    @Message String state_CHANGES_REQUESTED();
    @Message String state_REJECTED();
    @Message String disp_DISPOSED();
    @Message String disp_OPEN();
    @Message String no_data();
    @Message String chart_hint();
    @Message String filed_late_done();
    @Message String trends_counted_at();
    @Message String outcome(kr.drregistry.sector.coverage.Assessment.Outcome outcome);
    /** A designation figure a criterion tests, and its unit. */
    @Message String field(CoverageWords figure);
    @Message String unit(CoverageWords figure);
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
    /** The name of a region of Korea (서울특별시, 경기도, …). */
    @Message String region(KoreaRegions.Region region);

    /** The short name the map writes on a region (서울, 경기, …). */
    @Message String regionShort(KoreaRegions.Region region);
}
