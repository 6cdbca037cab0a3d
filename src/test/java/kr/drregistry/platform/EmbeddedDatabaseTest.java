package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;

/**
 * The default run keeps its data (a row written before a stop is there after the next start), one data directory
 * has one owner, and nobody connects without a password: the app as its own role, which is no superuser.
 */
class EmbeddedDatabaseTest {
    @Test
    void everyConnectionNeedsAPasswordAndTheAppsRoleOwnsTheDatabaseWithoutBeingSuperuser() throws Exception {
        Path dir = Files.createTempDirectory("drr-roles").resolve("postgres");
        try (EmbeddedDatabase db = EmbeddedDatabase.start(dir, 0, true)) {
            // what a default install allowed before: any local user as superuser, no password
            SQLException refused = assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), "postgres", ""));
            assertTrue(refused.getMessage().contains("password"), refused.getMessage());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE, "guess"));
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.APP_ROLE, db.appPassword());
                 ResultSet rs = c.createStatement().executeQuery("select r.rolsuper, r.rolcreaterole, d.datdba::regrole::text "
                         + "from pg_roles r, pg_database d where r.rolname = current_user and d.datname = current_database()")) {
                rs.next();
                assertFalse(rs.getBoolean(1), "the app's role is no superuser");
                assertFalse(rs.getBoolean(2), "nor may it create roles");
                assertEquals(EmbeddedDatabase.APP_ROLE, rs.getString(3), "it owns the database, so Flyway can migrate as it");
            }
            for (String file : new String[] {"database.password", "postgres-superuser.password"}) {
                assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolveSibling(file))), file);
            }
        }
        PostgresBinaries.deleteRecursively(dir.getParent());
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory("drr-durable").resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0, true);
             Connection c = first.connect(EmbeddedDatabase.DATABASE);
             Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('이 행은 재시작 후에도 남습니다')");
            try (ResultSet rs = s.executeQuery("show fsync")) {
                rs.next();
                assertEquals("on", rs.getString(1));
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0, true);
             Connection c = second.connect(EmbeddedDatabase.DATABASE);
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            rs.next();
            assertEquals("이 행은 재시작 후에도 남습니다", rs.getString(1));
        }
        PostgresBinaries.deleteRecursively(dir.getParent());
    }

    @Test
    void aSecondOwnerOfTheSameDirectoryIsRefusedAndTheFirstKeepsRunning() throws Exception {
        Path dir = Files.createTempDirectory("drr-owner").resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0, true)) {
            StartupRefusal r = org.junit.jupiter.api.Assertions.assertThrows(StartupRefusal.class,
                    () -> EmbeddedDatabase.start(dir, 0, true));
            assertEquals("Another DR Registry process (the app, a backup or a restore) is using the database in " + dir
                    + ": stop it first, or set DRR_DATA_DIR to another directory.", r.getMessage());
            try (Connection c = first.connect(EmbeddedDatabase.DATABASE);
                 ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
                rs.next();
                assertEquals(dir.toRealPath().toString(), rs.getString(1), "the first server still runs, on 127.0.0.1 only");
            }
            assertEquals(EmbeddedDatabase.State.UP, first.state());
        }
        PostgresBinaries.deleteRecursively(dir.getParent());
    }
}
