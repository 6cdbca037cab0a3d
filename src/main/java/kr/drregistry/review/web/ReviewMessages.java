package kr.drregistry.review.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.web.Vocabulary;

/**
 * Texts of the regulator's review queue and review page (and the carried-over dispositions the findings list shows
 * everyone); a decision offered: {@code {review:action(d.asMove)}}. Korean by default
 * ({@code messages/review_ko.properties}) and English ({@code messages/review_en.properties}); in templates
 * {@code {review:key}}. One bundle per feature, named after it (docs/glossary.md); the words of statuses,
 * severities, types and decisions are the {@code vocab} bundle's.
 */
@MessageBundle(value = "review", locale = "ko")
public interface ReviewMessages {
    @Message String rev_title(String filing, int n);
    @Message String crumb_queue();
    @Message String rev_crumb_version(int n);
    @Message String facts_title();
    @Message String label_operator();
    @Message String label_type();
    @Message String label_year();
    @Message String label_status();
    @Message String rev_label_version();
    @Message String label_submitted();
    @Message String rev_label_sha256();
    @Message String latest();
    @Message String superseded_note(int n);
    @Message String open_latest(int n);
    @Message String look_title();
    @Message String link_diagram();
    @Message String link_matrix();
    @Message String link_whatif();
    @Message String link_plan();
    @Message String link_operator_view();
    @Message String rev_link_pdf();
    @Message String link_record_pdf();
    @Message String link_record_csv();
    @Message String changes_title();
    @Message String changes_first();
    @Message String changes_since_decided(int n, String decision);
    @Message String changes_since_previous(int n);
    @Message String changes_none();
    @Message String changes_more(int n);
    @Message String diff_section();
    /** How a plan section changed since the version compared with. */
    @Message String planHow(kr.drregistry.plan.model.PlanSections.How how);
    @Message String carry_title();
    @Message String carry_intro();
    @Message String carried_count(int n);
    @Message String resolved_title();
    @Message String resolved_since(int n);
    @Message String disposed_on(int n);
    @Message String carried_from(int n);
    @Message String disp_history();
    @Message String rev_findings_title();
    @Message String findings_intro();
    @Message String dispose_summary();
    @Message String dispose_legend();
    @Message String justification();
    @Message String justification_hint();
    @Message String dispose_button();
    @Message String disposed_done();
    @Message String comment_summary();
    @Message String comment_label();
    @Message String comment_button();
    @Message String commented_done();
    @Message String comments_title();
    @Message String comments_none();
    @Message String comment_on();
    @Message String comment_on_version();
    @Message String comment_by(String who);
    @Message String comment_regulator();
    @Message String comment_operator();
    @Message String sections_title();
    @Message String sections_intro();
    @Message String section_empty();
    @Message String section_changed();
    @Message String decide_title();
    @Message String decide_intro();
    @Message String decide_legend();
    @Message String reason();
    @Message String reason_hint();
    @Message String due_date();
    @Message String due_hint();
    @Message String decide_button();
    @Message String decided_done();
    @Message String decide_not_latest(int n);
    @Message String decide_closed(String status);
    @Message String decide_lead_only();
    @Message String rev_decisions_title();
    @Message String decisions_none();
    @Message String rev_col_decision();
    @Message String rev_col_reason();
    @Message String rev_col_due();
    @Message String rev_col_by();
    @Message String rev_col_at();
    @Message String form_refused();
    @Message String problem_conflict();
    @Message String read_only_note();
    @Message String value_yes();
    @Message String value_no();
    /** A decision the reviewer can take, as its button says it. */
    @Message String action(FilingStatus.Move move);
    @Message String actionHint(FilingStatus.Move move);
    /** A ruling the reviewer can give a finding, as the form offers it. */
    @Message String dispose(Vocabulary.Disposition disposition);
    @Message String disposeHint(Vocabulary.Disposition disposition);
    @Message String sector_pages_label();
    @Message String sector_page_of(int page, int pages, int total);
    @Message String sector_prev();
    @Message String sector_next();
    @Message String sector_more_shares(int count);
    // regulator: review queue
    @Message String msg_queue_title();
    @Message String queue_intro();
    @Message String queue_filters();
    @Message String queue_any();
    @Message String queue_operator();
    @Message String queue_assigned();
    @Message String queue_assigned_me();
    @Message String queue_unassigned();
    @Message String queue_min_critical();
    @Message String queue_apply();
    @Message String queue_reset();
    @Message String queue_count(long total);
    @Message String msg_queue_empty();
    @Message String queue_clock();
    @Message String queue_clock_value(long days, long hours);
    @Message String queue_clock_stopped();
    @Message String queue_assign();
    @Message String queue_assign_to(String title);
    @Message String queue_pages();
    @Message String queue_prev();
    @Message String queue_next();
    @Message String queue_page_of(int page, int pages);
    // review queue: views (the product's and a person's saved filters)
    @Message String queue_views();
    @Message String queue_view(kr.drregistry.review.QueueViews.Builtin view);
    @Message String queue_view_delete(String name);
    @Message String queue_filters_active(int count);
    @Message String queue_save_label();
    @Message String queue_save_help(int max);
    @Message String queue_save();
    @Message String queue_saved(String name);
    @Message String queue_replaced(String name);
    @Message String queue_deleted(String name);
    @Message String queue_save_missing();
    @Message String queue_save_too_long(int max);
    @Message String queue_save_too_many(int max);
    @Message String queue_save_not_saved();
    // regulator: sector view
    @Message String msg_sector_title();
    @Message String sector_intro(int min);
    @Message String sector_ranked_at();
    @Message String sector_concentrated(int places, int operators);

    @Message String sector_none_concentrated(int min, int places);
    @Message String msg_sector_none();
    @Message String sector_place();
    @Message String sector_region();
    @Message String sector_operators();
    @Message String sector_users();
    @Message String sector_services();
}
