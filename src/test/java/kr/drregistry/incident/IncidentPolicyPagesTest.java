package kr.drregistry.incident;

import kr.drregistry.rules.Josa;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;

/**
 * The regulator's page of incident reporting policies: everyone at the regulator reads every version in words; the
 * lead previews, publishes and activates versions through forms; refused documents keep the text and store nothing.
 */
@QuarkusTest
class IncidentPolicyPagesTest {
    private static final String PW = Browserless.PASSWORD;
    private static final String PAGE = "/regulator/incidents/policies";

    static Response post(Browserless who, String path, Map<String, String> form) {
        String csrf = who.csrfToken(PAGE); // first: it sets the CSRF cookie that the POST must carry
        return given().redirects().follow(false).cookies(who.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).formParam("csrf-token", csrf).post(path);
    }

    static String activeDocument() {
        return given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incident-policies/active").then().statusCode(200)
                .extract().asString();
    }

    static String activeVersion() {
        return given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incident-policies/active").then().statusCode(200)
                .extract().path("version");
    }

    static int storedVersions() {
        return given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incident-policies").then().statusCode(200)
                .extract().jsonPath().getList("$").size();
    }

    /** The text of the page's policy textarea, unescaped. */
    static String textarea(String page) {
        int start = page.indexOf('>', page.indexOf("id=\"pol-document\"")) + 1;
        return unescape(page.substring(start, page.indexOf("</textarea>", start)));
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    static void restoreKoreanDefault() {
        given().auth().preemptive().basic("lead", PW).contentType(ContentType.JSON)
                .post("/api/v1/incident-policies/incident-kr/2026.1/activate").then().statusCode(200);
    }

    @Test
    void theLeadPreviewsPublishesAndActivatesANewVersionThatNewIncidentsUse() {
        restoreKoreanDefault();
        Browserless lead = Browserless.signIn("lead");
        String page = lead.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("활성 정책: incident-kr 버전 2026.1"), "the active policy is shown");
        assertTrue(page.contains("탐지 후 1시간 이내") && page.contains("복구 후 1개월 이내"), "deadlines in words");
        assertTrue(page.contains("10분 이상 서비스가 중단되면 보고합니다") && page.contains("2시간 이상 중단되면 이용자에게 알립니다"), "thresholds in words");
        assertTrue(page.contains("원인 분류 <code>/cause/category</code>"), "required fields, labelled as on the report form");
        assertTrue(page.contains("incident-dora") && page.contains("이 버전 활성화"), "other versions can be activated");
        assertTrue(page.contains("<h2 id=\"versions-title\">버전 기록 (") && page.contains("<th scope=\"col\">변경 메모</th>")
                && page.contains("보는 중"), "the versions table both policy pages share");
        String prefilled = textarea(page);
        assertTrue(prefilled.contains("\"id\" : \"incident-kr\"") && !prefilled.contains("\"version\" : \"2026.1\""),
                "the form holds the active document with a new version: " + prefilled.substring(0, 80));
        assertTrue(prefilled.contains("\"version\" : \"2026.2\""), "the first version number not used yet");

        String version = "2026.7" + System.nanoTime() % 100_000;
        String doc = prefilled.replaceFirst("\"version\" : \"[^\"]+\"", "\"version\" : \"" + version + "\"").replace("\"PT1H\"", "\"PT2H\"");
        int before = storedVersions();
        try {
            String preview = post(lead, PAGE, Map.of("document", doc, "activate", "true", "action", "preview"))
                    .then().statusCode(200).extract().asString();
            assertTrue(preview.contains("미리 보기: 정책 incident-kr 버전 " + version), "the preview names the typed version");
            int at = preview.indexOf("id=\"pol-preview\"");
            assertTrue(preview.substring(at, preview.indexOf("</section>", at)).contains("탐지 후 2시간 이내"), "the preview renders the typed deadline");
            assertEquals(doc, textarea(preview), "the typed text stays");
            assertEquals(before, storedVersions(), "a preview stores nothing");
            assertEquals("2026.1", activeVersion());

            Response published = post(lead, PAGE, Map.of("document", doc, "activate", "true", "action", "publish"));
            published.then().statusCode(303);
            String location = published.getHeader("Location");
            assertTrue(location.contains("notice=published-active") && location.contains("version=" + version), location);
            assertEquals(version, activeVersion(), "the published version is active");
            assertEquals(before + 1, storedVersions());
            String after = lead.get(location.replaceFirst("^https?://[^/]+", "")).then().statusCode(200).extract().asString();
            assertTrue(after.contains("버전 " + Josa.attach(version, "을/를") + " 게시했고 이제 새 사고에 적용됩니다"), "the page confirms");
            assertTrue(after.contains("탐지 후 2시간 이내"));

            // a new incident is reported under it: its first stage is due two hours after detection
            Instant detected = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
            given().auth().oauth2(Api.token(Tenants.fresh("policy-pages").officer(), "read,submit")).contentType(ContentType.JSON)
                    .body("{\"title\": \"정책 화면 시험\", \"detectedAt\": \"" + detected + "\"}").post("/api/v1/incidents")
                    .then().statusCode(201).body("policy.version", equalTo(version),
                            "stages[0].dueAt", equalTo(detected.plus(2, ChronoUnit.HOURS).toString()));

            // the same version again is refused as a conflict, the text kept
            String again = post(lead, PAGE, Map.of("document", doc, "action", "publish")).then().statusCode(409).extract().asString();
            assertTrue(again.contains("이미 게시되었습니다"), "a used version is named");
            assertEquals(doc, textarea(again));
            assertEquals(before + 1, storedVersions());

            // activating another version through its button
            Response activated = post(lead, PAGE + "/activate", Map.of("id", "incident-kr", "version", "2026.1"));
            activated.then().statusCode(303);
            assertEquals("2026.1", activeVersion());
            List<Map<String, Object>> audit = given().auth().preemptive().basic("lead", PW)
                    .get("/api/v1/audit?subject=incident-kr@2026.1").then().statusCode(200).extract().jsonPath().getList("$");
            assertTrue(audit.stream().anyMatch(a -> "incident-policy.activated".equals(a.get("action")) && "lead".equals(a.get("actor"))),
                    "activation is audited: " + audit);
        } finally {
            restoreKoreanDefault();
        }
    }

    @Test
    void anInvalidDocumentIsRefusedWithItsPointersTheTextKeptAndNothingStored() {
        Browserless lead = Browserless.signIn("lead");
        int before = storedVersions();
        String active = activeVersion();
        String doc = activeDocument().replaceFirst("\"version\" : \"[^\"]+\"", "\"version\" : \"2099.1\"")
                .replace("\"PT1H\"", "\"an hour\"").replace("\"detection\"", "\"detected\"") + "  <b>";
        String bad = doc.substring(0, doc.length() - 5) + "\n";
        String page = post(lead, PAGE, Map.of("document", bad, "activate", "true", "action", "publish")).then().statusCode(400).extract().asString();
        assertTrue(page.contains("아무것도 저장되지 않았습니다"), "the page says nothing was saved");
        assertTrue(page.contains("<code>/stages/0/deadlines/0/within</code>") && page.contains("<code>/stages/0/deadlines/0/after</code>"),
                "each problem at its JSON Pointer");
        assertEquals(bad, textarea(page), "the typed text stays exactly");

        String broken = "{\"id\": \"incident-kr\", \"version\": <script>";
        String syntax = post(lead, PAGE, Map.of("document", broken, "action", "preview")).then().statusCode(400).extract().asString();
        assertTrue(syntax.contains("JSON 구문 오류"), "broken JSON is named");
        assertEquals(broken, textarea(syntax));
        assertFalse(syntax.contains("\"version\": <script>"), "the text is escaped");

        String huge = "{\"pad\": \"" + "가".repeat(30_000) + "\"}";
        String tooLarge = post(lead, PAGE, Map.of("document", huge, "action", "publish")).then().statusCode(413).extract().asString();
        assertTrue(tooLarge.contains("문서가 너무 큽니다") && tooLarge.contains("최대 65536바이트"), "the size limit is named");

        assertEquals(before, storedVersions(), "nothing stored");
        assertEquals(active, activeVersion());
    }

    @Test
    void reviewersReadWithoutControlsAndOperatorsHaveNoAccess() {
        Browserless reviewer = Browserless.signIn("reviewer");
        String page = reviewer.get(PAGE).then().statusCode(200).extract().asString();
        assertTrue(page.contains("incident-kr") && page.contains("incident-dora") && page.contains("탐지 후"), "the reviewer reads the policies");
        assertTrue(page.contains("심사총괄만"), "and is told who edits");
        assertFalse(page.contains("name=\"document\"") || page.contains("/activate\""), "no publish or activate controls");
        assertTrue(reviewer.get("/regulator/incidents").asString().contains("href=\"/regulator/incidents/policies\""), "linked from the incidents page");
        String english = given().cookies(reviewer.cookies()).cookie("drr-lang", "en").accept("text/html")
                .get(PAGE + "?id=incident-dora&version=2025.1").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Policy incident-dora version 2025.1 (not active, read-only)"), "an older version, in English");
        assertTrue(english.contains("within 4 h of classification") && english.contains("within 24 h of detection")
                && english.contains("within 1 month of the previous stage&#39;s report"), "DORA's deadlines in English words");
        assertTrue(english.contains("the earliest one whose starting point is known applies"), "several deadlines: the earliest counts");
        int before = storedVersions();
        String doc = activeDocument().replaceFirst("\"version\" : \"[^\"]+\"", "\"version\" : \"2099.2\"");
        assertEquals(403, post(reviewer, PAGE, Map.of("document", doc, "activate", "true", "action", "publish")).statusCode());
        assertEquals(403, post(reviewer, PAGE + "/activate", Map.of("id", "incident-dora", "version", "2025.1")).statusCode());
        assertEquals(before, storedVersions());
        assertEquals("incident-kr", given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incident-policies/active").path("id"));

        Browserless operator = Browserless.signIn(Tenants.fresh("policy-operator").officer());
        assertEquals(403, operator.get(PAGE).statusCode());
        assertEquals(403, operator.get(PAGE + "?id=incident-dora&version=2025.1").statusCode());
    }
}
