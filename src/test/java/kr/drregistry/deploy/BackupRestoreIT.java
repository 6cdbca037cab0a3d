package kr.drregistry.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.restassured.response.Response;
import kr.drregistry.platform.PostmasterPid;

/**
 * The backup-and-restore runbook (docs/operations.md) on the DEFAULT install, with nothing but the packaged app: the
 * app runs with its embedded PostgreSQL 17, filings are submitted through the API, {@code backup FILE} is taken while
 * it runs and again while it is stopped, {@code restore FILE} fills a fresh data directory, and the app started on
 * it has the filing, the submitted version with the same SHA-256, and an intact audit chain. A second restore into
 * the now non-empty directory and a damaged archive are refused without writing anything.
 */
class BackupRestoreIT {
    static final String PW = "demo-pass-2026";

    @Test
    void aBackupOfTheEmbeddedDatabaseRestoredIntoAFreshDataDirectoryRunsTheAppWithItsDataAndAnIntactAuditChain() throws Exception {
        Path work = Files.createTempDirectory("drr-it-backup");
        Path source = work.resolve("source-data");
        Path restored = work.resolve("restored-data");
        Path live = work.resolve("live.drr-backup");
        Path cold = work.resolve("cold.drr-backup");
        String filing;
        String sha256;
        long entriesBefore;
        try (AppProcess app = AppProcess.startEmbedded("backup-source", source, Map.of())) {
            filing = given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).contentType("application/json")
                    .body("{\"type\":\"TOPOLOGY\",\"planYear\":2033,\"title\":\"백업 시험 backup drill\"}")
                    .post("/api/v1/filings").then().statusCode(201).extract().path("id");
            given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).contentType("application/yaml")
                    .header("If-Match", "\"d0\"").body(Files.readString(Path.of("examples/healthy-multisite.yaml")) // filed as example-talk's
                            .replace("operator: example-portal", "operator: example-talk").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .put("/api/v1/filings/" + filing + "/draft").then().statusCode(200);
            sha256 = given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).contentType("application/json")
                    .post("/api/v1/filings/" + filing + "/submit").then().statusCode(201).extract().path("sha256");
            entriesBefore = given().baseUri(app.base()).auth().preemptive().basic("lead", PW).get("/api/v1/audit/verify")
                    .then().statusCode(200).body("intact", equalTo(true)).extract().jsonPath().getLong("verifiedEntries");

            AppProcess.Finished backup = AppProcess.run("backup-live", Map.of("DRR_DATA_DIR", source.toString()), "backup", live.toString());
            assertEquals(0, backup.exit(), backup.output());
            assertTrue(backup.output().contains("Backed up the running embedded database in"), backup.output());
            assertTrue(app.alive() && app.status("/q/health/ready") == 200, "the app kept running through the backup");
        }
        assertTrue(Files.size(live) > 10_000, "an archive was written");

        // with the app stopped, the command starts the embedded server itself and stops it again
        AppProcess.Finished coldBackup = AppProcess.run("backup-cold", Map.of("DRR_DATA_DIR", source.toString()), "backup", cold.toString());
        assertEquals(0, coldBackup.exit(), coldBackup.output());
        assertTrue(coldBackup.output().contains("Backed up the embedded database in"), coldBackup.output());
        assertTrue(PostmasterPid.read(source.resolve("postgres")).isEmpty(), "no server left running after the command");

        AppProcess.Finished restore = AppProcess.run("restore", Map.of("DRR_DATA_DIR", restored.toString()), "restore", live.toString());
        assertEquals(0, restore.exit(), restore.output());
        assertTrue(restore.output().contains("Restored " + live), restore.output());

        AppProcess.Finished again = AppProcess.run("restore-again", Map.of("DRR_DATA_DIR", restored.toString()), "restore", cold.toString());
        assertEquals(2, again.exit(), again.output());
        assertTrue(again.output().contains("is not empty"), again.output());

        Path damaged = work.resolve("damaged.drr-backup");
        byte[] bytes = Files.readAllBytes(live);
        Files.write(damaged, java.util.Arrays.copyOf(bytes, bytes.length - 200)); // cut short, as by a full disk
        Path untouched = work.resolve("untouched-data");
        AppProcess.Finished refused = AppProcess.run("restore-damaged", Map.of("DRR_DATA_DIR", untouched.toString()), "restore", damaged.toString());
        assertEquals(2, refused.exit(), refused.output());
        assertTrue(refused.output().contains("is damaged or not a DR Registry backup"), refused.output());
        assertFalse(Files.exists(untouched.resolve("postgres")), "nothing was written for a damaged archive");

        // the runbook's step: the audit key lives outside the database (and its backups), so it moves separately
        Files.copy(source.resolve("audit.key"), restored.resolve("audit.key"));
        try (AppProcess app = AppProcess.startEmbedded("backup-restored", restored, Map.of())) {
            given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).get("/api/v1/filings/" + filing)
                    .then().statusCode(200).body("title", equalTo("백업 시험 backup drill"), "latestVersion", equalTo(1));
            Response version = given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW)
                    .get("/api/v1/filings/" + filing + "/versions/1");
            assertEquals(200, version.statusCode());
            assertEquals(sha256, version.header("X-Content-SHA256"));
            assertEquals(sha256, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(version.asString().getBytes(StandardCharsets.UTF_8))), "the restored content hashes to the submitted SHA-256");
            Map<String, Object> verification = given().baseUri(app.base()).auth().preemptive().basic("lead", PW)
                    .get("/api/v1/audit/verify").then().statusCode(200).extract().jsonPath().getMap("$");
            assertEquals(Boolean.TRUE, verification.get("intact"), "audit chain after restore: " + verification);
            assertTrue(((Number) verification.get("verifiedEntries")).longValue() >= entriesBefore && entriesBefore >= 3,
                    "before " + entriesBefore + ", after " + verification);
            app.terminate();
            assertEquals(0, app.awaitExit(Duration.ofSeconds(60)));
        }
        AppProcess.deleteTree(work);
    }
}
