package kr.drregistry.platform;

import java.nio.file.Path;

/**
 * The key that encrypts session cookies ({@code quarkus.http.auth.session.encryption-key}): given as
 * {@code DRR_SESSION_KEY}, or generated once into {@code <data-dir>/session.key} for the embedded default. Quarkus
 * needs at least 16 characters; a shorter key would let the app start and then fail every request.
 */
public final class SessionKey {
    public static final int MIN_LENGTH = 16;

    private SessionKey() {
    }

    /** Refuses a key shorter than 16 characters, naming where it came from. */
    public static void check(String key, String source) {
        check(key, source, "set a longer one, for example: head -c 32 /dev/urandom | base64");
    }

    private static void check(String key, String source, String remedy) {
        String trimmed = key == null ? "" : key.trim();
        if (trimmed.length() < MIN_LENGTH) {
            throw new StartupRefusal(source + " holds a session key of " + trimmed.length() + " characters but at least "
                    + MIN_LENGTH + " are needed: " + remedy + ".");
        }
    }

    /** The key kept in {@code <dataDir>/session.key}, generated (32 random bytes, Base64) when the file is missing. */
    public static String keptIn(Path dataDir) {
        Path file = dataDir.resolve("session.key");
        String key = KeyFile.keptIn(file, "session key");
        check(key, file.toString(), "delete the file to have a new key generated (everyone signs in again) or write a longer key into it");
        return key;
    }
}
