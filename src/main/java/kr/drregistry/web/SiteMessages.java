package kr.drregistry.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts every page carries around its content (the KRDS government masthead, the footer) and the privacy notice,
 * Korean by default ({@code messages/site_ko.properties}) and English ({@code messages/site_en.properties}).
 */
@MessageBundle(value = "site", locale = "ko")
public interface SiteMessages {
    @Message String masthead();
    @Message String footer_operator();
    @Message String footer_contact();
    @Message String footer_phone();
    @Message String footer_links();
    @Message String footer_privacy();
    @Message String footer_guide();
    @Message String footer_api();
    @Message String footer_identifier();
    @Message String privacy_title();
    @Message String privacy_intro();
    @Message String privacy_items_title();
    @Message String privacy_item_account();
    @Message String privacy_item_sso();
    @Message String privacy_item_password();
    @Message String privacy_item_audit();
    @Message String privacy_item_filings();
    @Message String privacy_purpose_title();
    @Message String privacy_purpose();
    @Message String privacy_cookies_title();
    @Message String privacy_cookie_session();
    @Message String privacy_cookie_csrf();
    @Message String privacy_cookie_lang();
    @Message String privacy_sharing_title();
    @Message String privacy_sharing();
    @Message String privacy_retention_title();
    @Message String privacy_retention();
    @Message String privacy_rights_title();
    @Message String privacy_rights();
}
