package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;

/** The launcher's checks that need no server: session keys, ports, PostgreSQL's error lines, failure kinds. */
class StartupChecksTest {
    @Test
    void aSessionKeyShorterThan16CharactersIsRefusedInOneSentence() {
        StartupRefusal r = assertThrows(StartupRefusal.class, () -> SessionKey.check("short-key", "DRR_SESSION_KEY"));
        assertTrue(r.getMessage().startsWith("DRR_SESSION_KEY holds a session key of 9 characters but at least 16 are needed"),
                r.getMessage());
        assertFalse(r.getMessage().contains("\n"));
        assertEquals(0, r.getStackTrace().length, "a refusal carries no stack trace");
        assertDoesNotThrow(() -> SessionKey.check("0123456789abcdef", "DRR_SESSION_KEY"));
    }

    @Test
    void theKeptSessionKeyIsGeneratedOnceAndATooShortFileIsRefused() throws IOException {
        Path dir = Files.createTempDirectory("drr-key");
        String first = SessionKey.keptIn(dir);
        assertTrue(first.length() >= 40, "32 random bytes in Base64");
        assertEquals(first, SessionKey.keptIn(dir), "kept across starts");
        Files.writeString(dir.resolve("session.key"), "abc\n");
        StartupRefusal r = assertThrows(StartupRefusal.class, () -> SessionKey.keptIn(dir));
        assertTrue(r.getMessage().contains("session.key holds a session key of 3 characters"), r.getMessage());
        assertTrue(r.getMessage().contains("delete the file"), r.getMessage());
        PostgresBinaries.deleteRecursively(dir);
    }

    @Test
    void aPortSomethingListensOnIsInUseAndAFreeOneIsNot() throws IOException {
        try (ServerSocket held = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            assertTrue(EmbeddedDatabase.portInUse(held.getLocalPort()));
        }
        int free;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            free = s.getLocalPort();
        }
        assertFalse(EmbeddedDatabase.portInUse(free));
    }

    @Test
    void theFirstFatalLineOfPostgresOutputIsTheReasonGiven() {
        String log = """
                2026-12-05 19:48:41.337 UTC [14667] LOG:  starting PostgreSQL 17.6
                2026-12-05 19:48:41.338 UTC [14667] FATAL:  could not create lock file "postmaster.pid": Permission denied
                2026-12-05 19:48:41.339 UTC [14667] LOG:  database system is shut down
                """;
        assertEquals("FATAL:  could not create lock file \"postmaster.pid\": Permission denied", EmbeddedDatabase.firstProblem(log, "-"));
        assertEquals("pg_ctl: could not start server", EmbeddedDatabase.firstProblem("waiting\npg_ctl: could not start server\n", "-"));
        assertEquals("-", EmbeddedDatabase.firstProblem("", "-"));
    }

    @Test
    void settingsForTheShellAreQuotedWhateverTheyHold() {
        assertEquals("'log_directory=/a b/it'\\''s'", EmbeddedDatabase.shellQuote("log_directory=/a b/it's"));
        assertEquals("'unix_socket_directories='", EmbeddedDatabase.shellQuote("unix_socket_directories="));
    }

    @Test
    void connectionFailuresAreTellingApartFromBugs() {
        assertTrue(DatabaseFailures.isUnavailable(new RuntimeException(new SQLException("refused", "08001"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseFailures.isUnavailable(new IllegalStateException(new SQLTransientConnectionException("gone"))));
        assertTrue(DatabaseFailures.isUnavailable(new SQLException("Acquisition timeout while waiting for new connection")));
        assertTrue(DatabaseFailures.isUnavailable(new org.hibernate.exception.JDBCConnectionException("x", new SQLException("y"))));
        assertFalse(DatabaseFailures.isUnavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.isUnavailable(new IllegalStateException("bug")));
    }
}
