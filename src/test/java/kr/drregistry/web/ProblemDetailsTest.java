package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Errors are RFC 9457 problems with JSON Pointers, and never show a stack trace or class name. */
@QuarkusTest
class ProblemDetailsTest {
    private static final String PW = "demo-pass-2026";

    @Test
    void anUnknownApiPathIsAProblem404() {
        given().auth().preemptive().basic("talk-editor", PW).get("/api/v1/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:not-found"), "title", equalTo("찾을 수 없습니다"),
                        "status", equalTo(404), "instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void invalidInputNamesEachFieldByJsonPointer() {
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body("{\"dailyUsers\": -5, \"trafficSharePct\": 140, \"version\": 0}")
                .put("/api/v1/organisations/example-talk/designation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:invalid-input"), "title", equalTo("Invalid input"),
                        "errors.pointer", hasItem("/dailyUsers"), "errors.pointer", hasItem("/trafficSharePct"));
    }

    @Test
    void aWrongTypeIsPointedAtWithoutLeakingClassNames() {
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": \"many\", \"version\": 0}")
                .put("/api/v1/organisations/example-talk/designation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].pointer", equalTo("/dailyUsers"))
                .body(not(containsString("java.")), not(containsString("Exception")));
    }

    @Test
    void malformedJsonIsAProblemWithItsPosition() {
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": ")
                .put("/api/v1/organisations/example-talk/designation")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:invalid-json"))
                .body(not(containsString("Exception")));
    }

    @Test
    void anUnknownPageIsAnHtmlErrorPageInTheReadersLanguage() {
        kr.drregistry.support.Browserless talk = kr.drregistry.support.Browserless.signIn("talk-editor");
        given().cookies(talk.cookies()).accept("text/html").header("Accept-Language", "en").get("/no/such/page")
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("Not found"));
    }

    /**
     * Issue 19: an error page is a page of the product — the signed-in header and menu stay, it says in the page's
     * language what happened and what to do next, and a duplicate filing links to the existing one.
     */
    @Test
    void errorPagesSayWhatHappenedAndWhatToDoNextInThePagesLanguageInsideTheLayout() {
        kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("errors");
        kr.drregistry.support.Browserless officer = kr.drregistry.support.Browserless.signIn(tenant.officer());
        String notFound = given().cookies(officer.cookies()).accept("text/html").get("/no/such/page")
                .then().statusCode(404).extract().asString();
        assertTrue(notFound.contains("요청한 주소에 페이지나 자료가 없습니다.") && notFound.contains("홈에서 다시 찾아 주세요"), notFound);
        assertTrue(notFound.contains("class=\"drr-user\"") && notFound.contains("/logout"), "the signed-in header stays");

        String id = given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2031, \"title\": \"first\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .header("Accept-Language", "ko").body("{\"type\": \"TOPOLOGY\", \"planYear\": 2031, \"title\": \"again\"}")
                .post("/api/v1/filings").then().statusCode(409)
                .body("detail", equalTo("2031년 DR 구성 신고가 이미 있습니다. 새로 만들지 말고 그 신고를 열어 초안을 고치세요."));
        String csrf = officer.csrfToken("/portal");
        String duplicate = given().cookies(officer.cookies()).accept("text/html").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("type", "TOPOLOGY").formParam("planYear", "2031").formParam("title", "again")
                .post("/portal/filings").then().statusCode(409).extract().asString();
        assertTrue(duplicate.contains("href=\"/portal/filings/" + id + "\"") && duplicate.contains("기존 신고 열기"),
                "the way forward is the existing filing: " + duplicate);
        assertTrue(!duplicate.contains("exists already"), "no English sentence on a Korean page but under technical detail");
    }
}
