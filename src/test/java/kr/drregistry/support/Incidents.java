package kr.drregistry.support;

import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.List;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Tenants.Tenant;

/** Post-incident reports through the API, as an operator's tool files them with a token (shared by the incident tests). */
public final class Incidents {
    private Incidents() {
    }

    /**
     * Makes the Kakao-like example the latest submitted topology of {@code tenant} (services talk, login, pay, map;
     * RTO 60 min; plan year 2030, any year being free in a test's own organisation).
     */
    public static String fileKakaoTopology(Tenant tenant) {
        return Api.submittedTopology(tenant, 2030, Api.kakao(tenant));
    }

    /** Opens an incident under the Korean policy (initial and final stages); its id. */
    public static String create(String token, String title, Instant occurred, Instant detected) {
        return Api.withToken(token).contentType(ContentType.JSON)
                .body("{\"title\": \"" + title + "\", \"occurredAt\": \"" + occurred + "\", \"detectedAt\": \"" + detected + "\"}")
                .post("/api/v1/incidents").then().statusCode(201).header("ETag", "\"d1\"")
                .body("policy.id", equalTo("incident-kr"), "status", equalTo("DRAFT"), "stages.id", equalTo(List.of("initial", "final")))
                .extract().path("id");
    }

    /** Saves the report draft over {@code etag}. */
    public static Response saveDraft(String token, String id, String etag, String json) {
        return Api.withToken(token).contentType(ContentType.JSON).header("If-Match", etag).body(json)
                .put("/api/v1/incidents/" + id + "/draft");
    }
}
