package kr.drregistry.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import kr.drregistry.platform.EmbeddedDatabase;

/**
 * Two replicas of the packaged app on one PostgreSQL, as the Helm chart runs them: a session started on one is
 * valid on the other, a form whose CSRF token came from one is accepted by the other, an upload made through one is
 * downloaded through the other, a draft saved on one is submitted on the other — nothing lives in a replica.
 * Both replicas log JSON lines, as the chart configures them.
 */
class TwoInstancesIT {
    static EmbeddedDatabase db;
    static AppProcess a;
    static AppProcess b;

    @BeforeAll
    static void start() throws Exception {
        db = EmbeddedDatabase.start(Files.createTempDirectory("drr-it-two").resolve("pg"), 0, false);
        String key = "it-two-instances-session-key-0123456789abcdef";
        Map<String, String> json = Map.of("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "true");
        a = AppProcess.start("replica-a", db.jdbcUrl(), key, json);
        b = AppProcess.start("replica-b", db.jdbcUrl(), key, json); // a rolling start: b finds the schema migrated
    }

    @AfterAll
    static void stop() throws Exception {
        for (AutoCloseable c : new AutoCloseable[] {a, b, db}) {
            if (c != null) {
                c.close();
            }
        }
    }

    @Test
    void aSessionItsCsrfTokenAndItsSignOutFromOneReplicaWorkOnTheOther() {
        Map<String, String> cookies = signIn(a, "talk-editor");
        // the dashboard on b with a's session cookie: signed in, not sent to the login page
        Response dash = given().baseUri(b.base()).redirects().follow(false).cookies(cookies).get("/portal");
        assertEquals(200, dash.statusCode());
        assertTrue(dash.asString().contains("talk-editor") || dash.asString().contains("예시톡"), "the operator's dashboard");

        // a form rendered by a, posted to b
        Response form = given().baseUri(a.base()).cookies(cookies).get("/portal");
        Map<String, String> all = new java.util.HashMap<>(cookies);
        all.putAll(form.cookies());
        String token = csrf(form.asString());
        Response created = given().baseUri(b.base()).redirects().follow(false).cookies(all)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token).formParam("type", "TOPOLOGY").formParam("planYear", "2031")
                .post("/portal/filings");
        assertEquals(303, created.statusCode(), created.asString());

        // signed out on b: the same cookies open nothing on a either (the session lives in the shared database)
        given().baseUri(b.base()).redirects().follow(false).cookies(all).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).post("/logout").then().statusCode(303);
        assertEquals(302, given().baseUri(a.base()).redirects().follow(false).cookies(cookies).get("/portal").statusCode());
    }

    @Test
    void anUploadThroughOneReplicaIsDownloadedThroughTheOtherAndADraftSavedOnOneIsSubmittedOnTheOther() throws Exception {
        String filing = given().baseUri(a.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                .contentType("application/json").body("{\"type\":\"TOPOLOGY\",\"planYear\":2032,\"title\":\"two replicas\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        byte[] pdf = ("%PDF-1.4\n% two replicas\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n").getBytes();
        String attachment = given().baseUri(a.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                .contentType("application/pdf").body(pdf).post("/api/v1/filings/" + filing + "/attachments?fileName=plan.pdf")
                .then().statusCode(201).extract().path("id");
        byte[] back = given().baseUri(b.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                .get("/api/v1/filings/" + filing + "/attachments/" + attachment).then().statusCode(200).extract().asByteArray();
        assertArrayEquals(pdf, back, "the same bytes from the other replica");

        byte[] topology = Files.readString(Path.of("examples/healthy-multisite.yaml")) // filed as example-talk's
                .replace("operator: example-portal", "operator: example-talk").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().baseUri(a.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                .contentType("application/yaml").header("If-Match", "\"d0\"").body(topology)
                .put("/api/v1/filings/" + filing + "/draft").then().statusCode(200);
        given().baseUri(b.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                .contentType("application/json").post("/api/v1/filings/" + filing + "/submit").then().statusCode(201);
        int version = given().baseUri(a.base()).auth().preemptive().basic("talk-officer", "demo-pass-2026")
                .get("/api/v1/filings/" + filing).then().statusCode(200).extract().path("latestVersion");
        assertEquals(1, version);
    }

    @Test
    void bothReplicasLogJsonLines() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (AppProcess app : new AppProcess[] {a, b}) {
            String line = Files.readAllLines(app.log).stream().filter(l -> l.startsWith("{")).findFirst()
                    .orElseThrow(() -> new AssertionError("no JSON log line in " + app.log));
            JsonNode entry = mapper.readTree(line);
            assertNotNull(entry.get("message"), line);
            assertNotNull(entry.get("level"), line);
        }
    }

    static Map<String, String> signIn(AppProcess app, String user) {
        Response login = given().baseUri(app.base()).redirects().follow(false)
                .formParam("j_username", user).formParam("j_password", "demo-pass-2026").post("/j_security_check");
        assertTrue(login.cookies().containsKey("drr-session"), "signed in: " + login.statusCode());
        return login.cookies();
    }

    static String csrf(String page) {
        Matcher m = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "a CSRF field on the page");
        return m.group(1);
    }
}
