package kr.drregistry.policy.web;

import kr.drregistry.rules.Josa;
import static io.restassured.RestAssured.given;
import static kr.drregistry.support.Api.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import kr.drregistry.rules.Policies;
import kr.drregistry.support.Browserless;

/**
 * The lead edits the validation policy one rule (or the parameters) at a time and publishes each edit as a new
 * version after seeing exactly what changes and confirming it; reviewers read the list; operators have no access.
 */
@QuarkusTest
class PolicyPagesTest {
    static final Pattern ROW = Pattern.compile("<tr id=\"rule-([A-Z0-9-]+)\">");

    static JsonPath active() {
        return new JsonPath(as("reviewer").get("/api/v1/policies/active").then().statusCode(200).extract().asString());
    }

    /** The editor of rule {@code id} as the page fills it from the active policy. */
    static Map<String, String> ruleForm(JsonPath p, String id) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("base", p.getString("version"));
        Map<String, Object> r = p.getMap("rules.'" + id + "'");
        f.put("sev_" + id, (String) r.get("severity"));
        if (Boolean.TRUE.equals(r.get("enabled"))) {
            f.put("on_" + id, "true");
        }
        @SuppressWarnings("unchecked")
        Map<String, String> basis = (Map<String, String>) r.get("basis");
        f.put("bko_" + id, basis.get("ko"));
        f.put("ben_" + id, basis.get("en"));
        return f;
    }

    /** The parameters' editor as the page fills it from the active policy. */
    static Map<String, String> paramsForm(JsonPath p) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("base", p.getString("version"));
        Map<String, Object> params = p.getMap("parameters");
        params.forEach((k, v) -> f.put("p_" + k, String.valueOf(v)));
        return f;
    }

    /** The publishing step's fields on top of an edit: the new version's label, the policy's title, the note. */
    static Map<String, String> publishing(Map<String, String> edit, JsonPath p, String version, String note, boolean confirm) {
        Map<String, String> f = new LinkedHashMap<>(edit);
        f.put("version", version);
        f.put("titleKo", p.getString("title.ko"));
        f.put("titleEn", p.getString("title.en"));
        f.put("note", note);
        if (confirm) {
            f.put("confirm", "yes");
        }
        return f;
    }

    static Response post(Browserless who, String path, Map<String, String> form, String action) {
        String csrf = who.csrfToken("/regulator/policy"); // first: it sets the CSRF cookie that the POST must carry
        return given().redirects().follow(false).cookies(who.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParams(form).formParam("action", action).formParam("csrf-token", csrf)
                .post(path);
    }

    static int versions() {
        return as("reviewer").get("/api/v1/policies").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** The rule ids listed on a page, in order. */
    static List<String> rows(String page) {
        List<String> ids = new ArrayList<>();
        Matcher m = ROW.matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The row of rule {@code id} on the list. */
    static String row(String page, String id) {
        int at = page.indexOf("<tr id=\"rule-" + id + "\">");
        assertTrue(at > 0, "a row for " + id);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    /** The changes table of a page: one {@code <tr>} per changed field. */
    static String diff(String page) {
        int at = page.indexOf("exp-diff-table");
        assertTrue(at > 0, "the page shows what changes");
        return page.substring(at, page.indexOf("</table>", at));
    }

    /** The error shown at a field: the text of the element with id {@code <fieldId>-err}. */
    static String errorAt(String page, String fieldId) {
        int at = page.indexOf("id=\"" + fieldId + "-err\"");
        assertTrue(at > 0, "an error is shown at " + fieldId);
        assertTrue(Pattern.compile("id=\"" + Pattern.quote(fieldId) + "\"[^>]*aria-invalid=\"true\"[^>]*aria-describedby=\"[^\"]*"
                + Pattern.quote(fieldId) + "-err").matcher(page).find()
                || Pattern.compile("id=\"" + Pattern.quote(fieldId) + "\"[^>]*aria-describedby=\"[^\"]*" + Pattern.quote(fieldId)
                + "-err\"[^>]*aria-invalid=\"true\"").matcher(page).find(), "the field " + fieldId + " is marked invalid and names its error");
        return page.substring(at, page.indexOf("</p>", at));
    }

    /** Puts the shipped policy back (as a newer version) for the other test classes. */
    static void restore(String document, String oldVersion) {
        String restore = document.replace("\"version\" : \"" + oldVersion + "\"", "\"version\" : \"" + oldVersion + "-r" + System.nanoTime() % 100_000 + "\"");
        as("lead").contentType(ContentType.JSON).queryParam("note", "restore after test").body(restore)
                .post("/api/v1/policies").then().statusCode(201);
    }

    @Test
    void everyRuleIsOneRowWithItsNameAndMeaningAndTheSearchNarrowsTheList() {
        Browserless lead = Browserless.signIn("lead");
        String page = lead.get("/regulator/policy").then().statusCode(200).extract().asString();
        assertEquals(Policies.RULE_IDS, rows(page), "one row per rule, in the policy's order");
        String data = row(page, "DATA-001");
        assertTrue(data.contains("주 사이트 밖에 데이터 사본 없음") && data.contains("<code class=\"pol-code\">DATA-001</code>")
                && data.contains("다른 사이트"), "a rule by its name, its meaning and its code: " + data);
        assertTrue(row(page, "GEO-001").contains("30 km"), "a meaning names the policy's threshold");
        assertTrue(row(page, "MAN-009").contains("장애 보고 기준·절차 미흡") && row(page, "MAN-009").contains("10분"),
                "plan rules are named and explained too");
        assertTrue(data.contains("drr-sev sev-critical") && data.contains("✓ 사용"), "its severity and whether it runs");
        assertTrue(data.contains("href=\"/regulator/policy/rules/DATA-001\""), "the lead edits a rule from its row");
        assertFalse(page.contains("<textarea") || page.contains("<select"), "the list is not a form");
        assertTrue(page.contains("<h2 id=\"versions-title\">버전 기록 (") && page.contains("<th scope=\"col\">상태</th>")
                && page.contains("보는 중") && !page.contains("이 버전 활성화"),
                "the versions table both policy pages share; a validation policy is activated by publishing it, not by a button");
        for (String words : List.of("주·백업 사이트 최소 거리 (km, GEO-001)", "신고 대상 부가통신사업자: 하루 평균 이용자 수 기준 (명)")) {
            assertTrue(page.contains(words), "a parameter in words: " + words);
        }

        String battery = lead.get("/regulator/policy?q=배터리실").then().statusCode(200).extract().asString();
        List<String> found = rows(battery);
        assertTrue(found.containsAll(List.of("FAC-001", "FAC-002", "FAC-003", "FAC-008", "FAC-009")) && !found.contains("SPOF-001")
                && found.size() < Policies.RULE_IDS.size(), "words of a meaning find the rules that have them: " + found);
        assertTrue(battery.contains("규칙 " + Policies.RULE_IDS.size() + "개 중 " + found.size() + "개"), "the page says how many it shows");
        assertTrue(battery.contains("value=\"배터리실\""), "the search box keeps the words");
        assertEquals(List.of("GEO-001"), rows(lead.get("/regulator/policy?q=geo-001").asString()), "a code in any case");
        assertEquals(List.of("OPS-002"), rows(lead.get("/regulator/policy?q=Control plane").asString()), "English words of a name");
        String none = lead.get("/regulator/policy?q=없는낱말xyz").then().statusCode(200).extract().asString();
        assertTrue(rows(none).isEmpty() && none.contains("‘없는낱말xyz’에 맞는 규칙이 없습니다."));
    }

    @Test
    void theEnglishPageNamesTheRulesInEnglish() {
        Browserless reviewer = Browserless.signIn("reviewer");
        String page = given().cookies(reviewer.cookies()).cookie("drr-lang", "en").get("/regulator/policy")
                .then().statusCode(200).extract().asString();
        String data = row(page, "DATA-001");
        assertTrue(data.contains("No copy of data outside the primary site") && !data.contains("데이터 사본"), data);
        assertTrue(row(page, "MAN-001").contains("Disaster-management officer missing or incomplete"));
        assertTrue(page.contains("Find a rule"));
    }

    @Test
    void badInputIsRefusedAtItsFieldsAndNothingIsSaved() {
        JsonPath before = active();
        int count = versions();
        Browserless lead = Browserless.signIn("lead");
        Map<String, String> rule = ruleForm(before, "SPOF-001");
        rule.put("sev_SPOF-001", "urgent");
        rule.put("bko_SPOF-001", " ");
        String page = post(lead, "/regulator/policy/rules/SPOF-001", rule, "preview").then().statusCode(400).extract().asString();
        assertTrue(page.contains("아무것도 저장되지 않았습니다"), "the page says nothing was saved");
        assertTrue(errorAt(page, "sev-SPOF-001").contains("알 수 없는 심각도 ‘urgent’"));
        assertTrue(errorAt(page, "bko-SPOF-001").contains("필수"));
        assertFalse(page.contains("exp-diff-table"), "no preview of a wrong edit");

        Map<String, String> params = paramsForm(before);
        params.put("p_geo.minDistanceKm", "-5");
        params.put("p_concentration.sameSiteKm", "half");
        params.remove("p_drill.maxAgeMonths");
        String wrong = post(lead, "/regulator/policy/parameters", params, "preview").then().statusCode(400).extract().asString();
        assertTrue(errorAt(wrong, "p-geo-minDistanceKm").contains("0 이상"));
        assertTrue(errorAt(wrong, "p-concentration-sameSiteKm").contains("‘half’는 숫자가 아닙니다"));
        assertTrue(errorAt(wrong, "p-drill-maxAgeMonths").contains("값이 없습니다"));
        assertTrue(wrong.contains("value=\"-5\""), "what was typed stays in the form");

        // a version number in use and a missing note are refused at the publishing step; an unchanged rule is no new version
        Map<String, String> changed = ruleForm(before, "CLOUD-001");
        changed.put("sev_CLOUD-001", "info".equals(changed.get("sev_CLOUD-001")) ? "low" : "info");
        String taken = post(lead, "/regulator/policy/rules/CLOUD-001", publishing(changed, before, before.getString("version"), "", true), "save")
                .then().statusCode(400).extract().asString();
        assertTrue(errorAt(taken, "p-version").contains("이미 있습니다"));
        assertTrue(errorAt(taken, "p-note").contains("변경 메모"));
        assertTrue(diff(taken).contains("CLOUD-001"), "the publishing step stays, with what would change");
        String same = post(lead, "/regulator/policy/rules/CLOUD-001", ruleForm(before, "CLOUD-001"), "preview")
                .then().statusCode(400).extract().asString();
        assertTrue(same.contains("이전 버전과 같습니다"));
        assertEquals(before.getString("version"), active().getString("version"));
        assertEquals(count, versions(), "nothing saved");
    }

    @Test
    void editingOneRuleShowsOnlyThatChangeAndPublishesOnlyWithTheConfirmation() {
        JsonPath before = active();
        String oldVersion = before.getString("version");
        String document = as("lead").get("/api/v1/policies/active").asString();
        Browserless lead = Browserless.signIn("lead");
        String editor = lead.get("/regulator/policy/rules/DRILL-002").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("name=\"sev_DRILL-002\"") && editor.contains("name=\"bko_DRILL-002\"")
                && editor.contains("name=\"on_DRILL-002\"") && !editor.contains("name=\"sev_SPOF-001\""), "the editor holds one rule");
        assertTrue(editor.contains("훈련 결과가 RTO·RPO 목표 초과") && editor.contains("name=\"base\" value=\"" + oldVersion + "\""));

        String wanted = "low".equals(before.getString("rules.'DRILL-002'.severity")) ? "info" : "low";
        Map<String, String> edit = ruleForm(before, "DRILL-002");
        edit.put("sev_DRILL-002", wanted);
        String preview = post(lead, "/regulator/policy/rules/DRILL-002", edit, "preview").then().statusCode(200).extract().asString();
        String table = diff(preview);
        assertEquals(1, table.split("<tr><th scope=\"row\">", -1).length - 1, "exactly one change: " + table);
        assertTrue(table.contains("DRILL-002") && table.contains("severity") && table.contains("<ins>" + wanted + "</ins>"), table);
        assertTrue(Pattern.compile("<input type=\"checkbox\" id=\"p-confirm\" name=\"confirm\" value=\"yes\" required").matcher(preview).find(),
                "the browser asks for the confirmation");
        assertTrue(preview.contains("앞으로의 검증에 적용됨을 확인합니다"));
        assertEquals(oldVersion, active().getString("version"), "a preview saves nothing");

        String newVersion = "2064." + System.nanoTime() % 100_000;
        int count = versions();
        try {
            String refused = post(lead, "/regulator/policy/rules/DRILL-002",
                    publishing(edit, before, newVersion, "DRILL-002 심각도 조정 (시험)", false), "save")
                    .then().statusCode(400).extract().asString();
            assertTrue(errorAt(refused, "p-confirm").contains("확인란을 선택하세요"), "the server asks for the confirmation too");
            assertEquals(count, versions(), "nothing published without it");
            assertEquals(oldVersion, active().getString("version"));
            assertTrue(refused.contains("value=\"" + newVersion + "\"") && refused.contains("DRILL-002 심각도 조정 (시험)</textarea>"),
                    "what was typed stays");
            String again = post(lead, "/regulator/policy/rules/DRILL-002",
                    publishing(edit, before, newVersion, "DRILL-002 심각도 조정 (시험)", false), "edit")
                    .then().statusCode(200).extract().asString();
            assertTrue(again.contains("<option value=\"" + wanted + "\" selected>") && again.contains("name=\"note\" value=\"DRILL-002 심각도 조정 (시험)\""),
                    "going back to the edit keeps the change and the note");

            Response saved = post(lead, "/regulator/policy/rules/DRILL-002",
                    publishing(edit, before, newVersion, "DRILL-002 심각도 조정 (시험)", true), "save");
            saved.then().statusCode(303);
            assertTrue(saved.getHeader("Location").contains("/regulator/policy?saved=" + newVersion));
            JsonPath now = active();
            assertEquals(newVersion, now.getString("version"), "the new version is active");
            assertEquals(wanted, now.getString("rules.'DRILL-002'.severity"));
            assertEquals(before.getMap("parameters"), now.getMap("parameters"), "nothing else changed");
            assertEquals(before.getMap("rules.'SPOF-001'"), now.getMap("rules.'SPOF-001'"));
            assertTrue(as("reviewer").get("/api/v1/policies").jsonPath().getList("$", Map.class).stream()
                    .anyMatch(v -> newVersion.equals(v.get("version")) && "lead".equals(v.get("createdBy"))
                            && "DRILL-002 심각도 조정 (시험)".equals(v.get("changeNote"))));

            String after = lead.get("/regulator/policy?saved=" + newVersion).asString();
            assertTrue(after.contains("버전 " + Josa.attach(newVersion, "을/를") + " 저장했고"), "the page confirms the publication");
            assertTrue(row(after, "DRILL-002").contains("drr-sev sev-" + wanted), "the rule shows its new severity");
            assertTrue(diff(after).contains("<ins>" + wanted + "</ins>"), "and the page what changed");
            List<Map<String, Object>> audit = as("lead").get("/api/v1/audit?subject=kr-msit@" + newVersion).then().statusCode(200)
                    .extract().jsonPath().getList("$");
            assertEquals("policy.published", audit.get(0).get("action"));

            // the older version is read-only, with its own rules and no edit links
            String old = lead.get("/regulator/policy?id=kr-msit&version=" + oldVersion).then().statusCode(200).extract().asString();
            assertTrue(old.contains("(읽기 전용)") && !old.contains("href=\"/regulator/policy/rules/"), "older versions are not editable");
            assertTrue(row(old, "DRILL-002").contains("drr-sev sev-" + before.getString("rules.'DRILL-002'.severity")));
        } finally {
            restore(document, oldVersion);
        }
    }

    @Test
    void theLeadChangesAThresholdAndNewValidationsUseIt() throws Exception {
        JsonPath before = active();
        String oldVersion = before.getString("version");
        String document = as("lead").get("/api/v1/policies/active").asString();
        Browserless lead = Browserless.signIn("lead");
        String editor = lead.get("/regulator/policy/parameters").then().statusCode(200).extract().asString();
        assertTrue(editor.contains("<label for=\"p-geo-minDistanceKm\">주·백업 사이트 최소 거리 (km, GEO-001)</label>")
                && !editor.contains("name=\"sev_"), "the parameters' editor, each value labelled in words");
        Map<String, String> edit = paramsForm(before);
        edit.put("p_geo.minDistanceKm", "45");
        String preview = post(lead, "/regulator/policy/parameters", edit, "preview").then().statusCode(200).extract().asString();
        String table = diff(preview);
        assertTrue(table.contains("geo.minDistanceKm") && table.contains("<del>30</del>") && table.contains("<ins>45</ins>")
                && table.split("<tr><th scope=\"row\">", -1).length == 2, table);
        String newVersion = "2063." + System.nanoTime() % 100_000;
        try {
            post(lead, "/regulator/policy/parameters", publishing(edit, before, newVersion, "GEO-001 거리 기준 45km (시험)", true), "save")
                    .then().statusCode(303);
            assertEquals(45, active().getInt("parameters.'geo.minDistanceKm'"));
            List<Map<String, Object>> audit = as("lead").get("/api/v1/audit?subject=kr-msit@" + newVersion).then().statusCode(200)
                    .extract().jsonPath().getList("$");
            String detail = (String) audit.get(0).get("detail");
            assertTrue(detail.contains("geo.minDistanceKm value 30 → 45") && detail.contains("note: GEO-001"), detail);
            // new validations name the new policy
            as("talk-editor").contentType("application/yaml").body(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml")))
                    .post("/api/v1/validate").then().statusCode(200)
                    .body("policy.version", org.hamcrest.Matchers.equalTo(newVersion));
            String page = Browserless.signIn("reviewer").get("/regulator/policy").asString();
            assertTrue(page.contains("<ins>45</ins>") && row(page, "GEO-001").contains("45 km"), "reviewers see the change and the rule's new words");
        } finally {
            restore(document, oldVersion);
            assertEquals(30, active().getInt("parameters.'geo.minDistanceKm'"));
        }
    }

    @Test
    void aPublicationOnTopOfAVersionAnotherLeadPublishedMeanwhileIsRefusedAndKeepsWhatWasTyped() {
        JsonPath before = active();
        String oldVersion = before.getString("version");
        Browserless lead = Browserless.signIn("lead");
        Map<String, String> edit = paramsForm(before);
        edit.put("p_geo.minDistanceKm", "46");
        post(lead, "/regulator/policy/parameters", edit, "preview").then().statusCode(200);

        // meanwhile another lead publishes (same numbers, a new version) through the API
        String other = oldVersion + "-m" + System.nanoTime() % 100_000;
        String document = as("lead").get("/api/v1/policies/active").asString()
                .replace("\"version\" : \"" + oldVersion + "\"", "\"version\" : \"" + other + "\"");
        as("lead").contentType(ContentType.JSON).queryParam("note", "동시 편집 시험").queryParam("basedOn", oldVersion).body(document)
                .post("/api/v1/policies").then().statusCode(201);
        int stored = versions();

        Response refused = post(lead, "/regulator/policy/parameters",
                publishing(edit, before, "2065." + System.nanoTime() % 100_000, "거리 기준 46km", true), "save");
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
        assertEquals(Policies.RULE_IDS, rows(page), "reviewers see every rule");
        assertTrue(page.contains("geo.minDistanceKm"), "and the parameters");
        assertFalse(page.contains("/regulator/policy/rules/") || page.contains("/regulator/policy/parameters"), "but no edit links");
        assertTrue(page.contains("수정은 심사총괄만"));
        reviewer.get("/regulator/policy/rules/GEO-001").then().statusCode(403);
        reviewer.get("/regulator/policy/parameters").then().statusCode(403);
        JsonPath before = active();
        Map<String, String> f = publishing(paramsForm(before), before, "2067.1", "심사관 시도", true);
        f.put("p_geo.minDistanceKm", "50");
        post(reviewer, "/regulator/policy/parameters", f, "save").then().statusCode(403);
        Map<String, String> r = publishing(ruleForm(before, "GEO-001"), before, "2067.2", "심사관 시도", true);
        r.put("sev_GEO-001", "info");
        post(reviewer, "/regulator/policy/rules/GEO-001", r, "save").then().statusCode(403);
        as("reviewer").contentType(ContentType.JSON).body(as("reviewer").get("/api/v1/policies/active").asString())
                .post("/api/v1/policies").then().statusCode(403);
        assertEquals(before.getString("version"), active().getString("version"));
        Browserless.signIn("lead").get("/regulator/policy/rules/NOPE-001").then().statusCode(404);

        Browserless operator = Browserless.signIn("talk-editor");
        operator.get("/regulator/policy").then().statusCode(403);
        operator.get("/regulator/policy/rules/GEO-001").then().statusCode(403);
        String csrf = operator.csrfToken("/portal");
        given().redirects().follow(false).cookies(operator.cookies()).contentType("application/x-www-form-urlencoded")
                .formParams(f).formParam("action", "save").formParam("csrf-token", csrf)
                .post("/regulator/policy/parameters").then().statusCode(403);
    }
}
