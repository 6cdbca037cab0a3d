package kr.drregistry.platform;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the operations pages (the page shown while the database is away), Korean and English. */
@MessageBundle(value = "ops", locale = "ko")
public interface OpsMessages {
    @Message String unavailable_title();

    @Message String unavailable_body();

    @Message String unavailable_retry();

    @Message String unavailable_app();
}
