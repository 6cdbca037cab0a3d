package kr.drregistry.topology.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** POST /api/v1/validate: the report of the contract, and malformed input refused with pointers, never a 5xx. */
@QuarkusTest
class ValidateApiTest {
    private static final String PW = "demo-pass-2026";

    private static byte[] example(String name) throws IOException {
        return Files.readAllBytes(Path.of("examples", name));
    }

    @Test
    void theKakaoLikeFilingAsYamlGetsTheFullReportOnRequest() throws IOException {
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml").body(example("kakao-like-2022.yaml"))
                .post("/api/v1/validate?view=full")
                .then().statusCode(200)
                .body("policy.id", equalTo("kr-msit"), "policy.version", notNullValue())
                .body("summary.critical", greaterThan(0))
                .body("findings.findAll { it.rule == 'SPOF-002' && it.subject.id == 'talk' }.scenario", hasItem("site:pangyo"))
                .body("findings.find { it.rule == 'SPOF-002' && it.subject.id == 'talk' && it.scenario == 'site:pangyo' }.usersLost",
                        equalTo(47_000_000))
                .body("findings.find { it.rule == 'SPOF-002' }.message.ko", notNullValue())
                .body("findings.find { it.rule == 'SPOF-002' }.message.en", notNullValue())
                .body("findings.find { it.rule == 'SPOF-002' }.basis.ko", notNullValue())
                .body("findings.find { it.rule == 'SPOF-002' }.remedy.en", notNullValue())
                .body("findings.find { it.rule == 'SPOF-002' }.severity", equalTo("critical"))
                .body("findings.rule", hasItem("OPS-001"))
                .body("scenarios.id", hasItems("site:pangyo", "campus:pangyo", "power:seongnam-east"))
                .body("scenarios.find { it.id == 'site:pangyo' }.downServices", hasItem("talk"))
                .body("scenarios.find { it.id == 'site:pangyo' }.services.find { it.id == 'talk' }.status", equalTo("down"))
                .body("scenarios.find { it.id == 'site:pangyo' }.usersLost", greaterThan(47_000_000 - 1));
    }

    @Test
    void theDefaultAnswerLeadsWithTheRootCausesInTheReadersLanguage() throws IOException {
        io.restassured.response.Response ko = given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml")
                .body(example("kakao-like-2022.yaml")).post("/api/v1/validate");
        ko.then().statusCode(200)
                .body("format", equalTo("drr-report-compact/1"), "language", equalTo("ko"))
                .body("rootCauses.items[0].id", equalTo("risk-group:metro:capital"))
                .body("rootCauses.items.find { it.id == 'component:deploy-tool' }.text",
                        equalTo("구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음"))
                .body("rootCauses.items.find { it.id == 'component:deploy-tool' }.services", equalTo(List.of("talk", "login")))
                .body("rootCauses.items.find { it.id == 'component:deploy-tool' }.usersLost", equalTo(87_000_000))
                .body("findings.total", equalTo(ko.path("totals.findings")))
                .body("findings.items.find { it.rule == 'SPOF-002' }.message", containsString("중단"))
                .body("scenarios.find { it.id == 'site:pangyo' }.downServices", hasItem("talk"));
        int steps = ko.path("steps.size()");
        List<List<Integer>> chain = ko.path("findings.items.find { it.rule == 'SPOF-002' }.chain");
        assertTrue(chain.stream().allMatch(pair -> pair.get(1) < steps), "every chain step is in the step table");

        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml").header("Accept-Language", "en-US,en;q=0.9")
                .body(example("kakao-like-2022.yaml")).post("/api/v1/validate?root=component:deploy-tool&rule=SPOF-002&size=2&page=2")
                .then().statusCode(200)
                .body("language", equalTo("en"))
                .body("rootCauses.items.find { it.id == 'component:deploy-tool' }.text",
                        equalTo("component deploy-tool: no usable placement once site pangyo is lost"))
                .body("findings.page", equalTo(2), "findings.size", equalTo(2), "findings.items.size()", equalTo(2))
                .body("findings.items.rule", everyItem(equalTo("SPOF-002")))
                .body("findings.items.roots.flatten()", hasItem("component:deploy-tool"))
                .body("findings.items[0].message", containsString("goes down"));

        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml")
                .body(example("kakao-like-2022.yaml")).post("/api/v1/validate?view=summary&lang=both")
                .then().statusCode(200)
                .body("findings", nullValue(), "steps", nullValue())
                .body("rootCauses.items[0].text.ko", containsString("위험 그룹"), "rootCauses.items[0].text.en", containsString("risk group"));
    }

    @Test
    void aQueryThatMeansNothingIsA400() throws IOException {
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml")
                .body(example("kakao-like-2022.yaml")).post("/api/v1/validate?severity=urgent")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:bad-query"), "detail", containsString("severity=urgent"));
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml")
                .body(example("kakao-like-2022.yaml")).post("/api/v1/validate?size=5000")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void theSameFilingAsJsonGivesTheSameFindings() throws IOException {
        byte[] yaml = example("healthy-multisite.yaml");
        byte[] json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(
                new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                        .loadFromString(new String(yaml, java.nio.charset.StandardCharsets.UTF_8)));
        given().auth().preemptive().basic("portal-editor", PW).contentType("application/json").body(json)
                .post("/api/v1/validate")
                .then().statusCode(200)
                .body("summary.critical", equalTo(0), "summary.high", equalTo(0), "summary.medium", equalTo(0))
                .body("scenarios.downServices.flatten()", org.hamcrest.Matchers.empty());
    }

    @Test
    void unknownFieldsAndBadReferencesAreRefusedWithEveryPointer() {
        String doc = """
                format: drr/v1
                operator: example-talk
                asOf: 2026-11-01
                sites: [{id: pangyo, name: Pangyo, kind: colocation, colour: blue}]
                services: [{id: talk, name: Talk, tier: 1, dailyUsers: 10, entrypoints: [talk-api]}]
                components:
                  - {id: talk-api, kind: app, placements: [{site: nowhere, role: active}]}
                """;
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml").body(doc.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/validate")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:invalid-filing"))
                .body("errors.pointer", hasItems("/sites/0/colour", "/components/0/placements/0/site"))
                .body("errors.find { it.pointer == '/sites/0/colour' }.line", equalTo(4));
    }

    @Test
    void malformedInputIsA400NeverA5xx() {
        for (String[] bad : new String[][] {{"application/json", "{\"format\": "}, {"application/yaml", "a: [b"},
                {"application/yaml", "!!java.lang.Object {}"}, {"application/json", "\u0000\u0001\u0002"}}) {
            given().auth().preemptive().basic("talk-editor", PW).contentType(bad[0]).body(bad[1].getBytes(java.nio.charset.StandardCharsets.UTF_8))
                    .post("/api/v1/validate")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body(not(containsString("Exception")));
        }
    }

    @Test
    void anUnsupportedContentTypeIs415() {
        given().auth().preemptive().basic("talk-editor", PW).contentType("text/csv").body("a,b".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/validate").then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void validationNeedsCredentials() throws IOException {
        given().contentType("application/yaml").body(example("healthy-multisite.yaml")).post("/api/v1/validate")
                .then().statusCode(401);
    }

    @Test
    void theSchemaIsPublished() {
        given().get("/api/v1/schema/drr-v1.json").then().statusCode(200)
                .body("$schema", containsString("2020-12"), "properties.format", notNullValue());
    }

    @Test
    void theActivePolicyIsListed() {
        given().auth().preemptive().basic("reviewer", PW).get("/api/v1/policies")
                .then().statusCode(200).body("findAll { it.active }.id", contains("kr-msit"))
                .body("version", everyItem(notNullValue()));
    }
}
