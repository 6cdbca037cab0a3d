package kr.drregistry.identity.sso;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of OIDC sign-in ({@code messages/sso_ko.properties}, {@code sso_en.properties}); templates: {@code {sso:key}}. */
@MessageBundle(value = "sso", locale = "ko")
public interface SsoMessages {
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
}
