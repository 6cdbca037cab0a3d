package kr.drregistry.filing;

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
import kr.drregistry.support.Api;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** Reviewers dispose findings and comment; the operator reads it all and answers; nothing is ever rewritten. */
@QuarkusTest
class ReviewRecordsApiTest {
    @Inject
    DataSource dataSource;

    /** A new organisation per test (made inside the running app). */
    private final Tenant tenant = Tenants.fresh("records");

    private static io.restassured.specification.RequestSpecification as(String user) {
        return Api.as(user);
    }

    /** A submitted Kakao-like topology of this test's organisation, filed with an API token; returns its id. */
    private String submittedKakao() {
        String token = Api.token(tenant.officer(), "read,validate,submit");
        String id = Api.create(Api.withToken(token), "TOPOLOGY", 2027, "DR 구성 2027");
        Api.saveYaml(Api.withToken(token), id, 0, Api.kakao(tenant));
        Api.submit(Api.withToken(token), id);
        return id;
    }

    @Test
    void aReviewerDisposesFindingsAndTheOperatorSeesItAll() throws Exception {
        String id = submittedKakao();
        String v1 = "/api/v1/filings/" + id + "/versions/1";
        Map<String, Object> finding = as("reviewer").get(v1 + "/findings?view=full").then().statusCode(200).extract().path("findings[0]");
        @SuppressWarnings("unchecked")
        Map<String, String> subject = (Map<String, String>) finding.get("subject");
        String key = finding.get("rule") + "|" + subject.get("kind") + "|" + subject.get("id") + "|"
                + (finding.get("scenario") == null ? "" : finding.get("scenario"));

        // accepting a risk needs a justification; an unknown finding is refused; operators do not dispose
        as("reviewer").contentType(ContentType.JSON).body(Map.of("findingKey", key, "disposition", "ACCEPTED_RISK"))
                .post(v1 + "/dispositions").then().statusCode(400).body("errors[0].pointer", equalTo("/justification"));
        as("reviewer").contentType(ContentType.JSON).body(Map.of("findingKey", "NOPE|x|y|", "disposition", "CONFIRMED"))
                .post(v1 + "/dispositions").then().statusCode(400).body("errors[0].pointer", equalTo("/findingKey"));
        as(tenant.officer()).contentType(ContentType.JSON).body(Map.of("findingKey", key, "disposition", "FALSE_POSITIVE"))
                .post(v1 + "/dispositions").then().statusCode(403);

        as("reviewer").contentType(ContentType.JSON).body(Map.of("findingKey", key, "disposition", "CONFIRMED"))
                .post(v1 + "/dispositions").then().statusCode(201).body("decidedBy", equalTo("reviewer"));
        as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("findingKey", key, "disposition", "ACCEPTED_RISK", "justification", "2027년 상반기 이중화 완료 예정"))
                .post(v1 + "/dispositions").then().statusCode(201);
        as("reviewer").contentType(ContentType.JSON).body(Map.of("anchorKind", "finding", "anchor", key, "body", "이중화 일정을 적어 주십시오"))
                .post(v1 + "/comments").then().statusCode(201).body("regulator", equalTo(true));
        as(tenant.editor()).contentType(ContentType.JSON).body(Map.of("anchorKind", "finding", "anchor", key, "body", "2027년 3월 완료 예정입니다"))
                .post(v1 + "/comments").then().statusCode(201).body("regulator", equalTo(false));
        as(tenant.editor()).contentType(ContentType.JSON).body(Map.of("anchorKind", "section", "body", "x"))
                .post(v1 + "/comments").then().statusCode(400).body("errors[0].pointer", equalTo("/anchor"));

        // the operator reads the record: the disposition in force is the latest, the earlier one stays in the history
        as(tenant.editor()).get(v1 + "/review").then().statusCode(200)
                .body("current.'" + key + "'.disposition", equalTo("ACCEPTED_RISK"))
                .body("current.'" + key + "'.justification", equalTo("2027년 상반기 이중화 완료 예정"))
                .body("history", hasSize(2)).body("comments", hasSize(2))
                .body("comments[1].author", equalTo(tenant.editor()));
        // another organisation learns nothing
        String stranger = Tenants.fresh("records-other").editor();
        as(stranger).get(v1 + "/review").then().statusCode(404);
        as(stranger).contentType(ContentType.JSON).body(Map.of("body", "x")).post(v1 + "/comments").then().statusCode(404);

        // the audit trail names the disposition
        List<String> actions = as("lead").get("/api/v1/audit?subject=" + id + "&limit=50").then().statusCode(200).extract().path("action");
        assertTrue(actions.contains("finding.disposed"), actions.toString());

        // the operator's filing page shows the comments, answers and the dispositions in force
        String page = kr.drregistry.support.Browserless.signIn(tenant.editor()).get("/portal/filings/" + id).then().statusCode(200)
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
