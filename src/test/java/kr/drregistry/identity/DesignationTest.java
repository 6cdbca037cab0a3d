package kr.drregistry.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import kr.drregistry.support.Browserless;

/**
 * The designation figures decide whether an operator must file at all. Only the organisation's disaster-management
 * officer, or the regulator lead (flagged as the regulator's correction), changes them, with a reason; every change
 * is kept with its old and new values and audited, and the coverage page follows the new figures. Bad input is a 400 with a JSON
 * Pointer, never a 500.
 */
@QuarkusTest
class DesignationTest {
    private static final String PW = "demo-pass-2026";

    @Inject
    TenantSeeder seeder;

    private String slug;
    private String editor;
    private String officer;

    /** An operator of its own (covered: 12 million daily users), so other tests' organisations stay as they are. */
    @BeforeEach
    void organisation() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        slug = "des-" + suffix;
        editor = "des-editor-" + suffix;
        officer = "des-officer-" + suffix;
        Organisation org = seeder.organisation(TenantSeeder.OrganisationSpec.valueAdded(slug, "지정시험 " + suffix, "Designation " + suffix,
                12_000_000L, "3.5", 900_000_000_000L));
        seeder.users(org, List.of(new TenantSeeder.UserSpec(editor, "지정 편집자", List.of(Roles.OPERATOR_EDITOR)),
                new TenantSeeder.UserSpec(officer, "지정 책임자", List.of(Roles.OPERATOR_EDITOR, Roles.OPERATOR_OFFICER))), PW);
    }

    private static RequestSpecification as(String user) {
        return given().auth().preemptive().basic(user, PW);
    }

    private long version() {
        return as("lead").get("/api/v1/organisations/" + slug).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private String put(String user, String body) {
        return as(user).contentType(ContentType.JSON).body(body).put("/api/v1/organisations/" + slug + "/designation").asString();
    }

    private static String coverageRow(String page, String slug) {
        int at = page.indexOf("data-slug=\"" + slug + "\"");
        assertTrue(at > 0, slug + " is listed on the coverage page");
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void anEditorCannotTakeTheOrganisationOutOfScope() {
        long v = version();
        as(editor).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": 1, \"trafficSharePct\": 0.1, \"revenueKrw\": 1, \"reason\": \"시험\", \"version\": " + v + "}")
                .put("/api/v1/organisations/" + slug + "/designation")
                .then().statusCode(403).contentType("application/problem+json");
        as("lead").get("/api/v1/organisations/" + slug).then().body("dailyUsers", equalTo(12_000_000), "version", equalTo((int) v));
        as("lead").get("/api/v1/organisations/" + slug + "/designation/history").then().statusCode(200).body("$", hasSize(0));
        as("admin").get("/api/v1/audit?subject=" + slug).then().statusCode(200).body("$", hasSize(0));
        String row = coverageRow(Browserless.signIn("lead").get("/regulator/coverage?size=200&sort=operator").asString(), slug);
        assertTrue(row.contains("cov-o-COVERED"), row);
    }

    @Test
    void badInputIsA400WithAPointerNeverA500() {
        long v = version();
        String path = "/api/v1/organisations/" + slug + "/designation";
        as(officer).contentType(ContentType.JSON).put(path).then().statusCode(400).contentType("application/problem+json");
        as(officer).contentType(ContentType.JSON).body("").put(path).then().statusCode(400).contentType("application/problem+json");
        as(officer).contentType(ContentType.JSON).body("{\"dailyUsers\": ").put(path).then().statusCode(400)
                .contentType("application/problem+json");
        as(officer).contentType(ContentType.JSON).body("{\"dailyUsers\": \"many\", \"version\": " + v + "}").put(path)
                .then().statusCode(400).body("errors.pointer", hasItem("/dailyUsers"));
        as(officer).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": -5, \"trafficSharePct\": 101, \"contactEmail\": \"not-an-address\", \"version\": " + v + "}")
                .put(path).then().statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItem("/dailyUsers"), "errors.pointer", hasItem("/trafficSharePct"),
                        "errors.pointer", hasItem("/contactEmail"), "errors.pointer", hasItem("/reason"));
        as(officer).contentType(ContentType.JSON).body("{\"dailyUsers\": 5, \"reason\": \"   \"}").put(path)
                .then().statusCode(400).body("errors.pointer", hasItem("/reason"), "errors.pointer", hasItem("/version"));
        as("lead").get("/api/v1/organisations/" + slug).then().body("dailyUsers", equalTo(12_000_000));
    }

    @Test
    void theOfficersChangeIsVersionedAuditedAndShownOnTheCoveragePage() {
        long v = version();
        as(officer).contentType(ContentType.JSON)
                .body("{\"dailyUsers\": 800000, \"trafficSharePct\": 0.4, \"revenueKrw\": 900000000000, \"contactEmail\": \"dr@"
                        + slug + ".example\", \"reason\": \"2026년 3분기 이용자 감소 반영\", \"version\": " + v + "}")
                .put("/api/v1/organisations/" + slug + "/designation")
                .then().statusCode(200).body("dailyUsers", equalTo(800_000), "version", equalTo((int) v + 1),
                        "lastDesignationChange.changedBy", equalTo(officer), "lastDesignationChange.byRegulator", equalTo(false));
        as(officer).get("/api/v1/organisations/" + slug + "/designation/history").then().statusCode(200)
                .body("$", hasSize(1), "[0].changedBy", equalTo(officer), "[0].byRegulator", equalTo(false),
                        "[0].reason", equalTo("2026년 3분기 이용자 감소 반영"),
                        "[0].before.dailyUsers", equalTo(12_000_000), "[0].after.dailyUsers", equalTo(800_000),
                        "[0].before.trafficSharePct", equalTo(3.5f), "[0].after.trafficSharePct", equalTo(0.4f));
        as("admin").get("/api/v1/audit?subject=" + slug).then().statusCode(200)
                .body("action", hasItem("organisation.designation-changed"), "[0].actor", equalTo(officer),
                        "[0].detail", containsString("dailyUsers 12000000 → 800000"));
        // the operator's dashboard writes the figure as it was declared, not with the column's scale ("0.4000")
        String dashboard = Browserless.signIn(officer).get("/portal").asString();
        assertTrue(dashboard.contains("<dd>0.4</dd>") && !dashboard.contains("0.4000"), dashboard);
        String row = coverageRow(Browserless.signIn("reviewer").get("/regulator/coverage?size=200&sort=operator").asString(), slug);
        assertTrue(row.contains("cov-o-NOT_COVERED"), row);
        // a stale version is refused rather than overwriting
        as(officer).contentType(ContentType.JSON).body("{\"dailyUsers\": 1, \"reason\": \"다시\", \"version\": " + v + "}")
                .put("/api/v1/organisations/" + slug + "/designation").then().statusCode(409);
    }

    @Test
    void theRegulatorLeadCorrectsTheFiguresAndTheCorrectionIsFlagged() {
        long v = version();
        as("lead").contentType(ContentType.JSON)
                .body("{\"dailyUsers\": 15000000, \"trafficSharePct\": 3.5, \"revenueKrw\": 900000000000, "
                        + "\"reason\": \"통계청 자료로 정정\", \"version\": " + v + "}")
                .put("/api/v1/organisations/" + slug + "/designation")
                .then().statusCode(200).body("lastDesignationChange.byRegulator", equalTo(true));
        as(editor).get("/api/v1/organisations/" + slug + "/designation/history").then().statusCode(200)
                .body("[0].changedBy", equalTo("lead"), "[0].byRegulator", equalTo(true));
        as("admin").get("/api/v1/audit?subject=" + slug).then()
                .body("[0].action", equalTo("organisation.designation-corrected-by-regulator"), "[0].actor", equalTo("lead"));

        // nobody else: reviewers, the platform admin, tokens, another organisation's officer
        long now = version();
        String body = "{\"dailyUsers\": 1, \"reason\": \"무단 변경\", \"version\": " + now + "}";
        as("reviewer").contentType(ContentType.JSON).body(body).put("/api/v1/organisations/" + slug + "/designation").then().statusCode(403);
        as("admin").contentType(ContentType.JSON).body(body).put("/api/v1/organisations/" + slug + "/designation").then().statusCode(403);
        as("talk-officer").contentType(ContentType.JSON).body(body).put("/api/v1/organisations/" + slug + "/designation").then().statusCode(404);
        as("lead").contentType(ContentType.JSON).body(body).put("/api/v1/organisations/msit/designation").then().statusCode(403);
        as("lead").get("/api/v1/organisations/" + slug).then().body("dailyUsers", equalTo(15_000_000), "version", equalTo((int) now));
        as("lead").get("/api/v1/organisations/" + slug + "/designation/history").then().body("$", hasSize(1))
                .body("reason", not(hasItem("무단 변경")));
    }
}
