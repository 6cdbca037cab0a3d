package kr.drregistry.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kr.drregistry.support.Tenants.Tenant;

/**
 * The filing API as the tests use it: sign in with a password (Basic) or an API token, create a filing, save a draft,
 * submit, review. Shared by the test classes so that none borrows another's helpers.
 */
public final class Api {
    private Api() {
    }

    /** A request signed in as {@code user} (password {@link Browserless#PASSWORD}). */
    public static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, Browserless.PASSWORD);
    }

    /** A request with the API token {@code token}. */
    public static RequestSpecification withToken(String token) {
        return given().auth().oauth2(token);
    }

    /** A new API token of {@code user} with the comma-separated {@code scopes}; its secret. */
    public static String token(String user, String scopes) {
        StringBuilder json = new StringBuilder("[");
        for (String s : scopes.split(",")) {
            json.append(json.length() > 1 ? "," : "").append('"').append(s).append('"');
        }
        return as(user).contentType(ContentType.JSON)
                .body("{\"name\": \"ci-" + ThreadLocalRandom.current().nextInt(1_000_000) + "\", \"scopes\": " + json + "]}")
                .post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
    }

    /** Creates a filing of {@code type} for {@code planYear} (201 expected); its id. */
    public static String create(RequestSpecification who, String type, int planYear, String title) {
        return who.contentType(ContentType.JSON)
                .body("{\"type\": \"" + type + "\", \"planYear\": " + planYear + ", \"title\": \"" + title + "\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
    }

    /** Saves a drr/v1 YAML draft over draft version {@code draftVersion} (200 expected). */
    public static void saveYaml(RequestSpecification who, String id, long draftVersion, String yaml) {
        who.contentType("application/yaml").header("If-Match", "\"d" + draftVersion + "\"")
                .body(yaml.getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
    }

    /** Saves a JSON draft (a plan) over draft version {@code draftVersion} (200 expected). */
    public static void saveJson(RequestSpecification who, String id, long draftVersion, String json) {
        who.contentType(ContentType.JSON).header("If-Match", "\"d" + draftVersion + "\"")
                .body(json.getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
    }

    /** Submits the draft (201 expected). */
    public static void submit(RequestSpecification who, String id) {
        who.contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
    }

    /** A review move by the demo reviewer. */
    public static Response review(String id, String body) {
        return as("reviewer").contentType(ContentType.JSON).body(body).post("/api/v1/filings/" + id + "/review");
    }

    /** A topology of {@code tenant} for {@code planYear} with {@code yaml} saved and submitted as version 1 by its officer. */
    public static String submittedTopology(Tenant tenant, int planYear, String yaml) {
        String id = create(as(tenant.officer()), "TOPOLOGY", planYear, "DR 구성 " + planYear);
        saveYaml(as(tenant.officer()), id, 0, yaml);
        submit(as(tenant.officer()), id);
        return id;
    }

    /** examples/kakao-like-2022.yaml as it is (operator example-talk). */
    public static String kakao() {
        return example("kakao-like-2022.yaml");
    }

    /** examples/kakao-like-2022.yaml as {@code tenant}'s filing. */
    public static String kakao(Tenant tenant) {
        return tenant.own(kakao());
    }

    /** examples/plan-example-talk-2026.json. */
    public static String plan() {
        return example("plan-example-talk-2026.json");
    }

    private static String example(String name) {
        try {
            return Files.readString(Path.of("examples", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
