package kr.drregistry.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.response.Response;
import kr.drregistry.platform.PostmasterPid;

/**
 * The default install as the README runs it — the packaged app with its embedded PostgreSQL in a data directory —
 * under the faults an operator meets: the database killed under the running app (readiness DOWN and 503 problems
 * with Retry-After meanwhile, then back by itself), the app killed with -9 (ONE next start works and the data is
 * there), and SIGTERM while a request is in flight (it completes, then the app and its database stop).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmbeddedDefaultIT {
    static final String PW = "demo-pass-2026";
    static Path dataDir;
    static AppProcess app;
    static String filing;

    @BeforeAll
    static void start() throws Exception {
        dataDir = Files.createTempDirectory("drr-it-embedded").resolve("data");
        app = AppProcess.startEmbedded("embedded-first", dataDir, Map.of());
        filing = given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).contentType("application/json")
                .body("{\"type\":\"TOPOLOGY\",\"planYear\":2034,\"title\":\"내장 데이터베이스 시험\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        PostmasterPid.read(dataDir.resolve("postgres")).ifPresent(p -> ProcessHandle.of(p.pid()).ifPresent(ProcessHandle::destroy));
        AppProcess.deleteTree(dataDir.getParent());
    }

    @Test
    @Order(1)
    void theDatabaseKilledUnderTheRunningAppComesBackByItself() throws Exception {
        long postmaster = postmasterPid();
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();

        boolean readinessDown = false;
        Response problem = null;
        Response page = null;
        Instant end = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(end) && (!readinessDown || problem == null || page == null)) {
            readinessDown |= app.status("/q/health/ready") == 503;
            assertEquals(200, app.status("/q/health/live"), "liveness stays UP while the watchdog brings the database back");
            Response api = given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).get("/api/v1/filings/" + filing);
            if (api.statusCode() == 503 && problem == null) {
                problem = api;
            }
            Response html = given().baseUri(app.base()).redirects().follow(false).accept("text/html").get("/login");
            if (html.statusCode() == 503 && page == null) {
                page = html;
            }
            Thread.sleep(100);
        }
        assertTrue(readinessDown, "readiness went DOWN while the database was away");
        assertNotNull(problem, "an API request meanwhile got 503");
        assertTrue(problem.contentType().startsWith("application/problem+json"), problem.contentType());
        assertEquals("urn:drr:problem:database-unavailable", problem.jsonPath().getString("type"));
        assertEquals(503, problem.jsonPath().getInt("status"));
        assertEquals("5", problem.header("Retry-After"));
        assertNotNull(page, "a page meanwhile got 503");
        assertTrue(page.contentType().startsWith("text/html"), page.contentType());
        assertTrue(page.asString().contains("잠시 서비스를 이용할 수 없습니다"), page.asString());
        assertEquals("5", page.header("Retry-After"));

        app.awaitReady(Duration.ofSeconds(120));
        given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).get("/api/v1/filings/" + filing)
                .then().statusCode(200).body("title", equalTo("내장 데이터베이스 시험"));
        assertNotEquals(postmaster, postmasterPid(), "a new server runs");
        String log = app.output();
        assertTrue(log.contains("stopped unexpectedly; restarting it"), log);
        assertTrue(log.contains("The embedded PostgreSQL is running again"), log);
    }

    @Test
    @Order(2)
    void afterTheAppIsKilledOneStartWorksAndTheDataIsThere() throws Exception {
        long postmaster = postmasterPid();
        app.kill9();
        assertTrue(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false), "the database outlived the killed app");

        app = AppProcess.startEmbedded("embedded-after-kill", dataDir, Map.of());

        given().baseUri(app.base()).auth().preemptive().basic("talk-officer", PW).get("/api/v1/filings/" + filing)
                .then().statusCode(200).body("title", equalTo("내장 데이터베이스 시험"));
        assertTrue(gone(postmaster), "the leftover server was stopped");
        String log = app.output();
        assertTrue(log.contains("A PostgreSQL (pid " + postmaster + ") left running on "), log);
        assertFalse(log.lines().anyMatch(l -> l.contains(" ERROR ")), "no ERROR in the start after the crash:\n" + log);
        assertFalse(log.contains("Gave up"), log);
    }

    @Test
    @Order(3)
    void sigtermLetsARequestInFlightFinishAndThenStopsTheDatabase() throws Exception {
        long postmaster = postmasterPid();
        byte[] body = Files.readAllBytes(Path.of("examples/healthy-multisite.yaml"));
        String auth = Base64.getEncoder().encodeToString(("talk-editor:" + PW).getBytes(StandardCharsets.UTF_8));
        String answer;
        try (Socket socket = new Socket("127.0.0.1", app.port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/validate HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Type: application/yaml\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            int half = body.length / 2;
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(1000);

            app.terminate(); // SIGTERM while the request's body is still on its way
            Thread.sleep(2000);
            assertTrue(app.alive(), "the app waits for the request in flight");

            out.write(body, half, body.length - half);
            out.flush();
            try (InputStream in = socket.getInputStream()) {
                answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        assertTrue(answer.startsWith("HTTP/1.1 200"), answer);
        assertTrue(answer.contains("\"summary\""), answer);

        assertEquals(0, app.awaitExit(Duration.ofSeconds(60)), "a requested stop ends with exit code 0");
        assertTrue(gone(postmaster), "the embedded PostgreSQL stopped with the app");
        assertTrue(PostmasterPid.read(dataDir.resolve("postgres")).isEmpty(), "and shut down cleanly (no postmaster.pid left)");
        app = null;
    }

    /** Gone, or a zombie that nobody has reaped yet (this machine's init may be slow to). */
    static boolean gone(long pid) throws Exception {
        for (int i = 0; i < 100; i++) {
            Path stat = Path.of("/proc", Long.toString(pid), "stat");
            if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
                return true;
            }
            if (Files.exists(stat) && Files.readString(stat).replaceAll("^.*\\) ", "").startsWith("Z")) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    static long postmasterPid() throws Exception {
        return PostmasterPid.read(dataDir.resolve("postgres")).orElseThrow().pid();
    }
}
