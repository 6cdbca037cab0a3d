package kr.drregistry.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the operations pages (the page shown while the database is away). Korean by default
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
}
