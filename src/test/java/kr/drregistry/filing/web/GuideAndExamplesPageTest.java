package kr.drregistry.filing.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Portal;
import kr.drregistry.support.Tenants;
import kr.drregistry.topology.guide.DrrV1;
import kr.drregistry.topology.guide.FormatGuide;
import kr.drregistry.topology.guide.FormatGuides;
import kr.drregistry.rules.Policies;

/**
 * The format guide (every field and rule, in Korean and in English), the example filings it serves and the
 * workspace's example loader as a page without JavaScript uses it.
 */
@QuarkusTest
class GuideAndExamplesPageTest {
    /** The guide made from the shipped schema and default policy, which the test database starts with. */
    private static FormatGuide expected() throws Exception {
        try (InputStream in = GuideAndExamplesPageTest.class.getResourceAsStream(DrrV1.SCHEMA)) {
            JsonNode schema = new ObjectMapper().readTree(in);
            return FormatGuides.generate(schema, DrrV1.rules(Policies.defaultPolicy()), Policies.defaultPolicy());
        }
    }

    /** The page's text as a reader sees it (Qute escapes quotes and ampersands). */
    static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }

    private static String guide(String lang) {
        return text(given().cookie("drr-lang", lang).accept("text/html").get("/guide/drr-v1")
                .then().statusCode(200).contentType("text/html").extract().asString());
    }

    @Test
    void theGuideListsEveryFieldAndEveryRuleInKorean() throws Exception {
        String page = guide("ko");
        FormatGuide g = expected();
        assertTrue(page.contains("drr/v1 형식 안내"), "Korean title");
        assertTrue(page.contains("<html lang=\"ko\">"));
        for (FormatGuide.Field f : g.fields()) {
            assertTrue(page.contains(">" + f.path() + "<"), "field " + f.path());
            assertTrue(page.contains(f.description().ko()), "Korean meaning of " + f.path());
        }
        for (FormatGuide.RuleEntry r : g.rules()) {
            assertTrue(page.contains("id=\"rule-" + r.id() + "\""), "rule " + r.id());
            assertTrue(page.contains(r.meaning().ko()), "what " + r.id() + " finds");
            assertTrue(page.contains(r.basis().ko()), "the policy's basis of " + r.id());
            assertTrue(page.contains(r.remedy().ko()), "the remedy of " + r.id());
        }
        assertEquals(21, g.rules().size());
        // required, default and allowed values as a reader sees them
        String failover = row(page, "f-components-failover");
        assertTrue(failover.contains("선택") && failover.contains("{mode: none}"), failover);
        String kind = row(page, "f-sites-kind");
        assertTrue(kind.contains("<code>colocation</code>") && kind.contains("허용 값"), kind);
        assertTrue(row(page, "f-sites-id").contains("필수"));
        assertTrue(row(page, "f-components-dependsOn-anyOf").contains("둘 중 하나"));
        assertTrue(page.contains("<span class=\"drr-sev sev-critical\">심각</span>"), "severities in Korean");
        assertTrue(page.contains("kr-msit " + Policies.defaultPolicy().version()), "names the policy it reads");
        assertTrue(page.contains("href=\"/guide/drr-v1/examples/kakao-like-2022.yaml\""), "offers the examples");
    }

    @Test
    void theGuideListsEveryFieldAndEveryRuleInEnglish() throws Exception {
        String page = guide("en");
        FormatGuide g = expected();
        assertTrue(page.contains("drr/v1 format guide"));
        assertTrue(page.contains("<html lang=\"en\">"));
        for (FormatGuide.Field f : g.fields()) {
            assertTrue(page.contains(">" + f.path() + "<"), "field " + f.path());
            assertTrue(page.contains(f.description().en()), "English meaning of " + f.path());
        }
        for (FormatGuide.RuleEntry r : g.rules()) {
            assertTrue(page.contains("id=\"rule-" + r.id() + "\""), "rule " + r.id());
            assertTrue(page.contains(r.meaning().en()) && page.contains(r.basis().en()) && page.contains(r.remedy().en()), r.id());
        }
        assertTrue(row(page, "f-sites-id").contains("required"));
        assertTrue(page.contains("closer than 30 km"), "GEO-001 states the policy's distance");
        assertFalse(page.contains("필수"), "no Korean label left on the English page");
    }

    private static String row(String page, String anchor) {
        int at = page.indexOf("<tr id=\"" + anchor + "\""); // the row's attributes follow (role="row": a card on phones)
        assertTrue(at >= 0, "row " + anchor);
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void theGuideIsPublicAndSignedInReadersReachItFromTheDashboardAndTheWorkspace() {
        given().redirects().follow(false).get("/guide").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.endsWith("/guide/drr-v1"));
        given().accept("text/html").get("/guide/drr-v9").then().statusCode(404);

        Browserless editor = Browserless.signIn(Tenants.fresh("guide").editor());
        String dashboard = editor.get("/portal").then().statusCode(200).extract().asString();
        assertTrue(dashboard.contains("href=\"/guide/drr-v1\""), "the dashboard links the guide");
        String id = Portal.startTopology(editor, 2027, "안내 링크 시험");
        String workspace = editor.get("/portal/filings/" + id + "/topology").then().statusCode(200).extract().asString();
        assertTrue(workspace.contains("href=\"/guide/drr-v1\""), "the workspace links the guide");
        editor.get("/guide/drr-v1").then().statusCode(200);
    }

    @Test
    void theExamplesAreServedAsTheRepositoryHasThem() throws Exception {
        for (String file : List.of("drr-v1-skeleton.yaml", "healthy-multisite.yaml", "kakao-like-2022.yaml", "idc-facility.yaml")) {
            Response r = given().get("/guide/drr-v1/examples/" + file);
            assertEquals(200, r.statusCode(), file);
            assertTrue(r.contentType().startsWith("text/plain"), r.contentType());
            assertEquals(Files.readString(Path.of("examples", file), StandardCharsets.UTF_8), r.asString(), file);
        }
        given().get("/guide/drr-v1/examples/plan-example-talk-2026.json").then().statusCode(404);
        given().get("/guide/drr-v1/examples/..%2F..%2Fapplication.properties").then().statusCode(404);
        given().get("/guide/drr-v9/examples/kakao-like-2022.yaml").then().statusCode(404);
    }

    @Test
    void loadingAnExampleWithoutJavaScriptFillsTheEditorAndAsksBeforeReplacingText() throws Exception {
        Browserless editor = Browserless.signIn(Tenants.fresh("guide").editor());
        String id = Portal.startTopology(editor, 2027, "예제 불러오기 시험");
        String page = "/portal/filings/" + id + "/topology";
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"), StandardCharsets.UTF_8);

        // the empty editor offers the skeleton and the examples
        String empty = editor.get(page).then().statusCode(200).extract().asString();
        for (String file : List.of("drr-v1-skeleton.yaml", "healthy-multisite.yaml", "kakao-like-2022.yaml")) {
            assertTrue(empty.contains("data-example-url=\"/guide/drr-v1/examples/" + file + "\""), file);
        }
        assertTrue(empty.contains("주석 달린 뼈대"), "the commented skeleton is offered");

        // an empty editor takes the example at once: its text, its check, nothing saved
        String loaded = text(Portal.post(editor, page + "/example", page, "document", "", "example",
                "kakao-like-2022.yaml", "draftVersion", 0).then().statusCode(200).extract().asString());
        assertTrue(loaded.contains(kakao.substring(0, 200)), "the example is in the editor");
        assertTrue(loaded.contains("카카오형 2022 예제를 편집기에 불러왔습니다"), "says what was loaded and that it is not saved");
        assertTrue(loaded.contains("<span class=\"drr-rule\">SPOF-002</span>"), "and checks it");
        assertTrue(editor.get(page).asString().contains("drr-start"), "the draft is still empty: nothing was saved");

        // text of one's own stays until the reader confirms
        String mine = "format: drr/v1\n# my own work\n";
        String asked = text(Portal.post(editor, page + "/example", page, "document", mine, "example",
                "healthy-multisite.yaml", "draftVersion", 0).then().statusCode(200).extract().asString());
        assertTrue(asked.contains("# my own work"), "the typed text is kept");
        assertTrue(asked.contains("id=\"example-confirm\""), "and the page asks");
        assertTrue(asked.contains("formaction=\"/portal/filings/" + id + "/topology/example?replace=1\""));
        String replaced = text(given().redirects().follow(false).cookies(editor.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", editor.csrfToken(page)).formParam("document", mine)
                .formParam("example", "healthy-multisite.yaml").formParam("draftVersion", 0)
                .post(page + "/example?replace=1").then().statusCode(200).extract().asString());
        assertFalse(replaced.contains("# my own work"), "confirmed: replaced");
        String healthy = Files.readString(Path.of("examples", "healthy-multisite.yaml"), StandardCharsets.UTF_8);
        assertTrue(replaced.contains(healthy.substring(0, 200)), "the example is in the editor");

        // an unknown example is a 404, and the loader needs the CSRF token like every form
        Portal.post(editor, page + "/example", page, "document", "", "example", "secret.yaml").then().statusCode(404);
        given().cookies(editor.cookies()).contentType("application/x-www-form-urlencoded").formParam("example", "kakao-like-2022.yaml")
                .post(page + "/example").then().statusCode(org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.is(400),
                        org.hamcrest.Matchers.is(403)));
        // another organisation cannot use it on this filing
        Browserless other = Browserless.signIn(Tenants.fresh("guide-other").editor());
        other.get("/portal").then().statusCode(200); // the CSRF cookie, as a browser has it before it posts
        Response foreign = Portal.post(other, page + "/example", "/portal", "document", "", "example", "kakao-like-2022.yaml");
        assertEquals(404, foreign.statusCode(), foreign.asString());
    }
}
