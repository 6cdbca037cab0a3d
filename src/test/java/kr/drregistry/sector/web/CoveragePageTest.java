package kr.drregistry.sector.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/**
 * The regulator's coverage page: who must file under the policy's thresholds, who filed, who is overdue. Every operator
 * it looks at is its own (made here), so the plan year is only the page's parameter, chosen far ahead so that the
 * "as of" dates are fixed.
 */
@QuarkusTest
class CoveragePageTest {
    @Inject
    DataSource dataSource;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    private String org(String name, String kind, Long users, String share, String floor, String power, Long revenue) throws Exception {
        String slug = "cov-" + name + "-" + suffix;
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                insert into organisation (id, slug, name_ko, name_en, kind, daily_users, traffic_share_pct, floor_area_m2,
                                          received_power_mw, revenue_krw) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setObject(1, UUID.randomUUID());
            ps.setString(2, slug);
            ps.setString(3, "시험 " + name);
            ps.setString(4, "Test " + name);
            ps.setString(5, kind);
            ps.setObject(6, users);
            ps.setBigDecimal(7, share == null ? null : new BigDecimal(share));
            ps.setBigDecimal(8, floor == null ? null : new BigDecimal(floor));
            ps.setBigDecimal(9, power == null ? null : new BigDecimal(power));
            ps.setObject(10, revenue);
            ps.executeUpdate();
        }
        return slug;
    }

    private static String row(String page, String slug) {
        int at = page.indexOf("data-slug=\"" + slug + "\"");
        assertTrue(at > 0, slug + " is listed");
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    void coveredOperatorsThatHaveNotFiledAreOverdueAndUnknownDataIsNotNotCovered() throws Exception {
        String above = org("above", "VALUE_ADDED", 10_000_000L, "0.5", null, null, null);
        String below = org("below", "VALUE_ADDED", 9_999_999L, "1.9999", null, null, null);
        String unknown = org("nodata", "IDC", null, null, "30000", null, null);
        String idc = org("idc", "IDC", null, null, "22500", "0", 10_000_000_000L);

        // an operator of the test's own files its 2081 topology (not its plan)
        Tenant filer = Tenants.fresh("cov");
        String kakao = filer.own(Files.readString(Path.of("examples", "kakao-like-2022.yaml")));
        String id = given().auth().preemptive().basic(filer.officer(), Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2081, \"title\": \"대상 시험\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(filer.officer(), Browserless.PASSWORD).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(kakao.getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(filer.officer(), Browserless.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + id + "/submit").then().statusCode(201);

        Browserless lead = Browserless.signIn("lead");
        // as of 2081-01-15 the 2081 filings (due 2080-12-31) are late
        String page = lead.get("/regulator/coverage?year=2081&asof=2081-01-15&size=200&sort=operator")
                .then().statusCode(200).extract().asString();
        assertTrue(page.contains("2080-12-31"), "the policy's deadline for plan year 2081 is shown");
        assertTrue(page.contains("<th scope=\"col\" aria-sort=\"ascending\"><a href="),
                "the sorted column's header cell (not its link) says how it is sorted");

        String a = row(page, above);
        assertTrue(a.contains("신고 대상") && a.contains("10,000,000 명 ≥ 10,000,000 명") && a.contains("(충족)"),
                "exactly at the threshold is covered, with the numbers: " + a);
        assertTrue(a.contains("기한 경과") && a.contains("미제출"), "covered and not filed is overdue, in words: " + a);

        String b = row(page, below);
        assertTrue(b.contains("대상 아님") && b.contains("9,999,999 명 &lt; 10,000,000 명") && b.contains("(미달)"), b);
        assertFalse(b.contains("기한 경과"), "an operator under the thresholds is not overdue: " + b);

        String u = row(page, unknown);
        assertTrue(u.contains("지정 자료 없음") && u.contains("자료 없음"), "missing designation data is shown as such: " + u);
        assertFalse(u.contains("대상 아님") || u.contains("기한 경과"), u);

        String i = row(page, idc);
        assertTrue(i.contains("신고 대상") && i.contains("₩10,000,000,000"), "IDC at floor area and revenue thresholds: " + i);

        String filed = row(page, filer.slug());
        assertTrue(filed.contains("제출 20") && filed.contains("/filings/" + id + "/versions/1"), "the filed topology links its version: " + filed);
        assertTrue(filed.contains("기한 경과"), "the plan is still missing: " + filed);

        // filters: overdue only drops the operator under the thresholds; kind narrows to IDC
        String overdue = lead.get("/regulator/coverage?year=2081&asof=2081-01-15&size=200&overdue=true").then().statusCode(200)
                .extract().asString();
        assertTrue(overdue.contains(above) && !overdue.contains(below) && !overdue.contains(unknown), "overdue filter");
        String idcs = lead.get("/regulator/coverage?year=2081&asof=2081-01-15&size=200&kind=IDC&coverage=DATA_MISSING").then()
                .statusCode(200).extract().asString();
        assertTrue(idcs.contains(unknown) && !idcs.contains(idc) && !idcs.contains(above), "kind and coverage filters");

        // before the deadline nobody is overdue for missing filings
        String early = lead.get("/regulator/coverage?year=2081&asof=2080-06-01&size=200&sort=operator").then().statusCode(200).extract().asString();
        assertFalse(row(early, above).contains("기한 경과"), "not yet due");
        assertTrue(row(early, above).contains("기한 전"));

        // English second
        lead.get("/lang/en?back=/");
        // (filtered like above: the shared test database holds more organisations than one page as the suite grows)
        String en = lead.get("/regulator/coverage?year=2081&asof=2081-01-15&size=200&coverage=DATA_MISSING").then().statusCode(200)
                .extract().asString();
        String enOverdue = lead.get("/regulator/coverage?year=2081&asof=2081-01-15&size=200&overdue=true").then().statusCode(200)
                .extract().asString();
        assertTrue(row(en, unknown).contains("Designation data missing") && row(enOverdue, above).contains("Overdue"),
                row(enOverdue, above));

        Browserless.signIn(filer.editor()).get("/regulator/coverage").then().statusCode(403);
    }
}
