package kr.drregistry.sector.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the regulator's coverage and trends pages, Korean by default ({@code messages/cov_ko.properties}) and
 * English ({@code messages/cov_en.properties}). In templates: {@code {cov:coverage_title}}.
 */
@MessageBundle(value = "cov", locale = "ko")
public interface CovMessages {
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
}
