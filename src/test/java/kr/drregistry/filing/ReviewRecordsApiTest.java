package kr.drregistry.filing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/** Reviewers dispose findings and comment; the operator reads it all and answers; nothing is ever rewritten. */
@QuarkusTest
class ReviewRecordsApiTest {
    private static final String PW = "demo-pass-2026";

    @Inject
    DataSource dataSource;

    private static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, PW);
    }

    /** A submitted Kakao-like topology of example-talk; returns its id. */
    static String submittedKakao() throws Exception {
        String token = FilingApiTest.token("talk-officer", "read,validate,submit");
        String id = FilingApiTest.createTopology(token, FilingApiTest.year());
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(FilingApiTest.kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        return id;
    }

    @Test
    void aReviewerDisposesFindingsAndTheOperatorSeesItAll() throws Exception {
        String id = submittedKakao();
        String v1 = "/api/v1/filings/" + id + "/versions/1";
        Map<String, Object> finding = as("reviewer").get(v1 + "/findings").then().statusCode(200).extract().path("findings[0]");
        @SuppressWarnings("unchecked")
        Map<String, String> subject = (Map<String, String>) finding.get("subject");
        String key = finding.get("rule") + "|" + subject.get("kind") + "|" + subject.get("id") + "|"
                + (finding.get("scenario") == null ? "" : finding.get("scenario"));

        // accepting a risk needs a justification; an unknown finding is refused; operators do not dispose
        as("reviewer").contentType(ContentType.JSON).body(Map.of("findingKey", key, "disposition", "ACCEPTED_RISK"))
                .post(v1 + "/dispositions").then().statusCode(400).body("errors[0].pointer", equalTo("/justification"));
        as("reviewer").contentType(ContentType.JSON).body(Map.of("findingKey", "NOPE|x|y|", "disposition", "CONFIRMED"))
                .post(v1 + "/dispositions").then().statusCode(400).body("errors[0].pointer", equalTo("/findingKey"));
        as("talk-officer").contentType(ContentType.JSON).body(Map.of("findingKey", key, "disposition", "FALSE_POSITIVE"))
                .post(v1 + "/dispositions").then().statusCode(403);

        as("reviewer").contentType(ContentType.JSON).body(Map.of("findingKey", key, "disposition", "CONFIRMED"))
                .post(v1 + "/dispositions").then().statusCode(201).body("decidedBy", equalTo("reviewer"));
        as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("findingKey", key, "disposition", "ACCEPTED_RISK", "justification", "2027년 상반기 이중화 완료 예정"))
                .post(v1 + "/dispositions").then().statusCode(201);
        as("reviewer").contentType(ContentType.JSON).body(Map.of("anchorKind", "finding", "anchor", key, "body", "이중화 일정을 적어 주십시오"))
                .post(v1 + "/comments").then().statusCode(201).body("regulator", equalTo(true));
        as("talk-editor").contentType(ContentType.JSON).body(Map.of("anchorKind", "finding", "anchor", key, "body", "2027년 3월 완료 예정입니다"))
                .post(v1 + "/comments").then().statusCode(201).body("regulator", equalTo(false));
        as("talk-editor").contentType(ContentType.JSON).body(Map.of("anchorKind", "section", "body", "x"))
                .post(v1 + "/comments").then().statusCode(400).body("errors[0].pointer", equalTo("/anchor"));

        // the operator reads the record: the disposition in force is the latest, the earlier one stays in the history
        as("talk-editor").get(v1 + "/review").then().statusCode(200)
                .body("current.'" + key + "'.disposition", equalTo("ACCEPTED_RISK"))
                .body("current.'" + key + "'.justification", equalTo("2027년 상반기 이중화 완료 예정"))
                .body("history", hasSize(2)).body("comments", hasSize(2))
                .body("comments[1].author", equalTo("talk-editor"));
        // another organisation learns nothing
        as("portal-editor").get(v1 + "/review").then().statusCode(404);
        as("portal-editor").contentType(ContentType.JSON).body(Map.of("body", "x")).post(v1 + "/comments").then().statusCode(404);

        // the audit trail names the disposition
        List<String> actions = as("lead").get("/api/v1/audit?subject=" + id + "&limit=50").then().statusCode(200).extract().path("action");
        assertTrue(actions.contains("finding.disposed"), actions.toString());

        // the operator's filing page shows the comments, answers and the dispositions in force
        String page = kr.drregistry.support.Browserless.signIn("talk-editor").get("/portal/filings/" + id).then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("이중화 일정을 적어 주십시오") && page.contains("2027년 3월 완료 예정입니다"), "comments and answers");
        assertTrue(page.contains("위험 수용 1"), "the disposition in force, counted");

        // the database refuses to rewrite history
        try (Connection c = dataSource.getConnection()) {
            assertThrows(java.sql.SQLException.class, () -> c.createStatement()
                    .executeUpdate("update finding_disposition set disposition = 'FALSE_POSITIVE' where filing_id = '" + id + "'"));
            assertThrows(java.sql.SQLException.class, () -> c.createStatement()
                    .executeUpdate("delete from review_comment where filing_id = '" + id + "'"));
        }
    }
}
