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
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

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

    /** The operator of the test: its own organisation, so its filings, drafts and attachments are nobody else's. */
    private final Tenant operator = Tenants.fresh("material");

    private String example(String... replacements) throws Exception {
        String yaml = operator.own(Files.readString(Path.of("examples", "kakao-like-2022.yaml")));
        for (int i = 0; i < replacements.length; i += 2) {
            yaml = yaml.replace(replacements[i], replacements[i + 1]);
        }
        return yaml;
    }

    /** The operator's topology filing with the Kakao-like example (as the operator's) as its draft. */
    private String draftTopology() throws Exception {
        String id = as(operator.editor()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2027, \"title\": \"제출본만\"}").post("/api/v1/filings")
                .then().statusCode(201).extract().path("id");
        as(operator.editor()).contentType("application/yaml").header("If-Match", "\"d0\"").body(example().getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        return id;
    }

    private String attach(String id, String name) {
        return as(operator.editor()).contentType("application/pdf").queryParam("fileName", name).body(PDF)
                .post("/api/v1/filings/" + id + "/attachments").then().statusCode(201).extract().path("id");
    }

    @Test
    void regulatorsSeeTheAttachmentsThatWereSubmittedAndNothingOfTheWorkInProgress() throws Exception {
        String id = draftTopology();
        String submitted = attach(id, "제출된-매뉴얼.pdf");
        as(operator.officer()).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        // after the submission the editor goes on working: a new attachment and a new draft
        String inProgress = attach(id, "작성중-초안.pdf");
        as(operator.editor()).contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(example("rtoMinutes: 60", "rtoMinutes: 45").getBytes(StandardCharsets.UTF_8))
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
        as(operator.editor()).get("/api/v1/filings/" + id + "/attachments").then().statusCode(200)
                .body("fileName", contains("제출된-매뉴얼.pdf", "작성중-초안.pdf"));
        as(operator.editor()).get("/api/v1/filings/" + id).then().body("draft.present", equalTo(true), "draft.updatedBy", equalTo(operator.editor()));
    }

    @Test
    void thePlatformAdminWritesNoOperatorContent() throws Exception {
        String id = draftTopology();
        as(operator.officer()).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        String yaml = example();

        as("admin").contentType("application/yaml").header("If-Match", "\"d1\"").body(yaml.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(403);
        as("admin").contentType("application/pdf").queryParam("fileName", "admin.pdf").body(PDF)
                .post("/api/v1/filings/" + id + "/attachments").then().statusCode(403);
        as("admin").contentType(ContentType.JSON).body(Map.of("anchorKind", "filing", "body", "관리자가 운영자 대신 답변"))
                .post("/api/v1/filings/" + id + "/versions/1/comments").then().statusCode(403);
        as("admin").contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(403);
        as("admin").get("/api/v1/filings/" + id + "/versions/1/review").then().statusCode(200)
                .body("comments.body", not(org.hamcrest.Matchers.hasItem("관리자가 운영자 대신 답변")));
        as(operator.editor()).get("/api/v1/filings/" + id).then().body("draft.version", equalTo(1));
    }
}
