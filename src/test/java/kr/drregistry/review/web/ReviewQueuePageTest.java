package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The regulator's queue: submitted filings listed, filtered and assigned by the lead. */
@QuarkusTest
class ReviewQueuePageTest {
    private static final AtomicInteger YEARS = new AtomicInteger(2040);

    static String submit(Tenant tenant, String title) throws Exception {
        String user = tenant.officer();
        String id = given().auth().preemptive().basic(user, Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + YEARS.incrementAndGet() + ", \"title\": \"" + title + "\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        String yaml = tenant.own(Files.readString(Path.of("examples", "kakao-like-2022.yaml")));
        given().auth().preemptive().basic(user, Browserless.PASSWORD).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        return id;
    }

    @Test
    void reviewersSeeSubmittedFilingsAndTheLeadAssignsThem() throws Exception {
        Tenant tenant = Tenants.fresh("queue");
        String talk = submit(tenant, "큐 시험 talk");
        given().auth().preemptive().basic(tenant.officer(), Browserless.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + talk + "/submit").then().statusCode(201);
        String draftOnly = submit(tenant, "큐 시험 미제출");

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
