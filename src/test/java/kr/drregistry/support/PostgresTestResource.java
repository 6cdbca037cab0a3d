package kr.drregistry.support;

import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import kr.drregistry.platform.EmbeddedDatabase;

/**
 * Gives every {@code @QuarkusTest} a real PostgreSQL: a fresh embedded one by default, or the server named by
 * {@code DRR_TEST_DB_URL} (with {@code DRR_TEST_DB_USER} / {@code DRR_TEST_DB_PASSWORD}).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {
    private EmbeddedDatabase db;

    @Override
    public Map<String, String> start() {
        String url = System.getenv("DRR_TEST_DB_URL");
        if (url != null && !url.isBlank()) {
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", env("DRR_TEST_DB_USER", "postgres"),
                    "quarkus.datasource.password", env("DRR_TEST_DB_PASSWORD", ""));
        }
        try {
            db = EmbeddedDatabase.start(Files.createTempDirectory("drr-test-pg").resolve("postgres"), 0, false);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return Map.of("quarkus.datasource.jdbc.url", db.jdbcUrl(),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (db != null) {
            db.close();
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

}
