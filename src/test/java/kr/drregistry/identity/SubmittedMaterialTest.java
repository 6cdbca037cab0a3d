package kr.drregistry.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Regulators (and the platform admin) see only what an operator submitted: never an attachment uploaded after the
 * last submission, never the draft or who is working on it. The admin administers the platform and never writes
 * operator content: no draft, attachment, comment or incident entry in an operator's name.
 */
@QuarkusTest
class SubmittedMaterialTest {
    private static final String PW = "demo-pass-2026";
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, PW);
    }

    /** example-pay's topology filing in a free plan year, with the Kakao-like example (as example-pay's) as version 1. */
    private static String submittedPayTopology() throws Exception {
        String yaml = Files.readString(Path.of("examples", "kakao-like-2022.yaml")).replace("operator: example-talk", "operator: example-pay");
        for (int year = 2001; year < 2100; year++) {
            var r = as("pay-editor").contentType(ContentType.JSON)
                    .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + year + ", \"title\": \"제출본만 " + year + "\"}").post("/api/v1/filings");
            if (r.statusCode() == 201) {
                String id = r.path("id");
                as("pay-editor").contentType("application/yaml").header("If-Match", "\"d0\"").body(yaml.getBytes(StandardCharsets.UTF_8))
                        .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
                return id;
            }
        }
        throw new AssertionError("no free plan year for example-pay");
    }

    private static String attach(String id, String name) {
        return as("pay-editor").contentType("application/pdf").queryParam("fileName", name).body(PDF)
                .post("/api/v1/filings/" + id + "/attachments").then().statusCode(201).extract().path("id");
    }

    @Test
    void regulatorsSeeTheAttachmentsThatWereSubmittedAndNothingOfTheWorkInProgress() throws Exception {
        String id = submittedPayTopology();
        String submitted = attach(id, "제출된-매뉴얼.pdf");
        as("pay-officer").contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        // after the submission the editor goes on working: a new attachment and a new draft
        String inProgress = attach(id, "작성중-초안.pdf");
        as("pay-editor").contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(Files.readString(Path.of("examples", "kakao-like-2022.yaml")).replace("operator: example-talk", "operator: example-pay")
                        .replace("rtoMinutes: 60", "rtoMinutes: 45").getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);

        for (String regulator : new String[] {"reviewer", "lead", "admin"}) {
            as(regulator).get("/api/v1/filings/" + id + "/attachments").then().statusCode(200)
                    .body("fileName", contains("제출된-매뉴얼.pdf"));
            as(regulator).get("/api/v1/filings/" + id + "/attachments/" + submitted).then().statusCode(200);
            as(regulator).get("/api/v1/filings/" + id + "/attachments/" + inProgress).then().statusCode(404);
            as(regulator).get("/api/v1/filings/" + id).then().statusCode(200)
                    .body("draft.present", equalTo(false), "draft.updatedBy", nullValue(), "draft.updatedAt", nullValue());
        }
        // the operator sees both, and its draft
        as("pay-editor").get("/api/v1/filings/" + id + "/attachments").then().statusCode(200)
                .body("fileName", contains("제출된-매뉴얼.pdf", "작성중-초안.pdf"));
        as("pay-editor").get("/api/v1/filings/" + id).then().body("draft.present", equalTo(true), "draft.updatedBy", equalTo("pay-editor"));
    }

    @Test
    void thePlatformAdminWritesNoOperatorContent() throws Exception {
        String id = submittedPayTopology();
        as("pay-officer").contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        String yaml = Files.readString(Path.of("examples", "kakao-like-2022.yaml")).replace("operator: example-talk", "operator: example-pay");

        as("admin").contentType("application/yaml").header("If-Match", "\"d1\"").body(yaml.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(403);
        as("admin").contentType("application/pdf").queryParam("fileName", "admin.pdf").body(PDF)
                .post("/api/v1/filings/" + id + "/attachments").then().statusCode(403);
        as("admin").contentType(ContentType.JSON).body(Map.of("anchorKind", "filing", "body", "관리자가 운영자 대신 답변"))
                .post("/api/v1/filings/" + id + "/versions/1/comments").then().statusCode(403);
        as("admin").contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(403);
        as("admin").get("/api/v1/filings/" + id + "/versions/1/review").then().statusCode(200)
                .body("comments.body", not(org.hamcrest.Matchers.hasItem("관리자가 운영자 대신 답변")));
        as("pay-editor").get("/api/v1/filings/" + id).then().body("draft.version", equalTo(1));
    }
}
