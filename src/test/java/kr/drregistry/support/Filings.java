package kr.drregistry.support;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Tenants.Tenant;

/**
 * Filings made through the API (Basic auth, If-Match) for the page and review tests, all of one organisation that the
 * test owns: every plan year is free in it, so a filing takes {@link #YEAR} unless the test asks for another.
 * Make one per test, e.g. as a field of the test instance ({@code Filings.ofNewTenant("purpose")}), inside the app.
 */
public final class Filings {
    public static final String PW = Browserless.PASSWORD;
    /** The plan year of a test's filing (that of examples/plan-example-talk-2026.json; any year would do). */
    public static final int YEAR = 2027;

    /** The talk SPOF of the Kakao-like example: present in every revision the tests make. */
    public static final String TALK = "SPOF-002|service|talk|campus:pangyo";
    /** A pay SPOF: gone once the revision makes pay a tier-2 service. */
    public static final String PAY = "SPOF-002|service|pay|campus:pangyo";

    private final Tenant tenant;

    private Filings(Tenant tenant) {
        this.tenant = tenant;
    }

    /** Filings of a new organisation named after {@code purpose}. */
    public static Filings ofNewTenant(String purpose) {
        return new Filings(Tenants.fresh(purpose));
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

    /** Creates a filing of {@code type} for {@code planYear} as the editor (its title ends with the year). */
    public String create(String type, int planYear, String title) {
        return Api.create(Api.as(tenant.editor()), type, planYear, title + " " + planYear);
    }

    /** Creates a filing of {@code type} for {@link #YEAR} as the editor. */
    public String create(String type, String title) {
        return create(type, YEAR, title);
    }

    /** The Kakao-like example as this organisation's topology. */
    public byte[] kakao() {
        return Api.kakao(tenant).getBytes(StandardCharsets.UTF_8);
    }

    /** The revision of the Kakao-like example: pay becomes tier 2, so its tier-1 findings are resolved; talk's stay. */
    public String revised() {
        String kakao = Api.kakao(tenant);
        String y = kakao.replace("  - id: pay\n    name: Payments\n    tier: 1", "  - id: pay\n    name: Payments\n    tier: 2");
        if (y.equals(kakao)) {
            throw new AssertionError("the example changed: pay is no longer a tier-1 service");
        }
        return y;
    }

    /** A topology filing with the Kakao-like example saved as its draft (draft version 1). */
    public String topologyWithKakaoDraft() {
        String id = create("TOPOLOGY", "DR 구성");
        Api.saveYaml(Api.as(tenant.editor()), id, 0, Api.kakao(tenant));
        return id;
    }

    /** Submits through the API as the officer (for tests about versions rather than the sign-off). */
    public String submitted() {
        String id = topologyWithKakaoDraft();
        Api.submit(Api.as(tenant.officer()), id);
        return id;
    }

    /** A topology titled {@code title} for {@code planYear}, created by the officer, with the Kakao-like example submitted. */
    public String submitted(String title, int planYear) {
        String id = Api.create(Api.as(tenant.officer()), "TOPOLOGY", planYear, title);
        Api.saveYaml(Api.as(tenant.officer()), id, 0, Api.kakao(tenant));
        Api.submit(Api.as(tenant.officer()), id);
        return id;
    }

    /** A topology titled {@code title} for {@link #YEAR}, created by the officer, with the Kakao-like example submitted. */
    public String submitted(String title) {
        return submitted(title, YEAR);
    }

    /** A topology titled {@code title} for {@link #YEAR}, created by the editor, with the Kakao-like example submitted. */
    public String submittedKakao(String title) {
        String id = Api.create(Api.as(tenant.editor()), "TOPOLOGY", YEAR, title);
        saveAndSubmit(id, Api.kakao(tenant), 0);
        return id;
    }

    /** Saves {@code yaml} as the draft (If-Match draft version {@code draftVersion}) and submits it as the officer. */
    public void saveAndSubmit(String id, String yaml, long draftVersion) {
        Api.saveYaml(Api.as(tenant.editor()), id, draftVersion, yaml);
        Api.submit(Api.as(tenant.officer()), id);
    }

    public static byte[] plan() {
        return Api.plan().getBytes(StandardCharsets.UTF_8);
    }

    /** A plan filing with the example plan submitted as version 1 (draft version 1). */
    public String planSubmitted() {
        return submittedPlan("재난관리계획 " + YEAR);
    }

    /** A plan filing titled {@code title} with the example plan (plan year {@link #YEAR}) submitted as version 1. */
    public String submittedPlan(String title) {
        String id = Api.create(Api.as(tenant.editor()), "PLAN", YEAR, title);
        Api.saveJson(Api.as(tenant.editor()), id, 0, Api.plan());
        Api.submit(Api.as(tenant.officer()), id);
        return id;
    }

    public Response filing(String id) {
        return Api.as(tenant.editor()).accept(ContentType.JSON).get("/api/v1/filings/" + id);
    }

    public static Response review(String id, String body) {
        return Api.review(id, body);
    }

    /** The reviewer starts the review and asks for changes, with a reason and a due date. */
    public static void changesRequested(String id, String reason) {
        review(id, "{\"move\": \"START_REVIEW\", \"version\": 1}").then().statusCode(200);
        Api.as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("move", "REQUEST_CHANGES", "version", 1, "reason", reason, "dueDate", "2061-03-31"))
                .post("/api/v1/filings/" + id + "/review").then().statusCode(200);
    }

    /** The review record of version {@code n} as the reviewer reads it. */
    public static Response record(String id, int n) {
        return Api.as("reviewer").accept(ContentType.JSON).get("/api/v1/filings/" + id + "/versions/" + n + "/review");
    }

    /** The key of the first finding of version 1. */
    public static String firstFindingKey(String id) {
        Map<String, Object> finding = Api.as("reviewer").get("/api/v1/filings/" + id + "/versions/1/findings?view=full").then().statusCode(200)
                .extract().path("findings[0]");
        @SuppressWarnings("unchecked")
        Map<String, String> subject = (Map<String, String>) finding.get("subject");
        return finding.get("rule") + "|" + subject.get("kind") + "|" + subject.get("id") + "|"
                + (finding.get("scenario") == null ? "" : finding.get("scenario"));
    }

    /** How many audit entries with {@code action} the filing has (read by the lead through the API). */
    public static long audits(String id, String action) {
        java.util.List<String> actions = Api.as("lead").accept(ContentType.JSON)
                .get("/api/v1/audit?subject=" + id + "&limit=1000").then().statusCode(200).extract().path("action");
        return actions.stream().filter(action::equals).count();
    }
}
