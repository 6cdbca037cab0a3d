package kr.drregistry.demo;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;

/**
 * A first start with demo data on, as a new user meets it: the demo filings were made through the services (by the
 * demo people, in the audit trail), and the regulator's queue, sector view (CONC-001 with Pangyo on the map),
 * coverage, trends and incident pages, and an operator's dashboard, have content. Seeding again makes nothing twice,
 * also when two seedings race. The sign-in page lists the demo accounts, fills the form from them and keeps the user
 * name after a wrong password (in Chromium); screenshots of the first screens in Korean and English.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
@TestProfile(FirstHourTest.DemoFilingsOn.class)
class FirstHourTest {
    /**
     * Demo data with its filings, as the README's run command starts (its own Quarkus start and database); mail off as
     * there, so the demo's notices are not sent to the suite's SMTP server while it restarts between profiles.
     */
    public static class DemoFilingsOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("drr.demo.enabled", "true", "drr.demo.filings", "true", "drr.mail.enabled", "false");
        }
    }

    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Seoul")).getYear();

    @TestHTTPResource("/")
    URL base;
    @Inject
    DemoData demo;
    @Inject
    EntityManager em;

    private static List<Map<String, Object>> filings() {
        return given().auth().preemptive().basic("lead", Browserless.PASSWORD).accept(ContentType.JSON)
                .get("/api/v1/filings?size=200").then().statusCode(200).extract().path("items");
    }

    private static String id(String organisation, String type) {
        return filings().stream().filter(f -> organisation.equals(f.get("organisation")) && type.equals(f.get("type")))
                .map(f -> (String) f.get("id")).findFirst().orElseThrow(() -> new AssertionError("no " + type + " of " + organisation));
    }

    @Test
    void theRegulatorsQueueListsEveryDemoFilingWithItsState() {
        String queue = Browserless.signIn("lead").get("/regulator").then().statusCode(200).extract().asString();
        for (String operator : List.of("예시톡", "예시포털", "예시페이", "예시데이터센터")) {
            assertTrue(queue.contains(operator), "the queue lists " + operator);
        }
        assertTrue(queue.contains(YEAR + " DR 구성 (판교·안산)") && queue.contains((YEAR + 1) + " DR 구성 (판교·구로)"));
        assertTrue(queue.contains("판교 전원 설비 장애로 결제 지연"), "the incident is in the queue");
        assertTrue(queue.contains("보완 요청") && queue.contains("승인") && queue.contains("심사 대기"), "several states");
        assertEquals(6, count(queue, "href=\"/regulator/filings/[0-9a-f-]+/versions/1\""), "one row per demo filing");
        // the Kakao-like filing was assigned to the reviewer and shows up as theirs
        assertTrue(Browserless.signIn("reviewer").get("/regulator?assigned=me").asString().contains(YEAR + " DR 구성 (판교·안산)"));
    }

    @Test
    void theSectorViewShowsPangyoAsConcentrationRiskOnTheMap() {
        String sector = Browserless.signIn("reviewer").get("/regulator/sector").then().statusCode(200).extract().asString();
        assertTrue(sector.contains("<code>facility:example-idc/pangyo-a</code>"), "the Pangyo building is a place");
        Matcher row = Pattern.compile("(?s)<tr[^>]*>(?:(?!</tr>).)*facility:example-idc/pangyo-a(?:(?!</tr>).)*</tr>").matcher(sector);
        assertTrue(row.find(), "a table row for the Pangyo building");
        assertTrue(row.group().contains("예시톡") && row.group().contains("예시페이"), "two operators lose tier-1 services there: " + row.group());
        assertTrue(sector.contains("<rect class=\"drr-map-point concentrated\""), "a concentrated place is on the map");
        Matcher gyeonggi = Pattern.compile("<a [^>]*class=\"drr-map-region step-(\\d)[^\"]*\" data-region=\"KR-41\"").matcher(sector);
        assertTrue(gyeonggi.find() && !gyeonggi.group(1).equals("0"), "Gyeonggi is shaded");
    }

    @Test
    void coverageTrendsAndIncidentsHaveContent() {
        Browserless lead = Browserless.signIn("lead");
        String coverage = lead.get("/regulator/coverage").then().statusCode(200).extract().asString();
        assertTrue(coverage.contains("example-talk") && coverage.contains("example-pay") && coverage.contains("example-idc"));
        String due = given().auth().preemptive().basic("lead", Browserless.PASSWORD).accept(ContentType.JSON)
                .get("/api/v1/filings/" + id("example-talk", "TOPOLOGY")).then().extract().path("decisions[-1].dueDate");
        assertTrue(LocalDate.parse(due).isAfter(LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(28)), "a month to answer: " + due);
        assertTrue(coverage.contains("토폴로지 " + YEAR + " · 기한 " + due), "the open change request of example-talk, with its due date");
        String next = lead.get("/regulator/coverage?year=" + (YEAR + 1)).asString();
        assertTrue(count(next, "심사 대기|심사 중") >= 2, "next year's topologies of example-pay and example-idc are filed");

        String trends = lead.get("/regulator/trends").then().statusCode(200).extract().asString();
        assertTrue(trends.contains("<tr data-row=\"" + YEAR + "\">") && trends.contains("<tr data-row=\"" + (YEAR + 1) + "\">"),
                "findings per plan year for both years");
        assertTrue(trends.contains("data-col=\"CONC-001\"") || trends.contains("data-col=\"SPOF-002\""), "findings by rule");

        String incidents = lead.get("/regulator/incidents").then().statusCode(200).extract().asString();
        assertTrue(incidents.contains("판교 전원 설비 장애로 결제 지연"));
        assertTrue(incidents.contains("최초 보고: 기한 내 제출") && incidents.contains("최종 보고: 제출 대기"), "its stages");
    }

    @Test
    void theDemoPeopleDidItThroughTheServicesAndTheOperatorSeesTheRequest() {
        String talk = id("example-talk", "TOPOLOGY");
        List<Map<String, Object>> audit = given().auth().preemptive().basic("lead", Browserless.PASSWORD).accept(ContentType.JSON)
                .get("/api/v1/audit?subject=" + talk + "&limit=100").then().statusCode(200).extract().path("");
        List<String> trail = audit.stream().map(e -> e.get("actor") + " " + e.get("action")).toList();
        for (String step : List.of("talk-editor filing.created", "talk-editor draft.saved", "talk-officer filing.submitted",
                "reviewer finding.disposed", "reviewer review.start_review", "reviewer review.request_changes", "talk-editor draft.revised")) {
            assertTrue(trail.contains(step), step + " in " + trail);
        }
        Map<String, Object> record = given().auth().preemptive().basic("talk-editor", Browserless.PASSWORD).accept(ContentType.JSON)
                .get("/api/v1/filings/" + talk + "/versions/1/review").then().statusCode(200).extract().path("current");
        assertEquals(List.of("ACCEPTED_RISK", "CONFIRMED", "FALSE_POSITIVE"), record.values().stream()
                .map(d -> (String) ((Map<?, ?>) d).get("disposition")).distinct().sorted().toList(), "the three kinds of disposition");

        String dashboard = Browserless.signIn("talk-editor").get("/portal").then().statusCode(200).extract().asString();
        assertTrue(dashboard.contains(YEAR + " DR 구성 (판교·안산)") && dashboard.contains("보완 요청"), "the change request is on the dashboard");
        String idc = Browserless.signIn("idc-officer").get("/portal").then().statusCode(200).extract().asString();
        assertTrue(idc.contains((YEAR + 1) + " 집적정보통신시설 DR 구성"), "the IDC's officer sees its submitted facility filing");
    }

    @Test
    void seedingAgainMakesNothingTwiceEvenWhenTwoSeedingsRace() throws Exception {
        int filings = filings().size();
        long entries = QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery("select count(*) from audit_entry")
                .getSingleResult()).longValue());
        CompletableFuture<DemoData.Seeded> a = CompletableFuture.supplyAsync(demo::seed);
        CompletableFuture<DemoData.Seeded> b = CompletableFuture.supplyAsync(demo::seed);
        for (DemoData.Seeded s : List.of(a.get(), b.get(), demo.seed())) {
            assertEquals(0, s.accounts() + s.filings() + s.versions(), "nothing made again: " + s);
        }
        assertEquals(filings, filings().size());
        assertEquals(entries, (long) QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from audit_entry").getSingleResult()).longValue()), "no audited action was repeated");
        assertEquals(List.of("filings"), QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select part from demo_seed").getResultList()));
    }

    @Test
    void theSignInPageListsTheDemoAccountsFillsTheFormAndKeepsTheNameAfterAWrongPassword() {
        String login = given().get("/login").then().statusCode(200).extract().asString();
        for (String user : List.of("talk-editor", "talk-officer", "portal-officer", "pay-editor", "pay-officer", "idc-officer", "reviewer", "lead", "admin")) {
            assertTrue(login.contains("data-demo-user=\"" + user + "\""), user + " is listed");
        }
        assertTrue(login.contains("<code>demo-pass-2026</code>") && login.contains("체험용 계정") && login.contains("재난관리책임자"));
        String english = given().header("Accept-Language", "en").get("/login").asString();
        assertTrue(english.contains("Demo accounts") && english.contains("Officer (drafts, submits)") && english.contains("Example Pay"));

        for (String lang : List.of("ko", "en")) {
            try (Browser b = Browser.open(base, lang)) {
                b.go("/login");
                tall(b);
                b.screenshot("first-hour-01-login-" + lang);
                // a wrong password: the form comes back with the name typed and the cursor in the password field
                b.find("#j_username").sendKeys("talk-officer");
                b.find("#j_password").sendKeys("not-the-password");
                b.find("#login-form button[type=submit]").click();
                b.waitFor(d -> d.getCurrentUrl().contains("error"));
                b.visible("#j_username");
                assertEquals("talk-officer", b.find("#j_username").getAttribute("value"), "the user name is kept");
                assertEquals("j_password", b.driver().switchTo().activeElement().getAttribute("id"));
                assertTrue(b.text().contains("en".equals(lang) ? "not correct" : "올바르지 않습니다"), b.text());
                b.screenshot("first-hour-02-wrong-password-" + lang);
                // a demo user name fills in the form; signing in lands on the regulator's queue
                b.find("button[data-demo-user='lead']").click();
                assertEquals("lead", b.find("#j_username").getAttribute("value"));
                b.find("#login-form button[type=submit]").click();
                b.waitFor(d -> d.getCurrentUrl().endsWith("/regulator"));
                assertTrue(b.text().contains("en".equals(lang) ? "Example Pay" : "예시페이"), "the queue has the demo filings");
                tall(b);
                b.screenshot("first-hour-03-queue-" + lang);
                b.go("/regulator/sector");
                b.visible("svg.drr-korea-map");
                tall(b);
                b.screenshot("first-hour-04-sector-" + lang);
                b.go("/regulator/coverage");
                tall(b);
                b.screenshot("first-hour-05-coverage-" + lang);
            }
        }
    }

    /** Makes the window as tall as the page, so that the screenshot shows all of it. */
    private static void tall(Browser b) {
        long height = (Long) ((JavascriptExecutor) b.driver()).executeScript("return document.documentElement.scrollHeight");
        b.driver().manage().window().setSize(new Dimension(1400, (int) Math.min(Math.max(height + 140, 1000), 5000)));
    }

    private static int count(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theSeedingFollowsTheCalendar() {
        assertFalse(filings().stream().anyMatch(f -> f.get("planYear") != null
                && !List.of(YEAR, YEAR + 1).contains(((Number) f.get("planYear")).intValue())), "plan years are this year and next");
    }
}
