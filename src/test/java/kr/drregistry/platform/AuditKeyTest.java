package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/** The embedded default keeps the audit chain's key in its data directory, readable by its owner only. */
class AuditKeyTest {
    @Test
    void theAuditKeyIsGeneratedOnceOwnerOnlyAndATooShortOneIsRefused() throws IOException {
        Path dir = Files.createTempDirectory("drr-audit-key");
        try {
            String first = AuditKey.keptIn(dir);
            assertTrue(first.length() >= AuditKey.MIN_LENGTH, "32 random bytes in Base64: " + first.length());
            assertEquals(first, AuditKey.keptIn(dir), "kept across starts");
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("audit.key"))));
            assertTrue(!first.equals(kr.drregistry.platform.SessionKey.keptIn(dir)), "not the session key");

            StartupRefusal r = assertThrows(StartupRefusal.class, () -> AuditKey.check("short", "DRR_AUDIT_KEY"));
            assertTrue(r.getMessage().startsWith("DRR_AUDIT_KEY holds an audit key of 5 characters but at least 32"), r.getMessage());
            Files.writeString(dir.resolve("audit.key"), "abc\n");
            assertThrows(StartupRefusal.class, () -> AuditKey.keptIn(dir));
        } finally {
            PostgresBinaries.deleteRecursively(dir);
        }
    }
}
