package kr.drregistry.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * {@code DRR_DEMO_ENABLED=false}, as a real deployment runs: no demo organisation, account or filing exists, seeding
 * makes nothing, and the sign-in page names no demo account or password.
 */
@QuarkusTest
@TestProfile(DemoOffTest.DemoOff.class)
class DemoOffTest {
    /** Demo data off (its own Quarkus start and database). */
    public static class DemoOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("drr.demo.enabled", "false", "drr.demo.filings", "true");
        }
    }

    @Inject
    DemoData demo;
    @Inject
    EntityManager em;

    private long count(String table) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from " + table)
                .getSingleResult()).longValue());
    }

    @Test
    void nothingIsSeededAndTheSignInPageNamesNoDemoAccount() {
        for (String language : List.of("ko", "en")) {
            String login = given().header("Accept-Language", language).get("/login").then().statusCode(200).extract().asString();
            assertTrue(login.contains("id=\"login-form\""), "the sign-in form is there");
            assertFalse(login.contains("data-demo-user") || login.contains("demo-pass-2026") || login.contains("체험용 계정")
                    || login.contains("Demo accounts"), "no demo account is shown");
        }
        given().auth().preemptive().basic("talk-editor", "demo-pass-2026").get("/api/v1/me").then().statusCode(401);

        assertEquals(0, demo.seed().accounts(), "seeding does nothing when demo data is off");
        for (String table : List.of("organisation", "app_user", "filing", "demo_seed")) {
            assertEquals(0, count(table), table + " is empty");
        }
    }
}
