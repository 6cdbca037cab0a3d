package kr.drregistry.portal;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Filings made through the API (Basic auth, If-Match) for the page tests. */
final class Filings {
    static final String PW = "demo-pass-2026";
    /** Plan years of their own, apart from those of the API tests (one topology filing per organisation and year). */
    private static final AtomicInteger YEARS = new AtomicInteger(2070);

    private Filings() {
    }

    static int year() {
        return YEARS.incrementAndGet();
    }

    static byte[] kakao() throws Exception {
        return Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml"));
    }

    /** A topology filing of example-talk with the Kakao-like example saved as its draft (draft version 1). */
    static String topologyWithKakaoDraft() throws Exception {
        int year = year();
        String id = given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + year + ", \"title\": \"DR 구성 " + year + "\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(kakao()).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        return id;
    }

    static Response filing(String id) {
        return given().auth().preemptive().basic("talk-editor", PW).accept(ContentType.JSON).get("/api/v1/filings/" + id);
    }

    /** Submits through the API as the officer (for tests about versions rather than the sign-off). */
    static String submitted() throws Exception {
        String id = topologyWithKakaoDraft();
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201);
        return id;
    }

    static byte[] plan() throws Exception {
        return Files.readAllBytes(Path.of("examples", "plan-example-talk-2026.json"));
    }

    /** A plan filing of example-talk with the example plan submitted as version 1 (draft version 1). */
    static String planSubmitted() throws Exception {
        String id = given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON)
                .body("{\"type\": \"PLAN\", \"planYear\": " + year() + ", \"title\": \"재난관리계획\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON).header("If-Match", "\"d0\"")
                .body(plan()).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201);
        return id;
    }

    static Response review(String id, String body) {
        return given().auth().preemptive().basic("reviewer", PW).contentType(ContentType.JSON).body(body)
                .post("/api/v1/filings/" + id + "/review");
    }
}
