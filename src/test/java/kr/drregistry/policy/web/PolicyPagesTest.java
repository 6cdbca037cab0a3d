package kr.drregistry.policy.web;

import kr.drregistry.rules.Josa;
import static io.restassured.RestAssured.given;
import static kr.drregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;

/** The lead edits the validation policy as a new version; reviewers read it; operators have no access. */
@QuarkusTest
class PolicyPagesTest {

    static JsonPath active() {
        return new JsonPath(as("reviewer").get("/api/v1/policies/active").then().statusCode(200).extract().asString());
    }

    /** The form as the page would post it, filled with the active policy. */
    static Map<String, String> form(JsonPath p, String version, String note) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("base", p.getString("version"));
        f.put("version", version);
        f.put("titleKo", p.getString("title.ko"));
        f.put("titleEn", p.getString("title.en"));
        f.put("note", note);
        Map<String, Map<String, Object>> rules = p.getMap("rules");
        rules.forEach((id, r) -> {
            f.put("sev_" + id, (String) r.get("severity"));
            if (Boolean.TRUE.equals(r.get("enabled"))) {
                f.put("on_" + id, "true");
            }
            @SuppressWarnings("unchecked")
            Map<String, String> basis = (Map<String, String>) r.get("basis");
            f.put("bko_" + id, basis.get("ko"));
            f.put("ben_" + id, basis.get("en"));
        });
        Map<String, Object> params = p.getMap("parameters");
        params.forEach((k, v) -> f.put("p_" + k, String.valueOf(v)));
        return f;
    }

    static Response post(Browserless who, Map<String, String> form, String action) {
        String csrf = who.csrfToken("/regulator/policy"); // first: it sets the CSRF cookie that the POST must carry
        return given().redirects().follow(false).cookies(who.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).formParam("action", action).formParam("csrf-token", csrf)
                .post("/regulator/policy");
    }

    static int versions() {
        return as("reviewer").get("/api/v1/policies").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** The error shown at a field: the text of the element with id {@code <fieldId>-err}. */
    static String errorAt(String page, String fieldId) {
        int at = page.indexOf("id=\"" + fieldId + "-err\"");
        assertTrue(at > 0, "an error is shown at " + fieldId);
        return page.substring(at, page.indexOf("</p>", at));
    }

    @Test
    void badInputIsRefusedAtItsFieldsAndNothingIsSaved() {
        JsonPath before = active();
        int count = versions();
        Browserless lead = Browserless.signIn("lead");
        Map<String, String> f = form(before, "2066.1", "");
        f.put("sev_SPOF-001", "urgent");
        f.put("p_geo.minDistanceKm", "-5");
        f.put("p_concentration.sameSiteKm", "half");
        f.remove("p_drill.maxAgeMonths");
        f.put("bko_GEO-001", " ");
        String page = post(lead, f, "save").then().statusCode(400).extract().asString();
        assertTrue(page.contains("아무것도 저장되지 않았습니다"), "the page says nothing was saved");
        assertTrue(errorAt(page, "sev-SPOF-001").contains("알 수 없는 심각도 ‘urgent’"));
        assertTrue(errorAt(page, "p-geo-minDistanceKm").contains("0 이상"));
        assertTrue(errorAt(page, "p-concentration-sameSiteKm").contains("‘half’는 숫자가 아닙니다"));
        assertTrue(errorAt(page, "p-drill-maxAgeMonths").contains("값이 없습니다"));
        assertTrue(errorAt(page, "bko-GEO-001").contains("필수"));
        assertTrue(errorAt(page, "p-note").contains("변경 메모"));
        assertTrue(page.contains("value=\"-5\""), "what was typed stays in the form");
        assertEquals(before.getString("version"), active().getString("version"));
        assertEquals(count, versions(), "nothing saved");

        // a version number in use is refused too; an unchanged policy is not a new version
        String taken = post(lead, form(before, before.getString("version"), "같은 번호"), "save").then().statusCode(400).extract().asString();
        assertTrue(errorAt(taken, "p-version").contains("이미 있습니다"));
        String same = post(lead, form(before, "2066.2", "바뀐 것 없음"), "save").then().statusCode(400).extract().asString();
        assertTrue(same.contains("이전 버전과 같습니다"));
        assertEquals(count, versions());
    }

    @Test
    void theLeadPreviewsThenSavesANewActiveVersionWithANoteAndTheChangeIsAuditedAndUsedByNewValidations() throws Exception {
        JsonPath before = active();
        String oldVersion = before.getString("version");
        String document = as("lead").get("/api/v1/policies/active").asString();
        Browserless lead = Browserless.signIn("lead");
        String page = lead.get("/regulator/policy").then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"sev_SPOF-001\"") && page.contains("name=\"p_geo.minDistanceKm\""), "the lead gets the form");
        assertTrue(page.contains("SPOF-001") && page.contains("geo.minDistanceKm"));
        assertTrue(page.contains("<h2 id=\"versions-title\">버전 기록 (") && page.contains("<th scope=\"col\">상태</th>")
                && page.contains("보는 중") && !page.contains("이 버전 활성화"),
                "the versions table both policy pages share; a validation policy is activated by publishing it, not by a button");
        // every parameter is described in words, the coverage thresholds too (they had no words before)
        for (String words : List.of("주·백업 사이트 최소 거리 (km, GEO-001)", "신고 대상 부가통신사업자: 하루 평균 이용자 수 기준 (명)",
                "신고 대상 집적정보통신시설사업자: 매출액 기준 적용 (1 = 적용, 0 = 적용 안 함)")) {
            assertTrue(page.contains("<label for=\"p-") && page.contains(words + "</label>"), "a parameter's label: " + words);
        }

        String newVersion = "2064." + System.nanoTime() % 100_000;
        Map<String, String> f = form(before, newVersion, "GEO-001 거리 기준을 45km로 강화 (시험)");
        f.put("p_geo.minDistanceKm", "45");
        f.put("sev_DRILL-002", "low".equals(f.get("sev_DRILL-002")) ? "info" : "low");
        try {
            String preview = post(lead, f, "preview").then().statusCode(200).extract().asString();
            int diff = preview.indexOf("exp-diff-table");
            assertTrue(diff > 0, "the preview shows what would change");
            String table = preview.substring(diff, preview.indexOf("</table>", diff));
            assertTrue(table.contains("geo.minDistanceKm") && table.contains("<del>30</del>") && table.contains("<ins>45</ins>"), table);
            assertTrue(table.contains("DRILL-002") && table.contains("severity"), table);
            assertEquals(oldVersion, active().getString("version"), "a preview saves nothing");

            Response saved = post(lead, f, "save");
            saved.then().statusCode(303);
            assertTrue(saved.getHeader("Location").contains("/regulator/policy?saved=" + newVersion));
            JsonPath now = active();
            assertEquals(newVersion, now.getString("version"), "the new version is active");
            assertEquals(45, now.getInt("parameters.'geo.minDistanceKm'"));
            List<Map<String, Object>> list = as("reviewer").get("/api/v1/policies").jsonPath().getList("$");
            assertEquals(1, list.stream().filter(v -> Boolean.TRUE.equals(v.get("active"))).count(), "one active version");
            assertTrue(list.stream().anyMatch(v -> newVersion.equals(v.get("version")) && "lead".equals(v.get("createdBy"))
                    && "GEO-001 거리 기준을 45km로 강화 (시험)".equals(v.get("changeNote"))));

            String after = lead.get("/regulator/policy?saved=" + newVersion).asString();
            assertTrue(after.contains("버전 " + Josa.attach(newVersion, "을/를") + " 저장했고"), "the page confirms the save");
            assertTrue(after.contains("<del>30</del>") && after.contains("<ins>45</ins>"), "and shows what changed");
            assertTrue(after.contains("GEO-001 거리 기준을 45km로 강화"), "the note is in the version list");

            List<Map<String, Object>> audit = as("lead").get("/api/v1/audit?subject=kr-msit@" + newVersion).then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertEquals("policy.published", audit.get(0).get("action"));
            String detail = (String) audit.get(0).get("detail");
            assertTrue(detail.contains("geo.minDistanceKm value 30 → 45") && detail.contains("note: GEO-001"), detail);

            // new validations name the new policy; versions submitted before keep theirs
            as("talk-editor").contentType("application/yaml").body(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml")))
                    .post("/api/v1/validate").then().statusCode(200)
                    .body("policy.version", org.hamcrest.Matchers.equalTo(newVersion));

            // the older version is read-only, with its own diff
            String old = lead.get("/regulator/policy?id=kr-msit&version=" + oldVersion).then().statusCode(200).extract().asString();
            assertFalse(old.contains("name=\"sev_SPOF-001\""), "older versions are not editable");
            assertTrue(old.contains("(읽기 전용)"));
            assertTrue(old.contains("id=\"diff-title\""), "an older version shows what it changed");
            String asReviewer = Browserless.signIn("reviewer").get("/regulator/policy").asString();
            assertTrue(asReviewer.contains("<ins>45</ins>"), "reviewers see what the active version changed");
        } finally {
            // put the shipped numbers back (as a newer version) for the other test classes
            String restore = document.replace("\"version\" : \"" + oldVersion + "\"", "\"version\" : \"" + oldVersion + "-r" + System.nanoTime() % 100_000 + "\"");
            as("lead").contentType(ContentType.JSON).queryParam("note", "restore after test").body(restore)
                    .post("/api/v1/policies").then().statusCode(201);
            assertEquals(30, active().getInt("parameters.'geo.minDistanceKm'"));
        }
    }

    @Test
    void aSaveOnTopOfAVersionAnotherLeadPublishedMeanwhileIsRefusedAndKeepsWhatWasTyped() {
        JsonPath before = active();
        String oldVersion = before.getString("version");
        Browserless lead = Browserless.signIn("lead");
        String page = lead.get("/regulator/policy").then().statusCode(200).extract().asString();
        assertTrue(page.contains("name=\"base\" value=\"" + oldVersion + "\""), "the form says which version it was filled from");
        Map<String, String> f = form(before, "2065." + System.nanoTime() % 100_000, "거리 기준 46km");
        f.put("p_geo.minDistanceKm", "46");

        // meanwhile another lead publishes (same numbers, a new version) through the API
        String other = oldVersion + "-m" + System.nanoTime() % 100_000;
        String document = as("lead").get("/api/v1/policies/active").asString()
                .replace("\"version\" : \"" + oldVersion + "\"", "\"version\" : \"" + other + "\"");
        as("lead").contentType(ContentType.JSON).queryParam("note", "동시 편집 시험").queryParam("basedOn", oldVersion).body(document)
                .post("/api/v1/policies").then().statusCode(201);
        int stored = versions();

        Response refused = post(lead, f, "save");
        assertEquals(409, refused.statusCode());
        String html = refused.asString();
        assertTrue(html.contains("버전 " + Josa.attach(other, "을/를") + " 게시했습니다"), "the lead is told who published what meanwhile");
        assertTrue(html.contains("value=\"46\""), "what was typed is kept");
        assertEquals(stored, versions(), "nothing is saved");
        assertEquals(other, active().getString("version"), "the other lead's version stays active");

        // the API refuses a stale base the same way
        as("lead").contentType(ContentType.JSON).queryParam("basedOn", oldVersion)
                .body(document.replace("\"version\" : \"" + other + "\"", "\"version\" : \"" + other + "-x\""))
                .post("/api/v1/policies").then().statusCode(409)
                .body("type", org.hamcrest.Matchers.containsString("policy-changed"));
        assertEquals(stored, versions());
    }

    @Test
    void reviewersReadButDoNotEditAndOperatorsHaveNoAccess() {
        Browserless reviewer = Browserless.signIn("reviewer");
        String page = reviewer.get("/regulator/policy").then().statusCode(200).extract().asString();
        assertTrue(page.contains("SPOF-001") && page.contains("geo.minDistanceKm"), "reviewers see the rules and parameters");
        assertFalse(page.contains("name=\"sev_SPOF-001\""), "but no form");
        assertTrue(page.contains("수정은 심사총괄만"));
        JsonPath before = active();
        Map<String, String> f = form(before, "2067.1", "심사관 시도");
        f.put("p_geo.minDistanceKm", "50");
        post(reviewer, f, "save").then().statusCode(403);
        as("reviewer").contentType(ContentType.JSON).body(as("reviewer").get("/api/v1/policies/active").asString())
                .post("/api/v1/policies").then().statusCode(403);
        assertEquals(before.getString("version"), active().getString("version"));

        Browserless operator = Browserless.signIn("talk-editor");
        operator.get("/regulator/policy").then().statusCode(403);
        String csrf = operator.csrfToken("/portal");
        given().redirects().follow(false).cookies(operator.cookies()).contentType("application/x-www-form-urlencoded")
                .formParams(f).formParam("action", "save").formParam("csrf-token", csrf)
                .post("/regulator/policy").then().statusCode(403);
    }
}
