package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/**
 * The default run keeps its data (a row written before a stop is there after the next start), and one data directory
 * has one owner.
 */
class EmbeddedDatabaseTest {
    @Test
    void dataSurvivesARestart() throws Exception {
        Path dir = Files.createTempDirectory("drr-durable").resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(dir, 0, true);
             Connection c = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("create table kept (v text)");
            s.execute("insert into kept values ('이 행은 재시작 후에도 남습니다')");
            try (ResultSet rs = s.executeQuery("show fsync")) {
                rs.next();
                assertEquals("on", rs.getString(1));
            }
        }
        try (EmbeddedDatabase second = EmbeddedDatabase.start(dir, 0, true);
             Connection c = DriverManager.getConnection(second.jdbcUrl(), "postgres", "");
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
            try (Connection c = DriverManager.getConnection(first.jdbcUrl(), "postgres", "");
                 ResultSet rs = c.createStatement().executeQuery("show data_directory")) {
                rs.next();
                assertEquals(dir.toRealPath().toString(), rs.getString(1), "the first server still runs, on 127.0.0.1 only");
            }
            assertEquals(EmbeddedDatabase.State.UP, first.state());
        }
        PostgresBinaries.deleteRecursively(dir.getParent());
    }
}
