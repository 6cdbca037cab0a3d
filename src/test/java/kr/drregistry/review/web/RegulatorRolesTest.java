package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;
import static kr.drregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * Who does what at the regulator: reviewers review, the lead also assigns and edits policy, and no regulator
 * credential edits an operator's content — not through the API, not through the portal's forms.
 */
@QuarkusTest
class RegulatorRolesTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("roles");


    private static void refused(Response r, String what) {
        assertTrue(r.statusCode() == 403 || r.statusCode() == 404, what + " must be refused, got " + r.statusCode() + " " + r.asString());
    }

    @Test
    void reviewersReviewAndTheLeadAlsoAssignsAndEditsPolicy() throws Exception {
        String id = filings.submitted("역할 시험 심사");
        as("reviewer").contentType(ContentType.JSON).body("{\"move\": \"START_REVIEW\", \"version\": 1}").post("/api/v1/filings/" + id + "/review")
                .then().statusCode(200);
        Browserless reviewer = Browserless.signIn("reviewer");
        Browserless lead = Browserless.signIn("lead");
        // assigning: the lead only (each CSRF token fetched first: that GET sets the cookie the POST carries)
        String reviewerCsrf = reviewer.csrfToken("/regulator");
        refused(given().redirects().follow(false).cookies(reviewer.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", reviewerCsrf).formParam("reviewer", "reviewer")
                .post("/regulator/filings/" + id + "/assign"), "a reviewer assigning");
        String leadCsrf = lead.csrfToken("/regulator");
        given().redirects().follow(false).cookies(lead.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", leadCsrf).formParam("reviewer", "reviewer")
                .post("/regulator/filings/" + id + "/assign").then().statusCode(303);
        // policy: both read, the lead edits
        assertTrue(lead.get("/regulator/policy").asString().contains("href=\"/regulator/policy/parameters\""));
        assertTrue(lead.get("/regulator/policy/parameters").asString().contains("name=\"p_geo.minDistanceKm\""));
        String readOnly = reviewer.get("/regulator/policy").then().statusCode(200).extract().asString();
        assertTrue(!readOnly.contains("href=\"/regulator/policy/parameters\""));
        reviewer.get("/regulator/policy/parameters").then().statusCode(403);
        // the lead reviews too
        as("lead").contentType(ContentType.JSON)
                .body(Map.of("move", "REQUEST_CHANGES", "version", 1, "reason", "총괄 보완 요청", "dueDate", "2062-01-31"))
                .post("/api/v1/filings/" + id + "/review").then().statusCode(200);
    }

    @Test
    void noRegulatorCredentialEditsOperatorContent() throws Exception {
        String id = filings.submitted("역할 시험 편집");
        long draft = as(filings.tenant().editor()).accept(ContentType.JSON).get("/api/v1/filings/" + id).then().statusCode(200)
                .extract().jsonPath().getLong("draft.version");
        int versions = as(filings.tenant().editor()).accept(ContentType.JSON).get("/api/v1/filings/" + id).jsonPath().getList("versions").size();
        byte[] yaml = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples", "kakao-like-2022.yaml"));
        for (String who : List.of("reviewer", "lead")) {
            // the API: create, save a draft, submit, upload
            refused(as(who).contentType(ContentType.JSON).body(Map.of("type", "TOPOLOGY", "planYear", 2068, "title", "규제기관 작성"))
                    .post("/api/v1/filings"), who + " creating a filing");
            refused(as(who).contentType("application/yaml").header("If-Match", "\"d" + draft + "\"").body(yaml)
                    .put("/api/v1/filings/" + id + "/draft"), who + " saving a draft");
            refused(as(who).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit"), who + " submitting");
            refused(as(who).contentType("application/pdf").queryParam("fileName", "x.pdf").body("%PDF-1.4".getBytes())
                    .post("/api/v1/filings/" + id + "/attachments"), who + " uploading");

            // the portal's forms, with a valid session and CSRF token
            Browserless b = Browserless.signIn(who);
            String csrf = b.csrfToken("/regulator");
            Map<String, String> forms = Map.of(
                    "/portal/filings", "type=TOPOLOGY&planYear=2068&title=x",
                    "/portal/filings/" + id + "/topology", "document=x&draftVersion=" + draft,
                    "/portal/filings/" + id + "/topology/check", "document=x",
                    "/portal/filings/" + id + "/revise", "from=1&draftVersion=" + draft,
                    "/portal/filings/" + id + "/plan", "draftVersion=" + draft,
                    "/portal/filings/" + id + "/submit", "password=demo-pass-2026&confirm=true");
            forms.forEach((path, body) -> refused(given().redirects().follow(false).cookies(b.cookies())
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8").body(body + "&csrf-token=" + csrf).post(path),
                    who + " posting " + path));
            refused(given().redirects().follow(false).cookies(b.cookies()).multiPart("file", "plan.pdf", "%PDF-1.4".getBytes(), "application/pdf")
                    .multiPart("csrf-token", csrf).post("/portal/filings/" + id + "/topology/upload"), who + " uploading a topology");
            refused(given().redirects().follow(false).cookies(b.cookies()).multiPart("file", "plan.pdf", "%PDF-1.4".getBytes(), "application/pdf")
                    .multiPart("csrf-token", csrf).post("/portal/filings/" + id + "/attachments"), who + " uploading an attachment");
        }
        var after = as(filings.tenant().editor()).accept(ContentType.JSON).get("/api/v1/filings/" + id).jsonPath();
        assertEquals(draft, after.getLong("draft.version"), "the draft is untouched");
        assertEquals(versions, after.getList("versions").size(), "no version was added");
    }
}
