package kr.drregistry.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/**
 * The audit trail page as an admin reads it: events in words, filings by title with a link, filters that narrow the
 * entries to one organisation, account, event or period, and the filtered entries as CSV with Korean headers. Every
 * assertion is about this test's own organisation: the shared database holds many others.
 */
@QuarkusTest
class AuditPageTest {
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Test
    void anAdminReadsFiltersAndDownloadsTheTrailOfOneOrganisation() {
        Tenant t = Tenants.fresh("auditpage");
        Tenant other = Tenants.fresh("auditother");
        String title = "감사 화면 신고 " + t.slug();
        String id = Api.create(Api.as(t.editor()), "TOPOLOGY", 2031, title);
        Api.saveYaml(Api.as(t.editor()), id, 0, Api.kakao(t));
        Api.submit(Api.as(t.officer()), id);
        Api.as("reviewer").get("/api/v1/filings/" + id + "/versions/1").then().statusCode(200);
        String otherTitle = "다른 기관 신고 " + other.slug();
        Api.create(Api.as(other.editor()), "TOPOLOGY", 2031, otherTitle);

        Browserless admin = Browserless.signIn("admin");
        String org = "/admin/audit?org=" + t.slug();

        // the organisation's entries: its own people's and the regulator's opening of its version, in words
        String all = rows(admin.get(org).then().statusCode(200).extract().asString());
        assertTrue(all.contains("신고 생성") && all.contains("초안 저장") && all.contains("신고 제출")
                && all.contains("제출한 버전 열람"), all);
        assertTrue(all.contains("<a href=\"/filings/" + id + "/versions/1\">" + title + "</a>"), "the filing by title, as a link: " + all);
        assertTrue(all.contains(t.officerNameKo()) && all.contains(t.nameKo()), "the officer and the organisation by name: " + all);
        assertFalse(all.contains(otherTitle), "another organisation's filing is not listed");
        assertFalse(all.contains("<code>" + id + "</code>"), "no full id as text");

        // by account: the editor's name or part of it
        String editor = rows(admin.get(org + "&who=" + t.editor()).asString());
        assertTrue(editor.contains("초안 저장") && !editor.contains("신고 제출") && !editor.contains("제출한 버전 열람"), editor);
        String officerPage = admin.get(org + "&who=" + t.officerNameKo()).asString();
        String officer = rows(officerPage);
        assertTrue(officer.contains("신고 제출") && !officer.contains("초안 저장"),
                () -> officerPage.substring(officerPage.indexOf("id=\"a-who\""), officerPage.indexOf("id=\"a-who\"") + 200) + officer);

        // by event
        String submitted = rows(admin.get(org + "&event=filing.submitted").asString());
        assertTrue(submitted.contains("신고 제출") && !submitted.contains("초안 저장") && !submitted.contains("신고 생성"), submitted);

        // by date (Korean days): the day of the entries has them, the days before do not
        Instant at = Instant.parse(Api.as("admin").queryParam("subject", id).get("/api/v1/audit").then().statusCode(200)
                .extract().path("[0].at"));
        LocalDate day = at.atZone(SEOUL).toLocalDate();
        assertTrue(rows(admin.get(org + "&from=" + day + "&to=" + day).asString()).contains("신고 제출"));
        assertTrue(admin.get(org + "&to=" + day.minusDays(1)).asString().contains("조건에 맞는 항목이 없습니다."));
        assertTrue(admin.get(org + "&from=" + day.plusDays(1)).asString().contains("조건에 맞는 항목이 없습니다."));

        // paging on: entries older than the submission only
        long submittedSeq = ((Number) Api.as("admin").queryParam("subject", id).get("/api/v1/audit").then()
                .extract().jsonPath().getList("findAll { it.action == 'filing.submitted' }.seq").get(0)).longValue();
        String older = rows(admin.get(org + "&before=" + submittedSeq).asString());
        assertTrue(older.contains("초안 저장") && !older.contains("신고 제출"), older);

        // the CSV: Korean headers, the filtered rows only, and its download is itself recorded
        String csv = given().cookies(admin.cookies()).get("/admin/audit/export.csv?org=" + t.slug() + "&event=filing.submitted")
                .then().statusCode(200).contentType(Matchers.startsWith("text/csv")).extract().asString();
        assertTrue(csv.startsWith("\uFEFF번호,시각(KST),아이디,이름,기관,행위,행위 코드,대상,대상 유형,대상 ID,내용\r\n"), csv);
        List<String> lines = csv.lines().skip(1).toList();
        assertEquals(1, lines.size(), csv);
        assertTrue(lines.get(0).contains(t.officer()) && lines.get(0).contains("신고 제출") && lines.get(0).contains(title), csv);
        Api.as("admin").queryParam("subject", "org=" + t.slug() + "&event=filing.submitted").get("/api/v1/audit").then()
                .body("action", Matchers.hasItem("export.read"));

        // English: the same entries in English words, English CSV headers
        String en = rows(given().cookies(admin.cookies()).cookie("drr-lang", "en").accept("text/html").get(org).asString());
        assertTrue(en.contains("Filing submitted") && en.contains("Draft saved") && en.contains("Submitted version opened"), en);
        assertTrue(given().cookies(admin.cookies()).cookie("drr-lang", "en").get("/admin/audit/export.csv?org=" + t.slug())
                .asString().startsWith("\uFEFFNo.,Time (KST),User name,"));

        // operators see neither the page nor its CSV
        Browserless op = Browserless.signIn(t.officer());
        op.get("/admin/audit").then().statusCode(403);
        given().cookies(op.cookies()).get("/admin/audit/export.csv").then().statusCode(403);
    }

    @jakarta.inject.Inject
    AuditTrail trail;

    @Test
    void anUnknownCodeIsShownAsItIsAndAnOrganisationByItsName() {
        Tenant t = Tenants.fresh("auditcode");
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .run(() -> trail.append("system", null, "test.code-without-words", "organisation", t.slug(), "from a test"));
        String rows = rows(Browserless.signIn("admin").get("/admin/audit?org=" + t.slug()).then().statusCode(200).extract().asString());
        assertTrue(rows.contains("<code>test.code-without-words</code>"), rows);
        assertTrue(rows.contains(t.nameKo()) && rows.contains("시스템"), "the organisation by name, the system as the actor: " + rows);
    }

    @Test
    void theLeadFollowsAnIncidentToTheRegulatorsIncidentPage() {
        Tenant t = Tenants.fresh("auditinc");
        String id = given().auth().preemptive().basic(t.editor(), Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"type\": \"INCIDENT\", \"title\": \"감사 사고 " + t.slug() + "\"}").post("/api/v1/filings")
                .then().statusCode(201).extract().path("id");
        String lead = rows(Browserless.signIn("lead").get("/admin/audit?org=" + t.slug()).then().statusCode(200).extract().asString());
        assertTrue(lead.contains("<a href=\"/regulator/incidents/" + id + "\">감사 사고 " + t.slug() + "</a>"), lead);
        // the admin has no incident pages and the incident no submitted version: its title, no link
        String admin = rows(Browserless.signIn("admin").get("/admin/audit?org=" + t.slug()).asString());
        assertTrue(admin.contains("감사 사고 " + t.slug()) && !admin.contains("/regulator/incidents/" + id), admin);
    }

    private static String rows(String page) {
        int from = page.indexOf("<tbody>");
        return from < 0 ? "" : page.substring(from, page.indexOf("</tbody>", from));
    }

    @Test
    void theApiFiltersAsThePageDoesPagesWithALinkAndRefusesABadDate() {
        Tenant t = Tenants.fresh("auditapi");
        Tenant other = Tenants.fresh("auditapiother");
        String id = Api.create(Api.as(t.editor()), "TOPOLOGY", 2031, "감사 API 신고 " + t.slug());
        Api.saveYaml(Api.as(t.editor()), id, 0, Api.kakao(t));
        Api.submit(Api.as(t.officer()), id);
        String otherId = Api.create(Api.as(other.editor()), "TOPOLOGY", 2031, "다른 기관 " + other.slug());

        // by organisation: its people's entries and those about its filings, none of another organisation's
        List<String> subjects = Api.as("admin").queryParam("org", t.slug()).queryParam("limit", 1000).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath().getList("subjectId");
        assertTrue(subjects.contains(id), subjects.toString());
        assertFalse(subjects.contains(otherId), subjects.toString());
        // by account and action together
        List<String> actions = Api.as("admin").queryParam("org", t.slug()).queryParam("who", t.editor())
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("action");
        assertTrue(actions.contains("draft.saved") && !actions.contains("filing.submitted"), actions.toString());
        List<String> submitted = Api.as("admin").queryParam("org", t.slug()).queryParam("action", "filing.submitted")
                .get("/api/v1/audit").then().statusCode(200).extract().jsonPath().getList("subjectId");
        assertEquals(List.of(id), submitted);
        // by day in Seoul, both ends included
        Instant at = Instant.parse(Api.as("admin").queryParam("subject", id).queryParam("action", "filing.submitted")
                .get("/api/v1/audit").then().statusCode(200).extract().path("[0].at"));
        LocalDate day = at.atZone(SEOUL).toLocalDate();
        Api.as("admin").queryParam("subject", id).queryParam("from", day.toString()).queryParam("to", day.toString())
                .get("/api/v1/audit").then().statusCode(200).body("action", Matchers.hasItem("filing.submitted"));
        Api.as("admin").queryParam("subject", id).queryParam("to", day.minusDays(1).toString())
                .get("/api/v1/audit").then().statusCode(200).body("$", Matchers.hasSize(0));

        // one entry a page: the Link header names the next page, which holds the next older entry
        var first = Api.as("admin").queryParam("subject", id).queryParam("limit", 1).get("/api/v1/audit").then().statusCode(200)
                .body("$", Matchers.hasSize(1)).extract();
        long newest = ((Number) first.path("[0].seq")).longValue();
        String link = first.header("Link");
        assertTrue(link != null && link.contains("rel=\"next\"") && link.contains("before=" + newest), String.valueOf(link));
        String next = link.substring(link.indexOf('<') + 1, link.indexOf('>'));
        long older = ((Number) Api.as("admin").get(java.net.URI.create(next).getRawPath() + "?" + java.net.URI.create(next).getRawQuery())
                .then().statusCode(200).extract().path("[0].seq")).longValue();
        assertTrue(older < newest, older + " < " + newest);
        var all = Api.as("admin").queryParam("subject", id).queryParam("limit", 1000).get("/api/v1/audit").then().statusCode(200).extract();
        assertEquals(null, all.header("Link"), "no next page when every entry is on this one");

        // a date that is not one, or from after to: a 400 problem that names the parameter, nothing half-answered
        Api.as("admin").header("Accept-Language", "en").queryParam("from", "2026-13-01").get("/api/v1/audit").then()
                .statusCode(400).contentType(Matchers.containsString("application/problem+json"))
                .body("type", Matchers.equalTo("urn:drr:problem:bad-query"),
                        "detail", Matchers.equalTo("from=2026-13-01: allowed a date, yyyy-MM-dd"));
        Api.as("admin").queryParam("to", "어제").get("/api/v1/audit").then().statusCode(400)
                .body("detail", Matchers.equalTo("to=어제: 쓸 수 있는 값은 yyyy-MM-dd 형식의 날짜"));
        Api.as("admin").queryParam("from", "2026-12-07").queryParam("to", "2026-12-01").get("/api/v1/audit").then()
                .statusCode(400).body("title", Matchers.equalTo("조회 조건이 올바르지 않습니다"),
                        "detail", Matchers.equalTo("from=2026-12-07: 쓸 수 있는 값은 to=2026-12-01 이전이거나 같은 날짜"));
        // an operator's people do not read the trail
        Api.as(t.officer()).get("/api/v1/audit").then().statusCode(403);
    }
}
