package kr.drregistry.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;

/**
 * The launcher's settings, read before Quarkus (and its configuration) starts: a system property wins over the
 * environment variable, as in Quarkus.
 */
public final class Settings {
    private Settings() {
    }

    public static String get(String property, String env) {
        String v = System.getProperty(property);
        if (v == null || v.isBlank()) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? null : v;
    }

    /** {@code DRR_DATA_DIR}, default {@code data}: the embedded database, its log and the session key. */
    public static Path dataDirectory() {
        String v = get("drr.data-dir", "DRR_DATA_DIR");
        return Path.of(v == null ? "data" : v).toAbsolutePath().normalize();
    }

    /** {@code DRR_EMBEDDED_DB_PORT}, default 0 (any free port). */
    public static int embeddedPort() {
        String v = get("drr.embedded-db.port", "DRR_EMBEDDED_DB_PORT");
        if (v == null) {
            return 0;
        }
        try {
            int port = Integer.parseInt(v.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new StartupRefusal("DRR_EMBEDDED_DB_PORT is \"" + v + "\", which is not a port number (1-65535).");
        }
    }

    /** {@code DRR_EMBEDDED_DB_GIVE_UP_AFTER}, default PT1H: how long the watchdog tries to bring the server back. */
    public static Duration giveUpAfter() {
        String v = get("drr.embedded-db.give-up-after", "DRR_EMBEDDED_DB_GIVE_UP_AFTER");
        if (v == null) {
            return Duration.ofHours(1);
        }
        try {
            return Duration.parse(v.trim());
        } catch (DateTimeParseException e) {
            throw new StartupRefusal("DRR_EMBEDDED_DB_GIVE_UP_AFTER is \"" + v + "\", which is not an ISO-8601 duration such as PT1H.");
        }
    }
}
