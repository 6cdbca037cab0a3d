package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.platform.SystemClock;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;
import kr.drregistry.support.TestClock;

/**
 * The review clocks run on the application's clock: a change request's due date passes and the queue says the
 * operator is late; the days under review grow. Shown by moving the clock, not by waiting (issue 16 step 1).
 */
@QuarkusTest
class ReviewClockTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("review-clock");

    private static String queueRow(String id) {
        String queue = Browserless.signIn("reviewer").get("/regulator?status=CHANGES_REQUESTED&size=200")
                .then().statusCode(200).extract().asString();
        int at = queue.indexOf("/regulator/filings/" + id + "/");
        assertTrue(at > 0, "the filing is in the queue");
        return queue.substring(queue.lastIndexOf("<tr", at), queue.indexOf("</tr>", at));
    }

    @Test
    void aChangeRequestDueInTwoDaysIsOverdueThreeDaysLater() throws Exception {
        String id = filings.submittedKakao("기한 시계 시험");
        LocalDate due = SystemClock.today(java.time.InstantSource.system()).plusDays(2);
        for (String body : new String[] {"{\"move\": \"START_REVIEW\", \"version\": 1}",
                "{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"보완\", \"dueDate\": \"" + due + "\"}"}) {
            given().auth().preemptive().basic("reviewer", Filings.PW).contentType(ContentType.JSON).body(body)
                    .post("/api/v1/filings/" + id + "/review").then().statusCode(200);
        }
        String today = queueRow(id);
        assertTrue(today.contains(due.toString()), today);
        assertFalse(today.contains("drr-row-overdue"), "not late yet: " + today);

        try (TestClock.Moved later = TestClock.moved(Duration.ofDays(3))) {
            String threeDaysOn = queueRow(id);
            assertTrue(threeDaysOn.contains("drr-row-overdue") && threeDaysOn.contains("drr-overdue"),
                    "three days on, the due date has passed: " + threeDaysOn);
        }
        assertFalse(queueRow(id).contains("drr-row-overdue"), "the clock is back");
    }
}
