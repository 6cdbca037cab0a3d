package kr.drregistry.sector.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import kr.drregistry.support.Browserless;

/** The trends page counts the findings of submitted versions, by severity and rule. Plan years 2086–2089. */
@QuarkusTest
class TrendPageTest {
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

    /** The cells of one row of one table of the page: column key → number. */
    private static Map<String, Long> cells(String page, String table, String row) {
        int t = page.indexOf("id=\"" + table + "\"");
        assertTrue(t > 0, table + " is on the page");
        int r = page.indexOf("data-row=\"" + row + "\"", t);
        assertTrue(r > 0 && r < page.indexOf("</table>", t), "row " + row + " in " + table);
        String tr = page.substring(r, page.indexOf("</tr>", r));
        Map<String, Long> cells = new TreeMap<>();
        Matcher m = Pattern.compile("data-col=\"([^\"]+)\">(\\d+)</td>").matcher(tr);
        while (m.find()) {
            cells.put(m.group(1), Long.parseLong(m.group(2)));
        }
        return cells;
    }

    @Test
    void theTablesCountTheFindingsOfTheSubmittedVersions() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        String healthy = Files.readString(Path.of("examples", "healthy-multisite.yaml"));
        String a = submit("talk-officer", 2087, kakao);
        String b = submit("portal-officer", 2087, healthy.replaceAll("operator: [a-z-]+", "operator: example-portal"));

        Map<String, Long> bySeverity = new TreeMap<>();
        Map<String, Long> byRule = new TreeMap<>();
        String firstKey = null;
        for (String id : List.of(a, b)) {
            List<Map<String, Object>> findings = given().auth().preemptive().basic("reviewer", Browserless.PASSWORD)
                    .get("/api/v1/filings/" + id + "/versions/1/findings").then().statusCode(200).extract().path("findings");
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

        Browserless lead = Browserless.signIn("lead");
        String page = lead.get("/regulator/trends?from=2087&to=2087").then().statusCode(200).extract().asString();
        Map<String, Long> sev = cells(page, "sev-year-table", "2087");
        for (String s : List.of("critical", "high", "medium", "low", "info")) {
            assertEquals(bySeverity.getOrDefault(s, 0L), sev.get(s), "severity " + s + " in plan year 2087");
        }
        Map<String, Long> rules = cells(page, "rule-year-table", "2087");
        assertEquals(byRule, rules, "findings by rule in plan year 2087");

        String month = YearMonth.now(ZoneId.of("Asia/Seoul")).toString();
        Map<String, Long> monthly = cells(page, "sev-month-table", month);
        assertEquals(total, monthly.values().stream().mapToLong(Long::longValue).sum(), "this month's submissions");

        assertEquals(Map.of("DISPOSED", 1L, "OPEN", total - 1), cells(page, "disp-year-table", "2087"));
        Map<String, Long> filings = cells(page, "filings-year-table", "2087");
        assertEquals(1L, filings.get("ACCEPTED"));
        assertEquals(1L, filings.get("AWAITING_REVIEW"));
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

        Browserless.signIn("talk-editor").get("/regulator/trends").then().statusCode(403);
    }
}
