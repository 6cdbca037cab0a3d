package kr.drregistry.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import kr.drregistry.platform.EmbeddedDatabase;

/**
 * Two replicas of the packaged app starting at the same moment on one database with demo data on, as the Helm chart
 * may start them: both come up, and the demo organisations, accounts and filings exist once (the seeding takes an
 * advisory lock and leaves a marker), made by one replica.
 */
class DemoSeedIT {
    @Test
    void twoReplicasStartingTogetherSeedTheDemoDataOnce() throws Exception {
        try (EmbeddedDatabase db = EmbeddedDatabase.start(Files.createTempDirectory("drr-it-demo").resolve("pg"), 0, false)) {
            String key = "it-demo-seed-session-key-0123456789abcdef";
            // the schema first (Flyway's own concurrency is not what this test is about), then two demo replicas at once
            try (AppProcess migrate = AppProcess.start("demo-migrate", db.jdbcUrl(), key, Map.of("DRR_DEMO_ENABLED", "false"))) {
                assertEquals(200, given().baseUri(migrate.management()).get("/q/health/ready").statusCode());
            }
            Map<String, String> demo = Map.of("DRR_DEMO_FILINGS", "true");
            CompletableFuture<AppProcess> a = CompletableFuture.supplyAsync(() -> start("demo-a", db.jdbcUrl(), key, demo));
            CompletableFuture<AppProcess> b = CompletableFuture.supplyAsync(() -> start("demo-b", db.jdbcUrl(), key, demo));
            try {
                for (AppProcess app : List.of(a.join(), b.join())) {
                    Map<String, Object> page = given().baseUri(app.base()).auth().preemptive().basic("lead", "demo-pass-2026")
                            .get("/api/v1/filings?size=200").then().statusCode(200).extract().path("");
                    assertEquals(6, page.get("total"), "the demo filings exist once: " + page);
                    List<String> slugs = given().baseUri(app.base()).auth().preemptive().basic("lead", "demo-pass-2026")
                            .get("/api/v1/organisations").then().statusCode(200).extract().path("slug");
                    assertEquals(List.of("example-idc", "example-pay", "example-portal", "example-talk", "msit"),
                            slugs.stream().sorted().toList());
                }
                List<String> made = new ArrayList<>();
                for (String name : List.of("demo-a", "demo-b")) {
                    String log = Files.readString(java.nio.file.Path.of("target/it-logs/" + name + ".log"));
                    assertTrue(log.contains("DR Registry is ready: open http://localhost:"), name + " says where to go");
                    if (log.contains("6 filings with 6 submitted versions made")) {
                        made.add(name);
                    }
                }
                assertEquals(1, made.size(), "one replica made the demo filings: " + made);
            } finally {
                stop(a);
                stop(b);
            }
        }
    }

    /** Stops a replica once its start has finished (a failed start left nothing running). */
    private static void stop(CompletableFuture<AppProcess> replica) throws Exception {
        AppProcess app;
        try {
            app = replica.join();
        } catch (CompletionException failed) {
            return;
        }
        app.close();
    }

    private static AppProcess start(String name, String jdbcUrl, String key, Map<String, String> env) {
        try {
            return AppProcess.start(name, jdbcUrl, key, env);
        } catch (Exception e) {
            throw new CompletionException(e);
        }
    }
}
