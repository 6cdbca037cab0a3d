package kr.drregistry.review.web;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/**
 * Submitted Kakao-like filings for the review page tests, all of one organisation that the test owns (so any plan year
 * is free: a filing takes {@link #YEAR} unless the test asks for another).
 */
public final class ReviewFilings {
    public static final String PW = Browserless.PASSWORD;
    /** The plan year of a test's filing (that of examples/plan-example-talk-2026.json). */
    public static final int YEAR = 2027;

    /** The talk SPOF of the Kakao-like example: present in every revision the tests make. */
    public static final String TALK = "SPOF-002|service|talk|campus:pangyo";
    /** A pay SPOF: gone once the revision makes pay a tier-2 service. */
    public static final String PAY = "SPOF-002|service|pay|campus:pangyo";

    private final Tenant tenant;

    private ReviewFilings(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Filings of a new organisation named after {@code purpose} (call it inside the running app, e.g. from a test's field). */
    public static ReviewFilings ofNewTenant(String purpose) {
        return new ReviewFilings(Tenants.fresh(purpose));
    }

    public Tenant tenant() {
        return tenant;
    }

    public String editor() {
        return tenant.editor();
    }

    public String officer() {
        return tenant.officer();
    }

    public String kakao() {
        return Api.kakao(tenant);
    }

    /** The revision: pay becomes tier 2, so its tier-1 findings are resolved; talk's stay. */
    public String revised() {
        String y = kakao().replace("  - id: pay\n    name: Payments\n    tier: 1", "  - id: pay\n    name: Payments\n    tier: 2");
        if (y.equals(kakao())) {
            throw new AssertionError("the example changed: pay is no longer a tier-1 service");
        }
        return y;
    }

    /** A topology filing with the Kakao-like example submitted as version 1 (by the officer). */
    public String submittedKakao(String title) {
        String id = Api.create(Api.as(tenant.editor()), "TOPOLOGY", YEAR, title);
        saveAndSubmit(id, kakao(), 0);
        return id;
    }

    /** A plan filing with examples/plan-example-talk-2026.json (whose plan year is {@link #YEAR}) submitted as version 1. */
    public String submittedPlan(String title) {
        String id = Api.create(Api.as(tenant.editor()), "PLAN", YEAR, title);
        Api.saveJson(Api.as(tenant.editor()), id, 0, Api.plan());
        Api.submit(Api.as(tenant.officer()), id);
        return id;
    }

    /** Saves {@code yaml} as the draft (If-Match draft version {@code draftVersion}) and submits it. */
    public void saveAndSubmit(String id, String yaml, long draftVersion) {
        Api.saveYaml(Api.as(tenant.editor()), id, draftVersion, yaml);
        Api.submit(Api.as(tenant.officer()), id);
    }

    public Response filing(String id) {
        return Api.as(tenant.editor()).accept(ContentType.JSON).get("/api/v1/filings/" + id);
    }

    public static Response record(String id, int n) {
        return Api.as("reviewer").accept(ContentType.JSON).get("/api/v1/filings/" + id + "/versions/" + n + "/review");
    }

    /** How many audit entries with {@code action} the filing has (read by the lead through the API). */
    public static long audits(String id, String action) {
        java.util.List<String> actions = Api.as("lead").accept(ContentType.JSON)
                .get("/api/v1/audit?subject=" + id + "&limit=1000").then().statusCode(200).extract().path("action");
        return actions.stream().filter(action::equals).count();
    }
}
