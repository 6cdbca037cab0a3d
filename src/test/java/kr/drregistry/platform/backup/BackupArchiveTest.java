package kr.drregistry.platform.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.Supplier;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import kr.drregistry.platform.EmbeddedDatabase;
import kr.drregistry.platform.StartupRefusal;

/**
 * The backup archive between two real PostgreSQL 17 servers, without the app: the schema and rows come back with
 * Korean text and binary content intact; a non-empty target and a damaged archive are refused before anything is
 * written. (BackupRestoreIT does the same through the packaged app's commands.)
 */
class BackupArchiveTest {
    static EmbeddedDatabase source;
    static EmbeddedDatabase target;
    static Path work;

    @BeforeAll
    static void start() throws Exception {
        work = Files.createTempDirectory("drr-backup-test");
        source = EmbeddedDatabase.start(work.resolve("source/postgres"), 0, false);
        target = EmbeddedDatabase.start(work.resolve("target/postgres"), 0, false);
        Flyway.configure().dataSource(source.jdbcUrl(), "postgres", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = source.connect(EmbeddedDatabase.DATABASE); Statement s = c.createStatement()) {
            s.execute("insert into organisation (id, slug, name_ko, name_en, kind) values "
                    + "('00000000-0000-0000-0000-000000000001', 'backup-talk', '백업\t톡\n둘째 줄', 'Backup \\ Talk', 'VALUE_ADDED')");
            s.execute("insert into app_user (id, username, password_hash, display_name, organisation_id, roles) values "
                    + "('00000000-0000-0000-0000-000000000002', 'backup-editor', 'x', '편집자', '00000000-0000-0000-0000-000000000001', 'operator-editor')");
        }
    }

    @AfterAll
    static void stop() throws java.io.IOException {
        source.close();
        target.close();
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseReadsBackIdenticallyAndASecondRestoreIsRefused() throws Exception {
        Path file = work.resolve("drr.zip");
        BackupManifest written;
        try (Connection c = source.connect(EmbeddedDatabase.DATABASE)) {
            written = Backup.write(c, file);
        }
        assertFalse(Files.exists(work.resolve("drr.zip.part")), "no partial file left");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                "only its owner may read the archive (password hashes, every filing)");
        try (Connection c = source.connect(EmbeddedDatabase.DATABASE); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("select version from flyway_schema_history order by installed_rank desc limit 1")) {
            rs.next();
            assertEquals(rs.getString(1), written.schemaVersion(), "the manifest names the latest applied migration");
        }
        assertTrue(written.tables().stream().anyMatch(t -> t.name().equals("organisation") && t.rows() == 1));
        assertTrue(written.tables().stream().noneMatch(t -> t.name().equals("flyway_schema_history")));

        BackupManifest checked = Restore.check(file);
        Restore.into(file, checked, target.jdbcUrl(), "postgres", "", connections(target));
        try (Connection c = target.connect(EmbeddedDatabase.DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select o.name_ko, o.name_en, u.display_name from organisation o join app_user u on u.organisation_id = o.id")) {
            assertTrue(rs.next());
            assertEquals("백업\t톡\n둘째 줄", rs.getString(1));
            assertEquals("Backup \\ Talk", rs.getString(2));
            assertEquals("편집자", rs.getString(3));
        }
        try (Connection c = target.connect(EmbeddedDatabase.DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select version from flyway_schema_history order by installed_rank desc limit 1")) {
            rs.next();
            assertEquals(written.schemaVersion(), rs.getString(1), "the schema is at the backup's version");
        }

        StartupRefusal again = assertThrows(StartupRefusal.class,
                () -> Restore.into(file, checked, target.jdbcUrl(), "postgres", "", connections(target)));
        assertTrue(again.getMessage().contains("is not empty"), again.getMessage());
        assertEquals(1, count(target, "organisation"), "nothing written by the refused restore");
    }

    @Test
    void aDamagedArchiveIsRefusedBeforeAnythingIsWritten() throws Exception {
        Path file = work.resolve("damaged.zip");
        try (Connection c = source.connect(EmbeddedDatabase.DATABASE)) {
            Backup.write(c, file);
        }
        // a part whose content no longer matches the manifest (a valid ZIP: only the SHA-256 can tell)
        Path altered = work.resolve("altered.zip");
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(file.toFile());
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(altered))) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(in.entries())) {
                byte[] content = in.getInputStream(e).readAllBytes();
                if (e.getName().equals("tables/organisation.copy")) {
                    content = new String(content, java.nio.charset.StandardCharsets.UTF_8).replace("backup-talk", "backup-tolk")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        StartupRefusal r = assertThrows(StartupRefusal.class, () -> Restore.check(altered));
        assertEquals("The backup " + altered + " is damaged or not a DR Registry backup (the part of table organisation does "
                + "not match its SHA-256 or row count), so nothing was written.", r.getMessage());

        // a truncated copy
        byte[] bytes = Files.readAllBytes(file);
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        r = assertThrows(StartupRefusal.class, () -> Restore.check(file));
        assertTrue(r.getMessage().startsWith("The backup " + file + " is damaged"), r.getMessage());

        Files.writeString(file, "not a zip at all");
        assertThrows(StartupRefusal.class, () -> Restore.check(file));
    }

    private static Supplier<Connection> connections(EmbeddedDatabase db) {
        return () -> {
            try {
                return db.connect(EmbeddedDatabase.DATABASE);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static long count(EmbeddedDatabase db, String table) throws SQLException {
        try (Connection c = db.connect(EmbeddedDatabase.DATABASE); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
