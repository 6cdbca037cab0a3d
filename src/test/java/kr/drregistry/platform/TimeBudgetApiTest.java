package kr.drregistry.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import kr.drregistry.support.Browserless;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A validation over its time budget is stopped and answered with the budget problem (issue 15). The budget here is
 * one millisecond, so that every check runs out of it at its first step.
 */
@QuarkusTest
@TestProfile(TimeBudgetApiTest.OneMillisecond.class)
class TimeBudgetApiTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("time-budget");

    private static final String PW = "demo-pass-2026";

    public static class OneMillisecond implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("drr.budget.time", "PT0.001S");
        }
    }

    @Test
    void aValidationOverTheTimeBudgetIsStoppedWith503NamingTheLimit() throws Exception {
        given().auth().preemptive().basic(tenant.editor(), PW).contentType("application/yaml")
                .body(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml"))).post("/api/v1/validate")
                .then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:time-budget-exceeded"))
                .body("limit.name", equalTo("drr.budget.time"), "limit.value", equalTo("PT0.001S"))
                .body("errors[0].messageKo", containsString("drr.budget.time"));
    }

    @Test
    void aDraftSaveOverTheTimeBudgetStoresNothing() throws Exception {
        String id = BudgetPages.newTopology(tenant.editor(), 2093);
        given().auth().preemptive().basic(tenant.editor(), PW).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(tenant.own(Files.readString(Path.of("examples", "kakao-like-2022.yaml"))).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft")
                .then().statusCode(503).body("type", equalTo("urn:drr:problem:time-budget-exceeded"));
        given().auth().preemptive().basic(tenant.editor(), PW).get("/api/v1/filings/" + id)
                .then().statusCode(200).header("ETag", "\"d0\"");
    }

    @Test
    void thePortalShowsTheTimeRefusalInItsLanguageAndKeepsTheText() throws Exception {
        Browserless editor = Browserless.signIn(tenant.editor());
        String page = BudgetPages.workspace(tenant.editor(), 2094);
        String doc = tenant.own(Files.readString(Path.of("examples", "kakao-like-2022.yaml")));
        String check = BudgetPages.post(editor, page + "/check", page, "document", doc).then().statusCode(200)
                .extract().asString();
        assertTrue(check.contains("처리 시간 한도를 넘었습니다") && check.contains("drr.budget.time"), check);
        String saved = BudgetPages.post(editor, page, page, "document", doc + "# typed\n", "draftVersion", 0)
                .then().statusCode(503).extract().asString();
        assertTrue(saved.contains("# typed") && saved.contains("처리 시간 한도를 넘었습니다"), saved);
    }
}
