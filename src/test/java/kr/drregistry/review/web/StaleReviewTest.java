package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * Review moves carry the version they decide on: when a newer version arrived after the reviewer read theirs, the
 * move is refused (409 stale-version, Korean and English) and nothing is decided, through the API and the review page.
 */
@QuarkusTest
class StaleReviewTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("review-stale");

    private static final String DUE = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(20).toString();

    private static Response move(String user, String id, String body, String ifMatch, String language) {
        var req = given().auth().preemptive().basic(user, Filings.PW).contentType(ContentType.JSON)
                .header("Accept-Language", language).body(body);
        if (ifMatch != null) {
            req = req.header("If-Match", ifMatch);
        }
        return req.post("/api/v1/filings/" + id + "/review");
    }

    private List<String> decisions(String id) {
        return filings.filing(id).path("decisions.decision");
    }

    @Test
    void theApiRefusesAMoveOnAVersionThatANewerOneReplaced() throws Exception {
        String id = filings.submittedKakao("제출 버전 확인 API 시험");
        // the version is required: a move that names none is refused before anything happens
        move("reviewer", id, "{\"move\": \"START_REVIEW\"}", null, "ko").then().statusCode(400)
                .body("errors.pointer", hasItem("/version"));
        move("reviewer", id, "{\"move\": \"START_REVIEW\", \"version\": 3}", null, "ko").then().statusCode(400)
                .body("errors.pointer", hasItem("/version"));
        move("reviewer", id, "{\"move\": \"START_REVIEW\", \"version\": 1}", "\"v2\"", "ko").then().statusCode(400);
        assertEquals("SUBMITTED", filings.filing(id).path("status"));

        move("reviewer", id, "{\"move\": \"START_REVIEW\", \"version\": 1}", null, "ko").then().statusCode(200);
        move("reviewer", id, "{\"move\": \"REQUEST_CHANGES\", \"reason\": \"보완\", \"dueDate\": \"" + DUE + "\"}", "\"v1\"", "ko")
                .then().statusCode(200).body("status", equalTo("CHANGES_REQUESTED"));
        filings.saveAndSubmit(id, filings.revised(), 1);

        // a script that still works on version 1 is told that version 2 arrived, in Korean and in English
        move("lead", id, "{\"move\": \"START_REVIEW\", \"version\": 1}", null, "ko").then().statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("urn:drr:problem:stale-version"),
                        "title", equalTo("그사이 새 제출 버전이 들어왔습니다"), "errors[0].pointer", equalTo("/version"));
        move("lead", id, "{\"move\": \"START_REVIEW\"}", "\"v1\"", "en").then().statusCode(409)
                .body("title", equalTo("A newer version arrived"),
                        "errors[0].message", org.hamcrest.Matchers.containsString("superseded by version 2"));
        assertEquals("SUBMITTED", filings.filing(id).path("status"));
        assertEquals(List.of("START_REVIEW", "REQUEST_CHANGES"), decisions(id), "nothing was decided on the stale version");

        move("lead", id, "{\"move\": \"START_REVIEW\"}", "W/\"v2\"", "ko").then().statusCode(200);
        move("lead", id, "{\"move\": \"ACCEPT\", \"version\": 2}", null, "ko").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"), "decisions[-1].version", equalTo(2));

        // accepted: the change request's due date is over, so the queue and its CSV no longer show it beside "승인"
        Browserless reviewer = Browserless.signIn("reviewer");
        String queue = reviewer.get("/regulator?status=ACCEPTED&size=200").then().statusCode(200).extract().asString();
        int row = queue.indexOf("/regulator/filings/" + id + "/");
        assertTrue(row > 0, "the accepted filing is in the queue");
        String rowHtml = queue.substring(queue.lastIndexOf("<tr", row), queue.indexOf("</tr>", row));
        assertFalse(rowHtml.contains(DUE), "no due date beside an accepted filing: " + rowHtml);
        String csv = reviewer.get("/regulator/export/queue.csv?status=ACCEPTED").then().statusCode(200).extract().asString();
        String csvRow = csv.lines().filter(l -> l.contains(id)).findFirst().orElseThrow();
        assertFalse(csvRow.contains(DUE), "no due date in the CSV row of an accepted filing: " + csvRow);
    }

    @Test
    void theReviewPageRefusesADecisionOnAVersionThatANewerOneReplacedAndLinksToIt() throws Exception {
        String id = filings.submittedKakao("제출 버전 확인 화면 시험");
        String v1 = "/regulator/filings/" + id + "/versions/1";
        String v2 = "/regulator/filings/" + id + "/versions/2";
        Browserless reviewer = Browserless.signIn("reviewer");
        String csrf = reviewer.csrfToken(v1);
        assertTrue(reviewer.get(v1).asString().contains("action=\"" + v1 + "/decision#decide\""), "version 1 is open for a decision");

        // meanwhile: the lead asks for changes on version 1 and the operator answers with version 2
        move("lead", id, "{\"move\": \"START_REVIEW\", \"version\": 1}", null, "ko").then().statusCode(200);
        move("lead", id, "{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"보완\", \"dueDate\": \"" + DUE + "\"}", null, "ko")
                .then().statusCode(200);
        filings.saveAndSubmit(id, filings.revised(), 1);

        // the reviewer, still on the version 1 page, accepts: refused, what was typed kept, the newer version linked
        for (String language : List.of("ko", "en")) {
            Response refused = given().redirects().follow(false).cookies(reviewer.cookies()).header("Accept-Language", language)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf)
                    .formParam("decision", "ACCEPT").formParam("reason", "검토 완료 의견").post(v1 + "/decision");
            assertEquals(409, refused.statusCode());
            String html = refused.asString();
            assertTrue(html.contains("en".equals(language) ? "superseded by version 2 while you were reviewing; nothing was decided"
                    : "제출 버전 2가 들어와 아무것도 결정되지 않았습니다"), html);
            assertTrue(html.contains("href=\"" + v2 + "#decide\""), "the refusal links to the newer version");
            assertTrue(html.contains("검토 완료 의견"), "the reason typed is kept");
        }
        assertEquals("SUBMITTED", filings.filing(id).path("status"));
        assertEquals(List.of("START_REVIEW", "REQUEST_CHANGES"), decisions(id));
        assertFalse(decisions(id).contains("ACCEPT"));

        // on the newer version's page the same decision goes through
        Browserless lead = Browserless.signIn("lead");
        String leadCsrf = lead.csrfToken(v2);
        given().redirects().follow(false).cookies(lead.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", leadCsrf).formParam("decision", "ACCEPT").post(v2 + "/decision").then().statusCode(303);
        assertEquals("ACCEPTED", filings.filing(id).path("status"));
        assertEquals(Map.of("version", 2, "decision", "ACCEPT"),
                Map.of("version", filings.filing(id).path("decisions[-1].version"), "decision",
                        filings.filing(id).path("decisions[-1].decision")));
    }
}
