package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;

/** Filings for the export and policy tests, in plan years 2060–2069 only (other test classes use other years). */
public final class ExportFilings {
    private static final AtomicInteger YEARS = new AtomicInteger(2060);

    private ExportFilings() {
    }

    public static io.restassured.specification.RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Browserless.PASSWORD);
    }

    /** A Kakao-like topology of example-talk submitted as version 1, in a free year of 2060–2069. */
    public static String submitted(String title) throws Exception {
        String yaml = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        for (int attempt = 0; attempt < 10; attempt++) {
            int year = YEARS.getAndIncrement();
            if (year > 2069) {
                YEARS.set(2060);
                year = YEARS.getAndIncrement();
            }
            Response r = as("talk-officer").contentType(ContentType.JSON)
                    .body(Map.of("type", "TOPOLOGY", "planYear", year, "title", title)).post("/api/v1/filings");
            if (r.statusCode() == 409) {
                continue;
            }
            String id = r.then().statusCode(201).extract().path("id");
            as("talk-officer").contentType("application/yaml").header("If-Match", "\"d0\"")
                    .body(yaml.getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
            as("talk-officer").contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
            return id;
        }
        throw new AssertionError("no free plan year in 2060–2069");
    }

    /** The reviewer starts the review and asks for changes, with a reason and a due date. */
    public static void changesRequested(String id, String reason) {
        as("reviewer").contentType(ContentType.JSON).body("{\"move\": \"START_REVIEW\", \"version\": 1}").post("/api/v1/filings/" + id + "/review")
                .then().statusCode(200);
        as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("move", "REQUEST_CHANGES", "version", 1, "reason", reason, "dueDate", "2061-03-31"))
                .post("/api/v1/filings/" + id + "/review").then().statusCode(200);
    }

    /** The key of the first finding of version 1. */
    public static String firstFindingKey(String id) {
        Map<String, Object> finding = as("reviewer").get("/api/v1/filings/" + id + "/versions/1/findings").then().statusCode(200)
                .extract().path("findings[0]");
        @SuppressWarnings("unchecked")
        Map<String, String> subject = (Map<String, String>) finding.get("subject");
        return finding.get("rule") + "|" + subject.get("kind") + "|" + subject.get("id") + "|"
                + (finding.get("scenario") == null ? "" : finding.get("scenario"));
    }
}
