package kr.drregistry.filing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The input-handling findings of issue 15, point 6: each used to end in a 500, an empty 400 or a wrong acceptance.
 */
@QuarkusTest
class InputHandlingApiTest {
    private static final String PW = "demo-pass-2026";
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("input");
    /** What {@code curl --data-binary} sends when no type is given. */
    private static final String CURL_DEFAULT = "application/x-www-form-urlencoded";

    @Inject
    DataSource db;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI root;

    /**
     * A request as {@code curl --data-binary} sends it, with the form type and the raw bytes (RestAssured would encode
     * the bytes as form fields); returns status and body.
     */
    private java.net.http.HttpResponse<String> raw(String method, String path, String type, byte[] body, String... headers)
            throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(root.resolve(path))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((tenant.editor() + ":" + PW).getBytes()))
                .header("Content-Type", type).method(method, java.net.http.HttpRequest.BodyPublishers.ofByteArray(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return java.net.http.HttpClient.newHttpClient().send(request.build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    private static void problem415(java.net.http.HttpResponse<String> r, String detailPart) {
        org.junit.jupiter.api.Assertions.assertEquals(415, r.statusCode(), r.body());
        org.junit.jupiter.api.Assertions.assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        org.junit.jupiter.api.Assertions.assertTrue(r.body().contains("urn:drr:problem:unsupported-media-type") && r.body().contains(detailPart),
                r.body());
    }

    private static byte[] example(String name) throws Exception {
        return Files.readAllBytes(Path.of("examples", name));
    }

    /** A filing of the test's own organisation (any plan year is free in it). */
    private static String newFiling(String user, String type, int planYear) {
        return kr.drregistry.support.Api.create(kr.drregistry.support.Api.as(user), type, planYear, "입력 " + planYear);
    }

    @Test
    void aDocumentSentWithCurlsDefaultFormTypeGetsA415NamingTheAcceptedTypes() throws Exception {
        // (was: an empty 400 from the form handling, or a 500 when the bytes were not valid URL encoding)
        problem415(raw("POST", "api/v1/validate", CURL_DEFAULT, example("kakao-like-2022.yaml")), "application/yaml");
        String id = newFiling(tenant.editor(), "TOPOLOGY", 2027);
        problem415(raw("PUT", "api/v1/filings/" + id + "/draft", CURL_DEFAULT, example("kakao-like-2022.yaml"), "If-Match", "\"d0\""),
                "application/json or application/yaml");
        // and with no Content-Type at all
        var none = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(root.resolve("api/v1/filings/" + id + "/draft"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString((tenant.editor() + ":" + PW).getBytes()))
                .header("If-Match", "\"d0\"").PUT(java.net.http.HttpRequest.BodyPublishers.ofByteArray(example("kakao-like-2022.yaml")))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        problem415(none, "send application/json or application/yaml");
        given().auth().preemptive().basic(tenant.editor(), PW).get("/api/v1/filings/" + id).then().header("ETag", "\"d0\"");
    }

    @Test
    void anAttachmentWithoutItsTypeOrWithAFormTypeIsAClearAnswerAndAZipNamedDocxIsRefused() throws Exception {
        String id = newFiling(tenant.editor(), "TOPOLOGY", 2027);
        String path = "/api/v1/filings/" + id + "/attachments";
        byte[] docx = kr.drregistry.support.OfficeFiles.docx();
        // curl's default type: was a 500 (the bytes were decoded as a form)
        problem415(raw("POST", path.substring(1) + "?fileName=plan.docx", CURL_DEFAULT, docx), "application/octet-stream");
        // a file's own type: typed by the content
        given().auth().preemptive().basic(tenant.editor(), PW).contentType("application/octet-stream").body(docx)
                .queryParam("fileName", "plan.docx").post(path).then().statusCode(201)
                .body("contentType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
        // a ZIP archive named .docx was stored as a Word file
        byte[] zip = kr.drregistry.support.OfficeFiles.zip("readme.txt", "not a word file");
        given().auth().preemptive().basic(tenant.editor(), PW).contentType("application/octet-stream").body(zip)
                .queryParam("fileName", "plan.docx").post(path).then().statusCode(415)
                .body("type", equalTo("urn:drr:problem:unsupported-attachment"), "errors[0].pointer", equalTo("/file"))
                .body("errors[0].message", containsString("not an Office Open XML package"));
        given().auth().preemptive().basic(tenant.editor(), PW).get(path).then().statusCode(200).body("size()", equalTo(1));
    }

    @Test
    void anAttachmentOrAnIncidentReportOverItsLimitIsThe413AndNothingIsStored() throws Exception {
        // both bodies are read with their Content-Length, as a topology's are (RequestBodies)
        String id = newFiling(tenant.editor(), "TOPOLOGY", 2027);
        String path = "/api/v1/filings/" + id + "/attachments";
        byte[] tooBig = new byte[20 * 1024 * 1024 + 1]; // drr.attachments.max-bytes is 20 MiB
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, tooBig, 0, 9);
        given().auth().preemptive().basic(tenant.editor(), PW).contentType("application/octet-stream").body(tooBig)
                .queryParam("fileName", "big.pdf").post(path).then().statusCode(413)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:drr:problem:too-large"), "title", equalTo("첨부 파일이 너무 큽니다"));
        given().auth().preemptive().basic(tenant.editor(), PW).get(path).then().statusCode(200).body("size()", equalTo(0));

        String incident = given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON)
                .body("{\"title\": \"큰 보고서\", \"occurredAt\": \"2026-10-15T15:33:00+09:00\", \"detectedAt\": \"2026-10-15T15:40:00+09:00\"}")
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        String report = "{\"summary\": \"" + "가".repeat(700_000) + "\"}"; // 2.1 MB of UTF-8, over the 2 MB limit
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON).header("If-Match", "\"d1\"")
                .body(report).put("/api/v1/incidents/" + incident + "/draft").then().statusCode(413)
                .body("type", equalTo("urn:drr:problem:too-large"), "title", equalTo("문서가 너무 큽니다"),
                        "detail", equalTo("사고 보고서는 2 MB까지입니다."));
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON).header("If-Match", "\"d1\"")
                .header("Accept-Language", "en").body(report).put("/api/v1/incidents/" + incident + "/draft").then()
                .statusCode(413).body("detail", equalTo("An incident report is at most 2 MB."));
        given().auth().preemptive().basic(tenant.editor(), PW).get("/api/v1/incidents/" + incident).then().statusCode(200)
                .header("ETag", "\"d1\"");
    }

    @Test
    void anIncidentTimeFarInTheFutureIsRefusedWithItsPointerNotA500() throws Exception {
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON)
                .body("{\"title\": \"먼 미래\", \"occurredAt\": \"2026-10-15T15:33:00+09:00\", \"detectedAt\": \"+999999999-12-31T23:59:59Z\"}")
                .post("/api/v1/incidents").then().statusCode(422)
                .body("errors.pointer", hasItem("/detectedAt"), "errors.code", hasItem("date-time-range"));
        String id = given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON)
                .body("{\"title\": \"정상\", \"occurredAt\": \"2026-10-15T15:33:00+09:00\", \"detectedAt\": \"2026-10-15T15:40:00+09:00\"}")
                .post("/api/v1/incidents").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON).header("If-Match", "\"d1\"")
                .body("{\"summary\": \"x\", \"occurredAt\": \"2026-10-15T15:33:00+09:00\", \"recoveredAt\": \"+999999999-12-31T23:59:59Z\"}")
                .put("/api/v1/incidents/" + id + "/draft").then().statusCode(422)
                .body("errors.pointer", hasItem("/recoveredAt"));
        given().auth().preemptive().basic(tenant.editor(), PW).get("/api/v1/incidents/" + id).then().statusCode(200);
    }

    @Test
    void aTopologyWhoseOperatorIsNotTheFilingOrganisationIsRefusedOnSaveAndSubmitButValidates() throws Exception {
        byte[] talks = example("kakao-like-2022.yaml"); // operator: example-talk
        given().auth().preemptive().basic(tenant.officer(), PW).contentType("application/yaml").body(talks)
                .post("/api/v1/validate").then().statusCode(200);
        String id = newFiling(tenant.officer(), "TOPOLOGY", 2027);
        given().auth().preemptive().basic(tenant.officer(), PW).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(talks).put("/api/v1/filings/" + id + "/draft").then().statusCode(422)
                .body("errors[0].pointer", equalTo("/operator"), "errors[0].code", equalTo("operator-mismatch"))
                .body("errors[0].message", containsString("operator: " + tenant.slug()));
        // a draft stored before this check existed is refused at submission, nothing is submitted
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "update filing set draft_content = convert_to(?, 'UTF8'), draft_media_type = 'application/yaml', draft_version = 1 where id = ?")) {
            ps.setString(1, new String(talks, java.nio.charset.StandardCharsets.UTF_8));
            ps.setObject(2, UUID.fromString(id));
            ps.executeUpdate();
        }
        given().auth().preemptive().basic(tenant.officer(), PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(422).body("errors[0].pointer", equalTo("/operator"));
        given().auth().preemptive().basic(tenant.officer(), PW).get("/api/v1/filings/" + id).then().body("latestVersion", equalTo(0));
        // with its own slug it is saved
        byte[] own = new String(talks, java.nio.charset.StandardCharsets.UTF_8)
                .replace("operator: example-talk", "operator: " + tenant.slug()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().preemptive().basic(tenant.officer(), PW).contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(own).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
    }
}
