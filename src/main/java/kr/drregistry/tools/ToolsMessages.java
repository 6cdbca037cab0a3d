package kr.drregistry.tools;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Texts of the download page of the command-line validator. Korean by default
 * ({@code messages/tools_ko.properties}) and English ({@code messages/tools_en.properties}); in templates
 * {@code {tools:key}}. One bundle per feature, named after it (docs/glossary.md); the words of statuses,
 * severities, types and decisions are the {@code vocab} bundle's.
 */
@MessageBundle(value = "tools", locale = "ko")
public interface ToolsMessages {
    @Message String title();
    @Message String tool_intro();
    @Message String footer_link();
    @Message String download_title();
    @Message String download_button();
    @Message String size();
    @Message String sha256();
    @Message String verify();
    @Message String missing();
    @Message String needs();
    @Message String use_title();
    @Message String use_intro();
    @Message String exit_codes();
    @Message String ci_title();
    @Message String ci_shell();
    @Message String ci_github();
    @Message String container_title();
    @Message String container();
    @Message String same_answer();
    @Message String facilities();
}
