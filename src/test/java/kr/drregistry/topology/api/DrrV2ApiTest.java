package kr.drregistry.topology.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Tenants;

/** drr/v2 through the API and the guide: schema, report fields, and facility references across organisations. */
@QuarkusTest
class DrrV2ApiTest {
    private static final String PW = "demo-pass-2026";

    @Test
    void theDrrV2SchemaIsPublishedBesideTheDrrV1One() {
        given().get("/api/v1/schema/drr-v2.json").then().statusCode(200)
                .body("properties.format.const", equalTo("drr/v2"), "$defs.restore", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void theDrrV2ExampleGetsTheDrrV2ReportAndADrrV1OneIsReadAsDrrV2() throws Exception {
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml")
                .body(Files.readAllBytes(Path.of("examples", "kakao-like-2022-v2.yaml")))
                .post("/api/v1/validate?view=full").then().statusCode(200)
                .body("findings.rule", hasItems("OPS-003", "OPS-004", "OPS-005", "FAC-009", "FAC-010"))
                .body("scenarios.find { it.id == 'software:gateway-3.1' }.struckComponents", equalTo(java.util.List.of("gateway")))
                .body("scenarios.find { it.id == 'software:gateway-3.1' }.services.find { it.id == 'pay' }.repairEstimateMinutes",
                        equalTo("unbounded"))
                .body("scenarios.find { it.id == 'site:ansan' }.services.find { it.id == 'talk' }.recoveryMinutes", equalTo(0))
                .body("facilities.reference", hasItem("example-idc/pangyo-a"));
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml")
                .body(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml")))
                .post("/api/v1/validate?view=full").then().statusCode(200)
                // a drr/v1 document is read with drr/v2 semantics in full (FILING-FORMAT-V2 §7.11): the same report fields
                .body("facilities.reference", hasItem("example-idc/pangyo-a"))
                .body("scenarios[0].struckComponents", equalTo(java.util.List.of()))
                .body("scenarios.find { it.id == 'site:pangyo' }.services.find { it.id == 'talk' }.status", equalTo("down"));
    }

    @Test
    void aFacilityReferenceResolvesAgainstTheProvidersLatestAcceptedFiling() {
        Tenants.Tenant idc = Tenants.fresh("hall");
        Tenants.Tenant tenant = Tenants.fresh("colo");
        String idcDoc = """
                format: drr/v2
                operator: %s
                asOf: 2026-11-01
                sites:
                  - {id: hall-1, location: {lat: 37.4, lon: 127.1}, riskGroups: [power:grid-7]}
                  - {id: hall-2, location: {lat: 36.4, lon: 127.4}}
                services:
                  - {id: notice, tier: 3, dailyUsers: 10, entrypoints: [board]}
                components:
                  - id: board
                    kind: app
                    placements: [{site: hall-1, role: active}, {site: hall-2, role: active}]
                """.formatted(idc.slug());
        String reference = idc.slug() + "/hall-1";
        String tenantDoc = """
                format: drr/v2
                operator: %s
                asOf: 2026-11-01
                sites:
                  - {id: colo, facilityRef: %s}
                  - {id: own, location: {lat: 35.1, lon: 129.0}}
                services:
                  - {id: shop, tier: 2, dailyUsers: 1000, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: colo, role: active}, {site: own, role: standby}]
                    failover: {mode: automatic}
                """.formatted(tenant.slug(), reference);

        given().auth().preemptive().basic(tenant.editor(), tenant.password()).contentType("application/yaml").body(tenantDoc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/validate").then().statusCode(200)
                .body("facilities.find { it.reference == '" + reference + "' }.filingVersion", equalTo("unresolved"))
                .body("scenarios.id", not(hasItem("power:grid-7")))
                .body("findings.items.findAll { it.rule == 'GEO-002' }.subject.id", hasItem("colo"));

        String id = kr.drregistry.support.AcceptedFilings.accepted(idc, 2027, idcDoc);

        given().auth().preemptive().basic(tenant.editor(), tenant.password()).contentType("application/yaml").body(tenantDoc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/validate?view=full").then().statusCode(200)
                .body("facilities.find { it.reference == '" + reference + "' }.filingVersion",
                        startsWith(idc.slug() + " " + id + " v1"))
                .body("scenarios.id", hasItems("power:grid-7", "facility:" + reference))
                .body("scenarios.find { it.id == 'power:grid-7' }.services.find { it.id == 'shop' }.status", equalTo("up"))
                .body("findings.findAll { it.rule == 'GEO-002' }.subject.id", not(hasItem("colo")));

        // submitted: the report is frozen with the provider's version, and the pages show the drr/v2 outcomes
        String mine = given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2027, \"title\": \"colo\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType("application/yaml")
                .header("If-Match", "\"d0\"").body(tenantDoc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + mine + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + mine + "/submit").then().statusCode(201);
        String page = kr.drregistry.support.Browserless.signIn(tenant.editor()).get("/filings/" + mine + "/versions/1")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("시나리오별 결과(drr/v2)"), "the outcome table is shown");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains(idc.slug() + " " + id + " v1"),
                "the version page names the provider's filing version used");
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("facility:" + reference));
        String review = kr.drregistry.support.Browserless.signIn("reviewer").get("/regulator/filings/" + mine + "/versions/1")
                .then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(review.contains("시나리오별 결과(drr/v2)"), "the review page shows it too");
    }

    @Test
    void theDrrV2GuideListsTheNewRulesAndOffersItsExample() {
        given().get("/guide/drr-v2").then().statusCode(200)
                .body(containsString("OPS-005"), containsString("DRILL-003"), containsString("kakao-like-2022-v2.yaml"));
        given().get("/guide/drr-v1").then().statusCode(200).body(not(containsString("OPS-005")));
        given().get("/guide/drr-v2/examples/kakao-like-2022-v2.yaml").then().statusCode(200)
                .body(containsString("format: drr/v2"));
    }
}
