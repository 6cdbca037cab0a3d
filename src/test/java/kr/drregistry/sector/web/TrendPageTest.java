package kr.drregistry.sector.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/**
 * The trends page counts the findings of submitted versions, by severity and rule. The page is sector-wide, so the
 * test files as operators of its own and asserts what its filings add to each count (the page before and after), not
 * that a plan year is empty.
 */
@QuarkusTest
class TrendPageTest {
    @Inject
    InstantSource clock;

    private static String submit(String officer, int year, String yaml) {
        String id = given().auth().preemptive().basic(officer, Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + year + ", \"title\": \"추이 시험\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(officer, Browserless.PASSWORD).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(yaml.getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(officer, Browserless.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        return id;
    }

    /** The cells of one row of one table of the page: column key → number (none when the row is not there). */
    private static Map<String, Long> cells(String page, String table, String row) {
        int t = page.indexOf("id=\"" + table + "\"");
        assertTrue(t > 0, table + " is on the page");
        int r = page.indexOf("data-row=\"" + row + "\"", t);
        if (r < 0 || r > page.indexOf("</table>", t)) {
            return new TreeMap<>();
        }
        String tr = page.substring(r, page.indexOf("</tr>", r));
        Map<String, Long> cells = new TreeMap<>();
        Matcher m = Pattern.compile("data-col=\"([^\"]+)\">(\\d+)</td>").matcher(tr);
        while (m.find()) {
            cells.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return cells;
    }

    /** What the test's filings added to a row: after minus before, per column, leaving out the columns left as they were. */
    private static Map<String, Long> added(String before, String after, String table, String row) {
        // before the test's filings the table may not be there at all (a sector with nothing filed in the year)
        Map<String, Long> was = before.contains("id=\"" + table + "\"") ? cells(before, table, row) : Map.of();
        Map<String, Long> added = new TreeMap<>();
        cells(after, table, row).forEach((col, n) -> {
            long d = n - was.getOrDefault(col, 0L);
            if (d != 0) {
                added.put(col, d);
            }
        });
        return added;
    }

    @Test
    void theTablesCountTheFindingsOfTheSubmittedVersions() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        String healthy = Files.readString(Path.of("examples", "healthy-multisite.yaml"));
        Tenant one = Tenants.fresh("trend-a");
        Tenant two = Tenants.fresh("trend-b");
        Browserless lead = Browserless.signIn("lead");
        String month = YearMonth.from(LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Seoul"))).toString();
        String before = lead.get("/regulator/trends?from=2087&to=2087").then().statusCode(200).extract().asString();

        String a = submit(one.officer(), 2087, one.own(kakao));
        String b = submit(two.officer(), 2087, healthy.replaceAll("operator: [a-z-]+", "operator: " + two.slug()));

        Map<String, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        String firstKey = null;
        for (String id : List.of(a, b)) {
            List<Map<String, Object>> findings = given().auth().preemptive().basic("reviewer", Browserless.PASSWORD)
                    .get("/api/v1/filings/" + id + "/versions/1/findings?view=full").then().statusCode(200).extract().path("findings");
            for (Map<String, Object> f : findings) {
                bySeverity.merge((String) f.get("severity"), 1L, Long::sum);
                byRule.merge((String) f.get("rule"), 1L, Long::sum);
                if (firstKey == null && id.equals(a)) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> s = (Map<String, Object>) f.get("subject");
                    firstKey = f.get("rule") + "|" + (s == null ? "" : s.get("kind")) + "|" + (s == null || s.get("id") == null ? "" : s.get("id"))
                            + "|" + (f.get("scenario") == null ? "" : f.get("scenario"));
                }
            }
        }
        assertTrue(bySeverity.getOrDefault("critical", 0L) > 0, "the kakao-like topology has critical findings");
        long total = bySeverity.values().stream().mapToLong(Long::longValue).sum();

        // a reviewer disposes one finding; the other filing is accepted
        given().auth().preemptive().basic("reviewer", Browserless.PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("findingKey", firstKey, "disposition", "CONFIRMED"))
                .post("/api/v1/filings/" + a + "/versions/1/dispositions").then().statusCode(201);
        for (String move : List.of("START_REVIEW", "ACCEPT")) {
            given().auth().preemptive().basic("reviewer", Browserless.PASSWORD).contentType(ContentType.JSON)
                    .body(Map.of("move", move, "version", 1)).post("/api/v1/filings/" + b + "/review").then().statusCode(200);
        }

        String page = lead.get("/regulator/trends?from=2087&to=2087").then().statusCode(200).extract().asString();
        assertEquals(bySeverity, added(before, page, "sev-year-table", "2087"), "findings by severity added to plan year 2087");
        assertEquals(byRule, added(before, page, "rule-year-table", "2087"), "findings by rule added to plan year 2087");
        assertEquals(total, added(before, page, "sev-month-table", month).values().stream().mapToLong(Long::longValue).sum(),
                "this month's submissions");
        assertEquals(Map.of("DISPOSED", 1L, "OPEN", total - 1), added(before, page, "disp-year-table", "2087"));
        assertEquals(Map.of("ACCEPTED", 1L, "AWAITING_REVIEW", 1L), added(before, page, "filings-year-table", "2087"),
                "one filing accepted, one awaiting review");
        // the columns are labelled in words: the glossary's severities, review states and dispositions
        assertTrue(page.contains("data-series=\"critical\">심각</th>"), "severity columns say 심각");
        assertTrue(page.contains("data-series=\"ACCEPTED\">승인</th>"), "review-state columns in words");
        assertTrue(page.contains("data-series=\"OPEN\">미처분</th>"), "disposition columns in words");

        // the charts' script and ECharts (from Maven, org.mvnpm:echarts) are served
        assertTrue(page.contains("/_static/echarts/dist/echarts.min.js") && page.contains("cov-chart"));
        String js = given().cookies(lead.cookies()).get("/_static/echarts/dist/echarts.min.js").then().statusCode(200)
                .extract().asString();
        assertTrue(js.contains("echarts"), "ECharts is served");
        given().get("/static/trends.js").then().statusCode(200);

        Browserless.signIn(one.editor()).get("/regulator/trends").then().statusCode(403);
    }
}
