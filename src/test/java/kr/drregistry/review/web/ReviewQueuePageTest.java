package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The regulator's queue: submitted filings listed, filtered and assigned by the lead. */
@QuarkusTest
class ReviewQueuePageTest {
    /** A topology of the test's own organisation for {@code planYear} with the Kakao-like draft saved (not submitted). */
    private static String draft(Tenant tenant, int planYear, String title) {
        String id = Api.create(Api.as(tenant.officer()), "TOPOLOGY", planYear, title);
        Api.saveYaml(Api.as(tenant.officer()), id, 0, Api.kakao(tenant));
        return id;
    }

    @Test
    void reviewersSeeSubmittedFilingsAndTheLeadAssignsThem() throws Exception {
        Tenant tenant = Tenants.fresh("queue");
        String talk = draft(tenant, 2027, "큐 시험 talk");
        given().auth().preemptive().basic(tenant.officer(), Browserless.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + talk + "/submit").then().statusCode(201);
        String draftOnly = draft(tenant, 2028, "큐 시험 미제출");

        Browserless reviewer = Browserless.signIn("reviewer");
        String page = reviewer.get("/regulator?operator=" + tenant.slug() + "&size=200").then().statusCode(200).extract().asString();
        assertTrue(page.contains("큐 시험 talk"), "a submitted filing is in the queue");
        assertFalse(page.contains("큐 시험 미제출"), "a draft never reaches the regulator");
        assertTrue(page.contains("/filings/" + talk + "/versions/1"));
        assertFalse(page.contains("/regulator/filings/" + talk + "/assign"), "reviewers do not assign");

        // the lead assigns it to the reviewer; the reviewer finds it under "assigned to me"
        Browserless lead = Browserless.signIn("lead");
        String csrf = lead.csrfToken("/regulator");
        given().redirects().follow(false).cookies(lead.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("reviewer", "reviewer").post("/regulator/filings/" + talk + "/assign")
                .then().statusCode(303);
        String mine = reviewer.get("/regulator?assigned=me&size=200").asString();
        assertTrue(mine.contains("큐 시험 talk"), "assigned to me");
        String unassigned = reviewer.get("/regulator?assigned=none&operator=" + tenant.slug() + "&size=200").asString();
        assertFalse(unassigned.contains("큐 시험 talk"));

        // a reviewer cannot assign; an operator has no queue
        given().redirects().follow(false).cookies(reviewer.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", reviewer.csrfToken("/regulator")).formParam("reviewer", "reviewer")
                .post("/regulator/filings/" + talk + "/assign").then().statusCode(403);
        Browserless.signIn(tenant.editor()).get("/regulator").then().statusCode(403);
        assertEquals(draftOnly.length(), talk.length());
    }
}
