package kr.drregistry.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** An operator can never read or change another organisation's data; regulators read all and edit none. */
@QuarkusTest
class TenancyTest {
    private static final String PW = "demo-pass-2026";

    @Test
    void anOperatorSeesOnlyItsOwnOrganisation() {
        given().auth().preemptive().basic("talk-editor", PW).get("/api/v1/organisations")
                .then().statusCode(200).body("slug", contains("example-talk"));
        given().auth().preemptive().basic("portal-editor", PW).get("/api/v1/organisations")
                .then().statusCode(200).body("slug", contains("example-portal"));
    }

    @Test
    void anotherOrganisationIsNotFoundRatherThanForbidden() {
        given().auth().preemptive().basic("talk-editor", PW).get("/api/v1/organisations/example-portal")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:not-found"), "status", equalTo(404));
        given().auth().preemptive().basic("talk-editor", PW).get("/api/v1/organisations/does-not-exist")
                .then().statusCode(404);
    }

    @Test
    void anOperatorCannotChangeAnotherOrganisation() {
        long version = given().auth().preemptive().basic("portal-editor", PW).get("/api/v1/organisations/example-portal")
                .then().extract().jsonPath().getLong("version");
        // another organisation's officer (who may change its own figures): not found
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": 1, \"reason\": \"시험\", \"version\": " + version + "}")
                .put("/api/v1/organisations/example-portal/designation")
                .then().statusCode(404);
        given().auth().preemptive().basic("portal-editor", PW).get("/api/v1/organisations/example-portal")
                .then().body("dailyUsers", equalTo(30_000_000));
    }

    @Test
    void regulatorsReadEveryOrganisationButEditNone() {
        given().auth().preemptive().basic("reviewer", PW).get("/api/v1/organisations")
                .then().statusCode(200).body("slug", hasItems("example-talk", "example-portal", "example-idc", "msit"));
        long version = given().auth().preemptive().basic("reviewer", PW).get("/api/v1/organisations/example-idc")
                .then().statusCode(200).extract().jsonPath().getLong("version");
        given().auth().preemptive().basic("reviewer", PW).contentType(ContentType.JSON)
                .body("{\"floorAreaM2\": 1, \"version\": " + version + "}")
                .put("/api/v1/organisations/example-idc/designation")
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void anOperatorUpdatesItsOwnDesignationAndAStaleVersionIsRefused() {
        long version = given().auth().preemptive().basic("idc-editor", PW).get("/api/v1/organisations/example-idc")
                .then().extract().jsonPath().getLong("version");
        // the organisation's officer (editors may not: DesignationTest)
        given().auth().preemptive().basic("idc-officer", PW).contentType(ContentType.JSON)
                .body("{\"floorAreaM2\": 33000.5, \"receivedPowerMw\": 120, \"revenueKrw\": 1300000000000, \"reason\": \"증설 반영\", \"version\": " + version + "}")
                .put("/api/v1/organisations/example-idc/designation")
                .then().statusCode(200).body("floorAreaM2", equalTo(33000.5f), "version", equalTo((int) version + 1));
        given().auth().preemptive().basic("idc-officer", PW).contentType(ContentType.JSON)
                .body("{\"floorAreaM2\": 1, \"reason\": \"다시\", \"version\": " + version + "}")
                .put("/api/v1/organisations/example-idc/designation")
                .then().statusCode(409).body("type", equalTo("urn:drr:problem:stale-version"));
    }

    @Test
    void theApiNeedsCredentials() {
        // without credentials, with wrong ones, with an unknown token: the same problem document and challenge
        for (var request : java.util.List.of(given(), given().auth().preemptive().basic("talk-editor", "wrong"),
                given().auth().oauth2("drr_not-a-token"))) {
            request.get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", org.hamcrest.Matchers.containsString("Basic realm=\"dr-registry\""))
                    .body("type", org.hamcrest.Matchers.equalTo("urn:drr:problem:unauthenticated"))
                    .body("title", org.hamcrest.Matchers.equalTo("로그인이 필요합니다"));
        }
        given().header("Accept-Language", "en").get("/api/v1/me").then().statusCode(401)
                .body("title", org.hamcrest.Matchers.equalTo("Authentication required"));
        given().auth().preemptive().basic("talk-officer", PW).get("/api/v1/me").then().statusCode(200)
                .body("organisationSlug", equalTo("example-talk"), "roles", hasItems("operator-officer", "operator-editor"));
    }
}
