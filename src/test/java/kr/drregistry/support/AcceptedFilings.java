package kr.drregistry.support;

import static io.restassured.RestAssured.given;

import java.nio.charset.StandardCharsets;

import io.restassured.http.ContentType;

/** A topology filing of a test's own organisation, filed, submitted and accepted through the API as people do it. */
public final class AcceptedFilings {
    private AcceptedFilings() {
    }

    /** Files {@code drrYaml} as {@code tenant}'s topology for {@code planYear}, submits it and has the reviewer accept it. */
    public static String accepted(Tenants.Tenant tenant, int planYear, String drrYaml) {
        String id = given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + planYear + ", \"title\": \"facilities " + planYear + "\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType("application/yaml")
                .header("If-Match", "\"d0\"").body(drrYaml.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        for (String move : new String[] {"START_REVIEW", "ACCEPT"}) {
            given().auth().preemptive().basic("reviewer", Browserless.PASSWORD).contentType(ContentType.JSON)
                    .body("{\"move\": \"" + move + "\", \"version\": 1}").post("/api/v1/filings/" + id + "/review")
                    .then().statusCode(200);
        }
        return id;
    }
}
