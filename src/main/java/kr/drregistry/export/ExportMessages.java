package kr.drregistry.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the regulator's exports (queue, sector, review record); the PDF template gets both languages as
 * {@code ko} and {@code en}. Korean by default ({@code messages/export_ko.properties}) and English
 * ({@code messages/export_en.properties}); in templates {@code {export:key}}. One bundle per feature, named after
 * it (docs/glossary.md); the words of statuses, severities, types and decisions are the {@code vocab} bundle's.
 */
@MessageBundle(value = "export", locale = "ko")
public interface ExportMessages {
    @Message String generated_at();
    @Message String review_status();
    @Message String version_status();
    @Message String not_accepted();
    @Message String exp_none();
    @Message String rows(int n);
    @Message String download_csv();
    @Message String download_pdf();
    @Message String export_intro();
    @Message String export_sector_intro();
    @Message String record_links();
    @Message String record_csv(String title);
    @Message String record_pdf(String title);
    @Message String queue_title();
    @Message String queue_empty();
    @Message String col_operator();
    @Message String col_operator_name();
    @Message String col_filing();
    @Message String col_type();
    @Message String col_year();
    @Message String col_version();
    @Message String col_due();
    @Message String col_submitted_at();
    @Message String col_clock();
    @Message String col_assigned();
    @Message String col_filing_id();
    @Message String clock(long days, long hours);
    @Message String clock_stopped();
    @Message String rows_of(int shown, long total);
    @Message String fact_filter();
    @Message String fact_sort();
    @Message String filter_none();
    @Message String capped(int shown, long total);
    @Message String sector_title();
    @Message String sector_subtitle(int concentrated, int operators, int min);
    @Message String sector_none();
    @Message String col_place();
    @Message String col_place_key();
    @Message String col_region();
    @Message String col_concentrated();
    @Message String col_place_users();
    @Message String col_services();
    @Message String col_users();
    @Message String col_place_users_least();
    @Message String col_users_least();
    @Message String yes();
    @Message String no();
    @Message String disabled();
    @Message String fact_rule();
    @Message String record_title();
    @Message String latest_version(int n);
    @Message String record_versions();
    @Message String record_decisions();
    @Message String record_dispositions();
    @Message String record_comments();
    @Message String record_no_decisions();
    @Message String record_no_dispositions();
    @Message String record_no_comments();
    @Message String col_by();
    @Message String col_at();
    @Message String col_policy();
    @Message String col_findings();
    @Message String col_decision();
    @Message String col_reason();
    @Message String col_rule();
    @Message String col_finding();
    @Message String col_disposition();
    @Message String col_justification();
    @Message String col_about();
    @Message String col_comment();
    @Message String col_entry();
    @Message String col_what();
    @Message String col_text();
    @Message String entry_version();
    @Message String entry_decision();
    @Message String entry_disposition();
    @Message String entry_comment();
    @Message String by_regulator();
    @Message String by_operator();
}
