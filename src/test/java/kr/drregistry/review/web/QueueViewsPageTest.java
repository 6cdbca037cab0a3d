package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.arc.Arc;
import io.restassured.response.Response;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantSeeder;
import kr.drregistry.support.Browserless;

/**
 * The review queue's views: the product's views and a reviewer's own saved ones above a one-row filter bar; a saved
 * view is the person's alone, the view shown is marked, and a refused save keeps what was typed and says why.
 */
@QuarkusTest
class QueueViewsPageTest {
    private static final Pattern OWN_VIEW = Pattern.compile(
            "<li class=\"q-view-own\"><a class=\"q-view\" href=\"([^\"]*)\"( aria-current=\"page\")?>([^<]*)</a><form method=\"post\" action=\"(/regulator/views/[0-9a-f-]+/delete)\"");

    /** A regulator reviewer of its own, so that its views are only this test's. */
    private static String freshReviewer(String purpose) {
        String username = ("rv-" + purpose + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36)).toLowerCase(java.util.Locale.ROOT);
        TenantSeeder seeder = Arc.container().instance(TenantSeeder.class).get();
        var msit = seeder.organisation(TenantSeeder.OrganisationSpec.regulator("msit", "과학기술정보통신부", "Ministry of Science and ICT"));
        seeder.users(msit, List.of(new TenantSeeder.UserSpec(username, "심사관 " + purpose, List.of(Roles.REGULATOR_REVIEWER))),
                Browserless.PASSWORD);
        return username;
    }

    private static Response save(Browserless who, String name, String query) {
        return given().redirects().follow(false).cookies(who.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", who.csrfToken("/regulator")).formParam("name", name).formParam("query", query)
                .post("/regulator/views");
    }

    private static Response post(Browserless who, String path, String query) {
        return given().redirects().follow(false).cookies(who.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", who.csrfToken("/regulator")).formParam("query", query).post(path);
    }

    /** Follows a redirect as a browser does: its Location is already encoded. */
    private static Response follow(Browserless who, Response redirect) {
        return given().urlEncodingEnabled(false).redirects().follow(false).cookies(who.cookies()).accept("text/html")
                .get(redirect.getHeader("Location").replaceFirst("^https?://[^/]+", ""));
    }

    private static List<String[]> ownViews(String page) {
        Matcher m = OWN_VIEW.matcher(page);
        List<String[]> views = new java.util.ArrayList<>();
        while (m.find()) {
            views.add(new String[] {m.group(3), m.group(1), m.group(2) == null ? "" : "current", m.group(4)});
        }
        return views;
    }

    @Test
    void aReviewerSavesAViewOpensItAndDeletesIt() {
        Browserless reviewer = Browserless.signIn(freshReviewer("views"));
        String first = reviewer.get("/regulator").then().statusCode(200).extract().asString();
        assertTrue(first.contains("aria-current=\"page\">전체</a>"), "with no filter the view of every filing is marked");
        assertTrue(first.contains(">내 담당</a>") && first.contains(">미배정</a>") && first.contains(">심각 발견사항 있음</a>"));
        assertTrue(ownViews(first).isEmpty());

        // saving the filter shown (the page number and unknown parameters are not part of a view)
        Response saved = save(reviewer, "  보완 요청 · 심각  ", "status=CHANGES_REQUESTED&critical=1&page=4&size=10&x=y");
        assertEquals(303, saved.statusCode());
        String back = follow(reviewer, saved).then().statusCode(200).extract().asString();
        assertTrue(back.contains("보기를 저장했습니다: 보완 요청 · 심각"), "the page says it was saved");
        List<String[]> views = ownViews(back);
        assertEquals(1, views.size());
        assertEquals("보완 요청 · 심각", views.get(0)[0], "the name as typed, without the spaces around it");
        assertEquals("/regulator?status=CHANGES_REQUESTED&amp;critical=1", views.get(0)[1]);
        assertEquals("current", views.get(0)[2], "the queue now shows that view, and marks it");
        assertTrue(back.contains("<option value=\"CHANGES_REQUESTED\" selected>"), "the filter bar shows the view's filter");
        assertTrue(back.contains("2개 적용 중"), "the folded filter bar says how many filters apply");

        // the same name again replaces its filter rather than making a second view
        Response replaced = save(reviewer, "보완 요청 · 심각", "assigned=me");
        assertTrue(replaced.getHeader("Location").contains("replaced="));
        List<String[]> after = ownViews(reviewer.get("/regulator?assigned=me").asString());
        assertEquals(1, after.size());
        assertEquals("/regulator?assigned=me", after.get(0)[1]);
        assertEquals("current", after.get(0)[2]);
        assertTrue(reviewer.get("/regulator?assigned=me").asString().contains("aria-current=\"page\">내 담당</a>"),
                "the product's view of the same filter is marked too");

        // deleting it
        Response deleted = post(reviewer, after.get(0)[3], "assigned=me");
        assertEquals(303, deleted.statusCode());
        String gone = follow(reviewer, deleted).asString();
        assertTrue(gone.contains("보기를 삭제했습니다: 보완 요청 · 심각"));
        assertTrue(ownViews(gone).isEmpty());
    }

    @Test
    void aViewIsItsPersonsAlone() {
        Browserless mine = Browserless.signIn(freshReviewer("own"));
        Browserless other = Browserless.signIn(freshReviewer("other"));
        save(mine, "내 보기", "type=PLAN").then().statusCode(303);
        String[] view = ownViews(mine.get("/regulator").asString()).get(0);
        assertTrue(ownViews(other.get("/regulator").asString()).isEmpty(), "another reviewer does not see it");
        post(other, view[3], "").then().statusCode(404);
        assertEquals(1, ownViews(mine.get("/regulator").asString()).size(), "and cannot delete it");
        // no CSRF token, no change
        given().redirects().follow(false).cookies(mine.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("name", "csrf 없음").formParam("query", "").post("/regulator/views").then().statusCode(403);
        assertEquals(1, ownViews(mine.get("/regulator").asString()).size());
    }

    @Test
    void aRefusedSaveSaysWhyAtTheFieldAndKeepsTheFilter() {
        Browserless reviewer = Browserless.signIn(freshReviewer("refuse"));
        String missing = save(reviewer, "  ", "type=INCIDENT").then().statusCode(400).extract().asString();
        assertTrue(missing.contains("보기를 저장하지 않았습니다. 조건은 그대로입니다."));
        assertTrue(missing.contains("id=\"view-name-err\">보기 이름을 입력하세요."), "the reason sits at the name field");
        assertTrue(missing.contains("<a href=\"#view-name\">"), "and the summary links to it");
        assertTrue(missing.contains("<option value=\"INCIDENT\" selected>"), "the filter is still the one being saved");
        String tooLong = save(reviewer, "가".repeat(61), "").then().statusCode(400).extract().asString();
        assertTrue(tooLong.contains("보기 이름은 60자까지입니다."));
        assertTrue(tooLong.contains("value=\"" + "가".repeat(61) + "\""), "what was typed is still in the field");

        for (int i = 1; i <= 20; i++) {
            save(reviewer, "보기 " + i, "critical=" + i).then().statusCode(303);
        }
        String full = save(reviewer, "보기 21", "critical=21").then().statusCode(409).extract().asString();
        assertTrue(full.contains("보기는 20개까지 저장할 수 있습니다."));
        assertEquals(20, ownViews(reviewer.get("/regulator").asString()).size(), "the 21st was not saved");
        save(reviewer, "보기 7", "critical=70").then().statusCode(303); // replacing one still works at the limit
    }

    @Test
    void theViewsSpeakEnglishOnEnglishPages() {
        Browserless reviewer = Browserless.signIn(freshReviewer("en"));
        String page = given().cookies(reviewer.cookies()).cookie("drr-lang", "en").accept("text/html")
                .get("/regulator").then().statusCode(200).extract().asString();
        assertTrue(page.contains(">Assigned to me</a>") && page.contains(">With critical findings</a>"));
        assertTrue(page.contains("Save these filters as a view"));
    }
}
