package kr.drregistry.identity;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of sign-in by OIDC and of the API tokens page. Korean by default ({@code messages/identity_ko.properties})
 * and English ({@code messages/identity_en.properties}); in templates {@code {identity:key}}. One bundle per
 * feature, named after it (docs/glossary.md); the words of statuses, severities, types and decisions are the
 * {@code vocab} bundle's.
 */
@MessageBundle(value = "identity", locale = "ko")
public interface IdentityMessages {
    @Message String login_or();
    @Message String login_button();
    @Message String login_hint();
    @Message String signed_in_title();
    @Message String signed_in_text(String name, String organisation);
    @Message String signed_in_created();
    @Message String signed_in_continue();
    @Message String refused_title();
    @Message String refused_no_organisation();
    @Message String refused_unknown_organisation(String organisation);
    @Message String refused_no_roles();
    @Message String refused_disabled();
    @Message String refused_help();
    @Message String refused_back();
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
    @Message String tokens_scope_facilities();
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
}
