package kr.drregistry.cli;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.arc.Arc;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.support.AcceptedFilings;
import kr.drregistry.support.Tenants;

/**
 * {@code dr-validate --registry URL --token …} and the read-only facility API behind it: an operator's CI resolves
 * its {@code facilityRef}s against the providers' accepted filings as the registry does — the same filing versions,
 * groups, scenarios and findings as {@code POST /api/v1/validate} — while sending the registry nothing but the
 * references, with a token that can read facility sites and nothing else, every read in the audit trail.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegistryFacilitiesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PW = "demo-pass-2026";

    @TestHTTPResource("/")
    URL registry;

    @TempDir
    Path dir;

    private Tenants.Tenant idc;
    private Tenants.Tenant operator;
    private String idcFiling;
    private String tenantDoc;

    /** Once per class: an IDC whose accepted filing has a hall inheriting its building's groups, and an operator in that hall. */
    private void anIdcWithAnAcceptedFilingAndAnOperatorInItsHall() {
        if (idc != null) {
            return;
        }
        idc = Tenants.fresh("idc-hall");
        operator = Tenants.fresh("ci-colo");
        String idcDoc = """
                format: drr/v2
                operator: %1$s
                asOf: 2026-11-01
                sites:
                  - {id: building-a, location: {lat: 37.40, lon: 127.10}, riskGroups: [flood:tancheon]}
                  - {id: hall-3, facilityRef: %1$s/building-a, riskGroups: [power:feed-7]}
                  - {id: far, location: {lat: 35.10, lon: 129.00}}
                services:
                  - {id: notice, tier: 3, dailyUsers: 10, entrypoints: [board]}
                components:
                  - id: board
                    kind: app
                    placements: [{site: hall-3, role: active}, {site: far, role: active}]
                """.formatted(idc.slug());
        tenantDoc = """
                format: drr/v2
                operator: %s
                asOf: 2026-11-01
                sites:
                  - {id: colo, facilityRef: %s/hall-3}
                  - {id: other, facilityRef: %s/no-such-hall}
                  - {id: own, location: {lat: 35.1, lon: 129.0}}
                services:
                  - {id: shop, tier: 2, dailyUsers: 1000, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: colo, role: active}, {site: other, role: active}, {site: own, role: standby}]
                    failover: {mode: automatic}
                """.formatted(operator.slug(), idc.slug(), idc.slug());
        idcFiling = AcceptedFilings.accepted(idc, 2027, idcDoc);
    }

    @BeforeEach
    void filed() {
        anIdcWithAnAcceptedFilingAndAnOperatorInItsHall();
    }

    private String token(String... scopes) {
        String list = String.join(",", java.util.Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList());
        return given().auth().preemptive().basic(operator.officer(), operator.password()).contentType(ContentType.JSON)
                .body("{\"name\": \"ci-" + System.nanoTime() + "\", \"scopes\": [" + list + "]}")
                .post("/api/v1/tokens").then().statusCode(201).extract().path("secret");
    }

    @Test
    void theFacilityApiServesOneAcceptedSiteAsFiledToATokenWithTheFacilitiesScopeAndAuditsIt() {
        String token = token("facilities");
        given().auth().oauth2(token).get("/api/v1/facilities/" + idc.slug() + "/hall-3").then().statusCode(200)
                .body("reference", equalTo(idc.slug() + "/hall-3"))
                .body("filingVersion", equalTo(idc.slug() + " " + idcFiling + " v1"))
                .body("site.id", equalTo("hall-3"))
                .body("site.facilityRef", equalTo(idc.slug() + "/building-a"))
                .body("site.riskGroups", equalTo(List.of("power:feed-7")));
        given().auth().oauth2(token).get("/api/v1/facilities/" + idc.slug() + "/no-such-hall").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:facility-not-found"));
        given().auth().oauth2(token).get("/api/v1/facilities/Not_A_Slug/hall-3").then().statusCode(400)
                .contentType("application/problem+json");

        List<AuditEntry> reads = Arc.container().instance(AuditTrail.class).get().latest(idc.slug() + "/hall-3", 5);
        assertTrue(reads.stream().anyMatch(e -> e.action.equals("facility.read") && e.detail.contains(" v1")
                && e.organisationId != null), "the read is audited with who asked and what was served");
        assertTrue(Arc.container().instance(AuditTrail.class).get().latest(idc.slug() + "/no-such-hall", 5).stream()
                .anyMatch(e -> e.action.equals("facility.read") && e.detail.startsWith("unresolved")), "a miss is audited too");

        // the facilities scope reads facility sites and nothing else; other tokens do not read them
        given().auth().oauth2(token).get("/api/v1/filings").then().statusCode(403);
        given().auth().oauth2(token).contentType("application/yaml").body(tenantDoc.getBytes(StandardCharsets.UTF_8)).post("/api/v1/validate").then().statusCode(403);
        given().auth().oauth2(token("read", "validate")).get("/api/v1/facilities/" + idc.slug() + "/hall-3").then().statusCode(403)
                .body("type", equalTo("urn:drr:problem:token-scope"));
        given().get("/api/v1/facilities/" + idc.slug() + "/hall-3").then().statusCode(401);
    }

    @Test
    void theCommandLineWithRegistryResolvesAsTheRegistryDoesAndGivesTheSameReport() throws Exception {
        Path file = Files.writeString(dir.resolve("colo.yaml"), tenantDoc);
        Path policy = dir.resolve("active-policy.json");
        Files.writeString(policy, given().auth().preemptive().basic("reviewer", PW).get("/api/v1/policies/active")
                .then().statusCode(200).extract().asString());
        String api = given().auth().preemptive().basic(operator.editor(), operator.password()).contentType("application/yaml")
                .body(tenantDoc.getBytes(StandardCharsets.UTF_8)).post("/api/v1/validate?view=full").then().statusCode(200)
                .body("facilities.find { it.reference == '" + idc.slug() + "/hall-3' }.filingVersion", startsWith(idc.slug() + " "))
                .body("scenarios.id", hasItem("flood:tancheon"))
                .extract().asString();

        Cli cli = Cli.run("check", "--format", "json", "--fail-on", "none", "--policy", policy.toString(),
                "--registry", registry.toString(), "--token", token("facilities"), file.toString());
        assertEquals(DrValidate.OK, cli.exit(), cli.err());
        JsonNode fromApi = JSON.readTree(api);
        JsonNode fromCli = JSON.readTree(cli.out());
        assertEquals(fromApi.path("facilities"), fromCli.path("facilities"), "the same references, versions and groups");
        assertEquals(fromApi.path("findings"), fromCli.path("findings"), "the same findings");
        assertEquals(fromApi.path("scenarios"), fromCli.path("scenarios"), "the same scenarios, the inherited groups among them");
        assertEquals(fromApi, fromCli, "the same report");

        // without the registry the references are unresolved: the registry made the difference
        Cli offline = Cli.run("check", "--format", "json", "--fail-on", "none", "--policy", policy.toString(), file.toString());
        assertTrue(!JSON.readTree(offline.out()).path("scenarios").toString().contains("flood:tancheon"),
                "offline, the building's flood group is unknown");
    }

    @Test
    void aTokenWithoutTheScopeOrARegistryThatCannotBeReachedStopsTheRunWithAClearSentence() throws Exception {
        Path file = Files.writeString(dir.resolve("colo.yaml"), tenantDoc);
        Cli wrongScope = Cli.run("check", "--registry", registry.toString(), "--token", token("read"), file.toString());
        assertEquals(DrValidate.INPUT, wrongScope.exit());
        assertTrue(wrongScope.err().contains("facilities 범위가 없습니다"), wrongScope.err());

        Cli unknown = Cli.run("--lang", "en", "check", "--registry", registry.toString(), "--token", "drr_not-a-token", file.toString());
        assertEquals(DrValidate.INPUT, unknown.exit());
        assertTrue(unknown.err().contains("refused the token"), unknown.err());

        Cli unreachable = Cli.run("check", "--registry", "http://127.0.0.1:1", "--token", "x", file.toString());
        assertEquals(DrValidate.INPUT, unreachable.exit());
        assertTrue(unreachable.err().contains("연결할 수 없습니다"), unreachable.err());

        Cli noToken = Cli.run("check", "--registry", "ftp://example", "--token", "x", file.toString());
        assertEquals(DrValidate.INPUT, noToken.exit());
        assertTrue(noToken.err().contains("레지스트리 URL이 아닙니다"), noToken.err());
    }
}
