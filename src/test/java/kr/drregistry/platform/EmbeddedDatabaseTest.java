package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

/** The default run keeps its data: a row written before a stop is there after the next start. */
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
    }
}
