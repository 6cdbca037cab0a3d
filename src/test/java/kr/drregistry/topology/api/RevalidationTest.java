package kr.drregistry.topology.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.support.AcceptedFilings;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;

/**
 * FILING-FORMAT-V2 §2 F1 and issue 17 point 4: a submitted version's report is frozen with the provider's filing
 * version it resolved a {@code facilityRef} against; a later acceptance of the provider's filing never changes it.
 * Re-validation is the explicit action that judges the same content again under today's accepted filings and policy,
 * keeps the new report beside the version and says what changed.
 */
@QuarkusTest
class RevalidationTest {
    private static final String PW = "demo-pass-2026";

    private static String idcDocument(String slug, String hallGroups) {
        return """
                format: drr/v2
                operator: %s
                asOf: 2026-11-01
                sites:
                  - {id: hall-1, location: {lat: 37.40, lon: 127.10}, riskGroups: [%s]}
                  - {id: hall-2, location: {lat: 36.40, lon: 127.40}}
                services:
                  - {id: notice, tier: 3, dailyUsers: 10, entrypoints: [board]}
                components:
                  - id: board
                    kind: app
                    placements: [{site: hall-1, role: active}, {site: hall-2, role: active}]
                """.formatted(slug, hallGroups);
    }

    @Test
    void aNewlyAcceptedProviderFilingChangesNoFrozenReportUntilSomeoneRevalidates() {
        Tenants.Tenant idc = Tenants.fresh("reval-idc");
        Tenants.Tenant tenant = Tenants.fresh("reval-colo");
        String first = AcceptedFilings.accepted(idc, 2027, idcDocument(idc.slug(), "campus:one"));
        // the operator's own site shares the power feed power:feed-9 with... nothing it knows of yet
        String document = """
                format: drr/v2
                operator: %s
                asOf: 2026-11-01
                sites:
                  - {id: colo, facilityRef: %s/hall-1}
                  - {id: own, location: {lat: 37.41, lon: 127.11}, riskGroups: [power:feed-9]}
                services:
                  - {id: shop, tier: 1, dailyUsers: 1000000, rtoMinutes: 60, entrypoints: [app]}
                components:
                  - id: app
                    kind: app
                    placements: [{site: colo, role: active}, {site: own, role: active}]
                """.formatted(tenant.slug(), idc.slug());
        String mine = given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2027, \"title\": \"colo\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType("application/yaml")
                .header("If-Match", "\"d0\"").body(document.getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + mine + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(tenant.officer(), tenant.password()).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + mine + "/submit").then().statusCode(201);
        String frozenVersion = idc.slug() + " " + first + " v1";
        String reference = idc.slug() + "/hall-1";
        String findings = "/api/v1/filings/" + mine + "/versions/1/findings";
        given().auth().preemptive().basic(tenant.editor(), tenant.password()).get(findings).then().statusCode(200)
                .body("facilities.find { it.reference == '" + reference + "' }.filingVersion", equalTo(frozenVersion))
                .body("scenarios.find { it.id == 'power:feed-9' }.downServices", equalTo(List.of()));

        // the IDC's next filing says hall 1 hangs on the same power feed as the operator's own site
        String second = AcceptedFilings.accepted(idc, 2028, idcDocument(idc.slug(), "campus:one, power:feed-9"));

        // the frozen report does not move
        given().auth().preemptive().basic(tenant.editor(), tenant.password()).get(findings).then().statusCode(200)
                .body("facilities.find { it.reference == '" + reference + "' }.filingVersion", equalTo(frozenVersion));
        // nor do the version's pictures: they resolve as its frozen report did; the draft's see the newer filing
        Browserless editorPages = Browserless.signIn(tenant.editor());
        String versionPictures = editorPages.get("/filings/" + mine + "/pictures?version=1").then().statusCode(200)
                .extract().asString();
        assertTrue(versionPictures.contains(frozenVersion) && !versionPictures.contains(second),
                "the submitted version's site cards name the filing version its report used");
        String draftPictures = editorPages.get("/filings/" + mine + "/pictures").then().statusCode(200).extract().asString();
        assertTrue(draftPictures.contains(idc.slug() + " " + second + " v1"), "the draft's pictures see the newer filing");

        // re-validating is explicit, and says what changed
        JsonPath made = given().auth().preemptive().basic(tenant.editor(), tenant.password())
                .contentType(ContentType.JSON).post("/api/v1/filings/" + mine + "/versions/1/revalidations").then().statusCode(201)
                .body("facilitiesChanged.find { it.reference == '" + reference + "' }.frozen", equalTo(frozenVersion))
                .body("facilitiesChanged.find { it.reference == '" + reference + "' }.now", equalTo(idc.slug() + " " + second + " v1"))
                .body("report.scenarios.find { it.id == 'power:feed-9' }.downServices", equalTo(List.of("shop")))
                .extract().jsonPath();
        List<String> appeared = made.getList("appeared.rule");
        assertTrue(!appeared.isEmpty(), "losing both sites to one power feed is a new finding: " + made.prettify());
        assertTrue(made.getList("appeared.scenario").contains("power:feed-9") || made.getString("appeared").contains("power:feed-9"),
                "the new findings are about the shared feed: " + made.getString("appeared"));
        assertEquals(made.getString("policy.version"), made.getString("frozenPolicy.version"), "the same policy, only the IDC changed");

        // kept beside the version, the frozen report still untouched
        given().auth().preemptive().basic(tenant.editor(), tenant.password())
                .get("/api/v1/filings/" + mine + "/versions/1/revalidations").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].madeBy", equalTo(tenant.editor()));
        given().auth().preemptive().basic(tenant.editor(), tenant.password()).get(findings).then().statusCode(200)
                .body("facilities.find { it.reference == '" + reference + "' }.filingVersion", equalTo(frozenVersion));
        assertTrue(Arc.container().instance(AuditTrail.class).get().latest(mine, 10).stream()
                .anyMatch(e -> e.action.equals("version.revalidated") && e.actor.equals(tenant.editor())), "audited");

        // the pages: the operator's version page and the reviewer's review page show it, and a reviewer may re-validate
        String page = Browserless.signIn(tenant.editor()).get("/filings/" + mine + "/versions/1").then().statusCode(200)
                .extract().asString();
        assertTrue(page.contains("id=\"revalidations\"") && page.contains("제출 때와 달라졌습니다"), "the version page shows the change");
        assertTrue(page.contains("action=\"/filings/" + mine + "/versions/1/revalidate\""), "and offers to re-validate");
        Browserless reviewer = Browserless.signIn("reviewer");
        String review = "/regulator/filings/" + mine + "/versions/1";
        given().cookies(reviewer.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .formParam("csrf-token", reviewer.csrfToken(review)).post("/filings/" + mine + "/versions/1/revalidate")
                .then().statusCode(303).header("Location", containsString(review + "#revalidations"));
        String reviewPage = reviewer.get(review).then().statusCode(200).extract().asString();
        assertEquals(2, timesInRevalidations(reviewPage), "both re-validations are listed on the review page");

        // another organisation does not see the version; a form without its CSRF token is refused
        Tenants.Tenant stranger = Tenants.fresh("reval-other");
        given().auth().preemptive().basic(stranger.editor(), stranger.password())
                .contentType(ContentType.JSON).post("/api/v1/filings/" + mine + "/versions/1/revalidations").then().statusCode(404);
        Browserless editor = Browserless.signIn(tenant.editor());
        given().cookies(editor.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .post("/filings/" + mine + "/versions/1/revalidate").then().statusCode(403);
    }

    /** The re-validations listed on a page: the {@code <time>} elements of its re-validations section. */
    private static int timesInRevalidations(String page) {
        int start = page.indexOf("id=\"revalidations\"");
        assertTrue(start > 0, "the page has a re-validations section");
        String section = page.substring(start, page.indexOf("</section>", start));
        return section.split("<time datetime=", -1).length - 1;
    }
}
