package kr.drregistry.audit.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;
import kr.drregistry.audit.AuditEvent;

/**
 * Texts of the audit trail page and its CSV: each recorded event in words ({@code {audit:event(r.event)}}, one key
 * per {@link AuditEvent}, so a new event without words fails the build), the filter bar, paging and the CSV's column
 * names. Korean by default ({@code messages/audit_ko.properties}) and English ({@code messages/audit_en.properties}).
 * The page's frame texts (title, chain state, column names) are the {@code web} bundle's.
 */
@MessageBundle(value = "audit", locale = "ko")
public interface AuditMessages {
    @Message String event(AuditEvent event);

    @Message String subject(AuditSubject subject);

    @Message String filter_title();
    @Message String filter_organisation();
    @Message String filter_actor();
    @Message String filter_actor_help();
    @Message String filter_event();
    @Message String filter_from();
    @Message String filter_to();
    @Message String filter_any();
    @Message String filter_show();
    @Message String filter_reset();

    @Message String entries_filtered();
    @Message String entries_latest();
    @Message String entries_empty();
    @Message String pages();
    @Message String older();
    @Message String newest();
    @Message String csv_intro(String limit);
    @Message String csv_download();

    @Message String actor_system();
    @Message String actor_anonymous();
    @Message String event_code(String code);
    @Message String full_id(String id);

    @Message String csv_title();
    @Message String csv_seq();
    @Message String csv_at();
    @Message String csv_account();
    @Message String csv_name();
    @Message String csv_organisation();
    @Message String csv_event();
    @Message String csv_code();
    @Message String csv_subject();
    @Message String csv_subject_type();
    @Message String csv_subject_id();
    @Message String csv_detail();
    @Message String csv_capped(String limit);
}
