package kr.drregistry.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.drregistry.platform.EmbeddedDatabase;

/**
 * The packaged app refuses to start, in one sentence and with a non-zero exit code, when starting would go wrong:
 * its database port is held by another PostgreSQL (whose data stays untouched), the session key is too short (given
 * or kept in data/session.key), or the data directory belongs to another user.
 */
class StartupRefusalsIT {
    @Test
    void aPortHeldByAnotherPostgresIsRefusedAndThatServersDataIsUntouched() throws Exception {
        Path work = Files.createTempDirectory("drr-it-foreign");
        EmbeddedDatabase foreign = EmbeddedDatabase.start(work.resolve("foreign/postgres"), 0, false);
        try {
            try (Connection c = foreign.connect("postgres"); Statement s = c.createStatement()) {
                s.execute("create table someone_elses (v text)");
                s.execute("insert into someone_elses values ('다른 인스턴스의 데이터')");
            }
            Path dataDir = work.resolve("app-data");
            AppProcess.Finished run = AppProcess.run("refused-foreign-port", Map.of("DRR_DATA_DIR", dataDir.toString(),
                    "DRR_EMBEDDED_DB_PORT", Integer.toString(foreign.port())));

            assertRefusedInOneSentence(run, "DR Registry did not start: Port " + foreign.port()
                    + " (DRR_EMBEDDED_DB_PORT) is already in use by another program");
            try (Connection c = foreign.connect("postgres"); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("select v from someone_elses")) {
                    assertTrue(rs.next());
                    assertEquals("다른 인스턴스의 데이터", rs.getString(1));
                    assertFalse(rs.next());
                }
            }
            // the other server has a database of the app's name (made by this test's launcher): the app left it empty
            try (Connection c = foreign.connect(EmbeddedDatabase.DATABASE); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("select count(*) from pg_tables where schemaname = 'public'")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the app migrated and wrote nothing on the other server");
            }
            assertFalse(Files.exists(dataDir.resolve("postgres/postmaster.pid")), "no server of the app's own was left running");
        } finally {
            foreign.close();
            AppProcess.deleteTree(work);
        }
    }

    @Test
    void aSessionKeyShorterThan16CharactersIsRefusedWhetherGivenOrKept() throws Exception {
        Path dataDir = Files.createTempDirectory("drr-it-key");
        AppProcess.Finished given = AppProcess.run("refused-short-key", Map.of("DRR_DATA_DIR", dataDir.toString(),
                "DRR_SESSION_KEY", "too-short"));
        assertRefusedInOneSentence(given, "DR Registry did not start: DRR_SESSION_KEY holds a session key of 9 characters "
                + "but at least 16 are needed");

        Files.writeString(dataDir.resolve("session.key"), "abc\n");
        AppProcess.Finished kept = AppProcess.run("refused-short-key-file", Map.of("DRR_DATA_DIR", dataDir.toString()));
        assertRefusedInOneSentence(kept, "DR Registry did not start: " + dataDir.toAbsolutePath().resolve("session.key")
                + " holds a session key of 3 characters but at least 16 are needed");
        assertFalse(Files.exists(dataDir.resolve("postgres")), "refused before any database was made");
        AppProcess.deleteTree(dataDir);
    }

    @Test
    void aDataDirectoryOfAnotherUserIsRefused() throws Exception {
        Path dataDir = Files.createTempDirectory("drr-it-owner");
        Path postgres = Files.createDirectories(dataDir.resolve("postgres"));
        String expected;
        if ("root".equals(System.getProperty("user.name"))) {
            // root may write anywhere, but PostgreSQL only runs as the owner of its files
            UserPrincipal nobody = postgres.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            Files.setOwner(postgres, nobody);
            expected = "DR Registry did not start: The database directory " + postgres.toAbsolutePath() + " belongs to user nobody "
                    + "but DR Registry runs as user root";
        } else {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("r-x------"));
            expected = "DR Registry did not start: The data directory " + dataDir.toAbsolutePath() + " is not writable by user "
                    + System.getProperty("user.name");
        }
        try {
            AppProcess.Finished run = AppProcess.run("refused-owner", Map.of("DRR_DATA_DIR", dataDir.toString()));
            assertRefusedInOneSentence(run, expected);
        } finally {
            Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
            AppProcess.deleteTree(dataDir);
        }
    }

    /** Exit code 2 and nothing on the console but the one line that says why (no banner, no stack trace). */
    static void assertRefusedInOneSentence(AppProcess.Finished run, String start) {
        List<String> lines = new ArrayList<>(run.lines());
        assertEquals(2, run.exit(), run.output());
        assertEquals(1, lines.size(), "one line:\n" + run.output());
        assertTrue(lines.get(0).startsWith(start), lines.get(0) + "\nshould start with\n" + start);
        assertTrue(lines.get(0).endsWith("."), lines.get(0));
    }
}
