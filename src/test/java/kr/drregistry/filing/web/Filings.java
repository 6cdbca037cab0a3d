package kr.drregistry.filing.web;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Filings made through the API (Basic auth, If-Match) for the page tests. */
public final class Filings {
    public static final String PW = "demo-pass-2026";
    /**
     * Plan years tried, counting down from 2098 (one topology or plan filing per organisation and year). Years that
     * other test classes take by number are skipped: 2027–2033 (API tests), 2041–2095 (the queue, incident, export,
     * review, coverage, trends and map tests, some of which count every filing of their year) and 2099–2100.
     */
    private static final AtomicInteger YEARS = new AtomicInteger(2098);

    private static boolean takenByOthers(int year) {
        return (year >= 2027 && year <= 2033) || (year >= 2041 && year <= 2095) || year >= 2099;
    }

    private Filings() {
    }

    /**
     * Creates a filing of example-talk in a plan year no other test has taken: other test classes count years of
     * their own, so a taken year (409) just moves on to the next.
     */
    public static String create(String type, String title) {
        for (int attempt = 0; attempt < 150; attempt++) {
            int year = YEARS.getAndDecrement();
            if (takenByOthers(year)) {
                continue;
            }
            Response r = given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON)
                    .body("{\"type\": \"" + type + "\", \"planYear\": " + year + ", \"title\": \"" + title + " " + year + "\"}")
                    .post("/api/v1/filings");
            if (r.statusCode() == 201) {
                return r.path("id");
            }
            if (r.statusCode() != 409) {
                throw new AssertionError("creating a filing: " + r.statusCode() + " " + r.asString());
            }
        }
        throw new AssertionError("no free plan year");
    }

    public static byte[] kakao() throws Exception {
        return Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml"));
    }

    /** A topology filing of example-talk with the Kakao-like example saved as its draft (draft version 1). */
    public static String topologyWithKakaoDraft() throws Exception {
        String id = create("TOPOLOGY", "DR 구성");
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(kakao()).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        return id;
    }

    public static Response filing(String id) {
        return given().auth().preemptive().basic("talk-editor", PW).accept(ContentType.JSON).get("/api/v1/filings/" + id);
    }

    /** Submits through the API as the officer (for tests about versions rather than the sign-off). */
    public static String submitted() throws Exception {
        String id = topologyWithKakaoDraft();
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201);
        return id;
    }

    public static byte[] plan() throws Exception {
        return Files.readAllBytes(Path.of("examples", "plan-example-talk-2026.json"));
    }

    /** A plan filing of example-talk with the example plan submitted as version 1 (draft version 1). */
    public static String planSubmitted() throws Exception {
        String id = create("PLAN", "재난관리계획");
        given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON).header("If-Match", "\"d0\"")
                .body(plan()).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201);
        return id;
    }

    public static Response review(String id, String body) {
        return given().auth().preemptive().basic("reviewer", PW).contentType(ContentType.JSON).body(body)
                .post("/api/v1/filings/" + id + "/review");
    }
}
