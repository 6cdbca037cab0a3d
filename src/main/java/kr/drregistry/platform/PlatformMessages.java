package kr.drregistry.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the operations pages (the page shown while the database is away), and the human sentences of problems
 * ({@code detail} of a problem document, the sentence of an error page): what happened and, where the product knows
 * it, who may do it instead. The problem mapper picks the language the request asks for; machine-readable parts of a
 * problem (type, status, errors' pointers and codes, limit) never come from here. A {@link ProblemException} names its
 * sentence with {@link ProblemException#withText}; a problem without one gets the sentence of its status
 * ({@link #happened}). Korean by default
 * ({@code messages/platform_ko.properties}) and English ({@code messages/platform_en.properties}); in templates
 * {@code {platform:key}}. One bundle per feature, named after it (docs/glossary.md); the words of statuses,
 * severities, types and decisions are the {@code vocab} bundle's.
 */
@MessageBundle(value = "platform", locale = "ko")
public interface PlatformMessages {
    @Message String unavailable_title();
    @Message String unavailable_body();
    @Message String unavailable_retry();
    @Message String unavailable_app();

    // problems
    /** What happened, by kind, when the problem has no sentence of its own. */
    @Message String happened(Happened kind);

    /** The kinds of {@link #happened}. */
    enum Happened {
        INPUT, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, METHOD, NOT_ACCEPTABLE, CONFLICT, PRECONDITION_FAILED,
        PRECONDITION_REQUIRED, TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE, TOO_MANY, UNAVAILABLE, OTHER
    }

    @Message String input_errors(int count);
    // one field's error in a problem document: a Bean Validation constraint, or a JSON value of the wrong type
    @Message String constraint_required();
    @Message String constraint_not_blank();
    @Message String constraint_max_length(String max);
    @Message String constraint_at_most(String value);
    @Message String constraint_at_least(String value);
    @Message String constraint_digits(String integer, String fraction);
    @Message String constraint_email();
    @Message String constraint_other();
    @Message String json_type(JsonType expected);

    /** What a JSON value should have been ({@link #json_type}). */
    enum JsonType {
        NUMBER, INTEGER, BOOLEAN, TEXT, LIST, OBJECT, DATE_TIME, DATE, OTHER
    }
    @Message String not_found(String what);
    @Message String not_found_page();
    @Message String internal(String incident);

    // 403: what the role may not do, and who may
    @Message String forbidden_role();
    @Message String forbidden_route_closed();
    @Message String forbidden_token_denied();
    @Message String forbidden_token_scope(String scope);
    @Message String forbidden_operator_write(String what);
    @Message String forbidden_revalidate(String what);
    @Message String forbidden_designation(String what);
    @Message String forbidden_token_submit();
    @Message String forbidden_tokens_portal();
    @Message String forbidden_policy_publish();
    @Message String forbidden_incident_policy();
    @Message String forbidden_review();
    @Message String forbidden_assign();
    @Message String forbidden_dispose();
    @Message String forbidden_submit();
    @Message String forbidden_sign_off();
    @Message String forbidden_draft();
    @Message String forbidden_regulator_view();
    @Message String forbidden_person_only();
    @Message String csrf_missing();
    @Message String csrf_wrong();

    // 409 and 412: the state changed or does not allow it
    @Message String filing_exists(int year, String type);
    @Message String empty_draft();
    @Message String illegal_transition(String status, String move);
    @Message String incident_closed();
    @Message String information_requested();
    @Message String stage_order(String stages);
    @Message String submit_per_stage();
    @Message String not_topology();
    @Message String stale_organisation(String slug, long current, long sent);
    @Message String stale_draft(long current, long edited);
    @Message String stale_version(int decided, int latest);
    @Message String precondition_required();
    @Message String policy_version_exists(String id, String version);
    @Message String policy_changed(String id, String active, String basedOn);

    // limits
    @Message String too_large_bytes(String bytes, String limitName);
    @Message String too_large_attachment(String size);
    @Message String too_large_incident(String size);
    @Message String attachment_choose_file();
    @Message String line_too_long(Integer line, int max);
    @Message String text_too_long(String pointer, int max);
    @Message String too_many_concurrent(int max, long retry);
    @Message String time_budget(String time);
    @Message String cancelled();
    @Message String unsupported_media_type(String accepted);

    // documents
    @Message String malformed_document(Integer line, Integer column);
    @Message String invalid_filing(int count);
    @Message String invalid_incident(int count);
}
