package kr.drregistry.filing;

import static io.restassured.RestAssured.given;
import static kr.drregistry.support.Api.token;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Api;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** Plans checked by the MAN rules, version diffs of topology, and attachments sniffed by content. */
@QuarkusTest
class FilingContentApiTest {
    /** Any plan year: the organisation is this test's own. */
    private static final int YEAR = 2027;

    /** A new organisation per test (made inside the running app). */
    private final Tenant tenant = Tenants.fresh("content");

    private byte[] kakao() {
        return Api.kakao(tenant).getBytes(StandardCharsets.UTF_8);
    }

    private static String create(String token, String type, int year) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"type\": \"" + type + "\", \"planYear\": " + year + ", \"title\": \"" + type + " " + year + "\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
    }

    @Test
    void aCompletePlanIsSubmittedWithItsCompletenessReport() throws Exception {
        String token = token(tenant.officer(), "read,submit");
        String id = create(token, "PLAN", YEAR);
        byte[] plan = Files.readAllBytes(Path.of("examples", "plan-example-talk-2026.json"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"d0\"").body(plan)
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201).body("policy.id", equalTo("kr-msit"), "findings.high", equalTo(0));
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1/findings")
                .then().statusCode(200).body("summary.critical", equalTo(0), "policy.version", notNullValue());
    }

    @Test
    void anIncompletePlanGetsManFindingsAndAMalformedOneIsRefused() {
        String token = token(tenant.officer(), "read,submit");
        String id = create(token, "PLAN", YEAR);
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"d0\"")
                .body("{\"format\": \"plan/v1\", \"planYear\": 2027, \"officr\": {}}")
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(422)
                .body("errors.pointer", hasItem("/officr"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"d0\"")
                .body("{\"format\": \"plan/v1\", \"planYear\": 2027}")
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1/findings")
                .then().statusCode(200).body("findings.items.rule", hasItem("MAN-001"), "findings.items.rule", hasItem("MAN-005"));
    }

    @Test
    void theDiffOfTwoVersionsShowsAChangedTarget() throws Exception {
        String token = token(tenant.officer(), "read,submit");
        String id = create(token, "TOPOLOGY", YEAR);
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        for (String move : new String[] {"{\"move\": \"START_REVIEW\", \"version\": 1}",
                "{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"RTO를 낮추십시오\", \"dueDate\": \"2099-12-31\"}"}) {
            given().auth().preemptive().basic("reviewer", "demo-pass-2026").contentType(ContentType.JSON).body(move)
                    .post("/api/v1/filings/" + id + "/review").then().statusCode(200);
        }
        String edited = new String(kakao(), StandardCharsets.UTF_8).replaceFirst("rtoMinutes: 60", "rtoMinutes: 30");
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(edited.getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/diff?from=1&to=2").then().statusCode(200)
                .body("changes.size()", equalTo(1), "changes[0].section", equalTo("services"), "changes[0].kind", equalTo("changed"))
                .body("changes[0].fields.find { it.field == 'rtoMinutes' }.before", equalTo("60"))
                .body("changes[0].fields.find { it.field == 'rtoMinutes' }.after", equalTo("30"));
    }

    @Test
    void attachmentsAreTypedByTheirBytesNamedSafelyAndFrozenOnSubmit() throws Exception {
        String token = token(tenant.officer(), "read,submit");
        String id = create(token, "TOPOLOGY", YEAR);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String attachment = given().auth().oauth2(token).contentType("text/plain").queryParam("fileName", "../../etc/재난대응매뉴얼.pdf").body(pdf)
                .post("/api/v1/filings/" + id + "/attachments").then().statusCode(201)
                .body("contentType", equalTo("application/pdf"), "fileName", equalTo("재난대응매뉴얼.pdf"),
                        "sha256", equalTo(FilingService.sha256(pdf))).extract().path("id");
        byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};
        given().auth().oauth2(token).contentType("application/pdf").queryParam("fileName", "diagram.pdf").body(png)
                .post("/api/v1/filings/" + id + "/attachments").then().statusCode(201).body("contentType", equalTo("image/png"));
        given().auth().oauth2(token).contentType("application/pdf").queryParam("fileName", "script.pdf").body("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII))
                .post("/api/v1/filings/" + id + "/attachments").then().statusCode(415)
                .body("type", equalTo("urn:drr:problem:unsupported-attachment"));
        byte[] downloaded = given().auth().oauth2(token).get("/api/v1/filings/" + id + "/attachments/" + attachment)
                .then().statusCode(200).header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(pdf, downloaded);

        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/attachments").then().statusCode(200)
                .body("version", org.hamcrest.Matchers.everyItem(equalTo(1)));
        String other = token(Tenants.fresh("content-other").editor(), "read");
        given().auth().oauth2(other).get("/api/v1/filings/" + id + "/attachments/" + attachment).then().statusCode(404);
    }
}
