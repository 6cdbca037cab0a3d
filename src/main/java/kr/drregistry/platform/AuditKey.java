package kr.drregistry.platform;

import java.nio.file.Path;

/**
 * The key of the audit chain's HMAC ({@code drr.audit.key}), kept outside the database so that whoever can write the
 * database cannot re-compute a rewritten chain: given as {@code DRR_AUDIT_KEY} (required with a configured
 * database), or generated once into {@code <data-dir>/audit.key} (owner-only) for the embedded default. Next to it,
 * {@code <data-dir>/audit-checkpoint} holds the latest entry's number and HMAC, so that deleting the newest entries
 * is detected too.
 */
public final class AuditKey {
    public static final int MIN_LENGTH = 32;
    public static final String FILE = "audit.key";
    public static final String CHECKPOINT_FILE = "audit-checkpoint";

    private AuditKey() {
    }

    /** Refuses a key shorter than 32 characters, naming where it came from. */
    public static void check(String key, String source) {
        String trimmed = key == null ? "" : key.trim();
        if (trimmed.length() < MIN_LENGTH) {
            throw new StartupRefusal(source + " holds an audit key of " + trimmed.length() + " characters but at least "
                    + MIN_LENGTH + " are needed: set a longer one, for example: head -c 32 /dev/urandom | base64.");
        }
    }

    /** The key kept in {@code <dataDir>/audit.key}, generated when the file is missing. */
    public static String keptIn(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        String key = KeyFile.keptIn(file, "audit key");
        check(key, file.toString());
        return key;
    }
}
