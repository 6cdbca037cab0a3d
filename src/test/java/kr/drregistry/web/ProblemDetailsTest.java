package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
                .then().statusCode(404).contentType(containsString("text/html")).body(containsString("Not Found"));
    }
}
