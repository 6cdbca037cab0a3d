package kr.drregistry.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * A secret the embedded default keeps in its data directory (session key, audit key): generated once (32 random
 * bytes, Base64) into a file readable by its owner only, read back on every start.
 */
public final class KeyFile {
    private KeyFile() {
    }

    /** The key in {@code file}, generated when the file is missing; I/O problems are a {@link StartupRefusal}. */
    public static String keptIn(Path file, String what) {
        try {
            if (!Files.exists(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.writeString(file, Base64.getEncoder().encodeToString(key), StandardCharsets.US_ASCII);
                ownerOnly(file);
            }
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new StartupRefusal("The " + what + " file " + file + " cannot be read or written (" + e.getMessage() + ").");
        }
    }

    /** Makes {@code file} readable and writable by its owner only (where the file system has POSIX permissions). */
    public static void ownerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's permissions apply
        }
    }
}
