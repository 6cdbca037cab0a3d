package kr.drregistry.plan.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.apache.http.entity.mime.HttpMultipartMode;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The plan editor of the operator portal: load, save (plain and htmx), field errors, stale drafts, attachments, tenancy. */
@QuarkusTest
class PlanPagesTest {
    private static final String PW = Browserless.PASSWORD;

    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Tenant tenant = Tenants.fresh("plan");

    /** A new filing of {@code type} of the test's own organisation (any plan year is free in it). */
    private String createFiling(String type) {
        return Api.create(Api.as(tenant.editor()), type, 2027, "계획 2027");
    }

    /** A plan filing whose draft (version 1) is the example plan. */
    private String examplePlan() throws Exception {
        String id = createFiling("PLAN");
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON).header("If-Match", "\"d0\"")
                .body(Files.readAllBytes(Path.of("examples", "plan-example-talk-2026.json")))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        return id;
    }

    @Inject
    DataSource dataSource;

    /** The stored draft (the API has no read of drafts; the portal is where people see them). */
    private String draft(String id) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select draft_content from filing where id = ?")) {
            s.setObject(1, UUID.fromString(id));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return kr.drregistry.platform.StoredText.decode(r.getBytes(1));
            }
        }
    }

    private JsonPath draftJson(String id) throws Exception {
        return new JsonPath(draft(id));
    }

    private static RequestSpecification form(Browserless who, String page) {
        String csrf = who.csrfToken(page);
        return given().cookies(who.cookies()).redirects().follow(false).accept("text/html")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf);
    }

    /** Multipart as browsers send it: the file name in UTF-8. */
    private static RequestSpecification upload(Browserless who, String csrf) {
        return given().cookies(who.cookies()).header("HX-Request", "true").header("X-CSRF-TOKEN", csrf)
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8)));
    }

    @Test
    void theEditorShowsTheDraftBySectionWithCompletenessMarks() throws Exception {
        String id = examplePlan();
        Browserless editor = Browserless.signIn(tenant.editor());
        editor.get("/portal/filings/" + id + "/plan").then().statusCode(200)
                .body(containsString("재난관리 책임자·전담 부서"), containsString("위기경보 단계"),
                        containsString("name=\"/officer/name\" value=\"김재난\""),
                        containsString("name=\"/escalation/3/role\" value=\"대표이사\""),
                        containsString("name=\"/department/dedicated\" value=\"true\" checked"),
                        containsString("name=\"/department/name\" value=\"서비스안정성실\""),
                        containsString("id=\"plan-draft-version\" name=\"draftVersion\" value=\"1\""),
                        containsString("id=\"mark-officer\" class=\"plan-mark ok\""),
                        containsString("role=\"status\""),
                        matchesPatternIn("<noscript>\\s*<div class=\"plan-row\" id=\"row-contacts-3\""));
        Browserless english = Browserless.signIn(tenant.editor());
        english.cookies().put("drr-lang", "en");
        english.get("/portal/filings/" + id + "/plan").then().statusCode(200)
                .body(containsString("Officer and department"), containsString("Crisis-alert levels"), containsString("Save now"));
    }

    @Test
    void aSavedSectionComesBackAndAnAutosaveAnswersWithTheStatusOnly() throws Exception {
        String id = createFiling("PLAN");
        Browserless editor = Browserless.signIn(tenant.editor());
        String page = "/portal/filings/" + id + "/plan";
        editor.get(page).then().statusCode(200).body(containsString("id=\"mark-officer\" class=\"plan-mark todo sev-high\""));

        form(editor, page).formParam("draftVersion", "0").formParam("/officer/name", "김재난").formParam("/officer/title", "CTO")
                .formParam("/officer/phone24x7", "010-1234-5678").formParam("/contacts/0/name", "상황실")
                .formParam("/contacts/0/phone", "02-000-0000").formParam("/contacts/0/available24x7", "true")
                .post(page).then().statusCode(200)
                .body(containsString("저장됨"), containsString("value=\"1\""), containsString("id=\"mark-officer\" class=\"plan-mark todo"));
        JsonPath saved = draftJson(id);
        assertEquals("김재난", saved.getString("officer.name"));
        assertEquals(true, saved.getBoolean("contacts[0].available24x7"));
        assertEquals("plan/v1", saved.getString("format"));
        editor.get(page).then().statusCode(200).body(containsString("name=\"/officer/name\" value=\"김재난\""),
                containsString("name=\"/contacts/0/phone\" value=\"02-000-0000\""));

        form(editor, page).header("HX-Request", "true").formParam("draftVersion", "1").formParam("/officer/name", "이재난")
                .post(page).then().statusCode(200)
                .body(containsString("data-state=\"saved\""), matchesPatternIn("\\d{2}:\\d{2}에 저장됨"),
                        containsString("id=\"plan-draft-version\" name=\"draftVersion\" value=\"2\" hx-swap-oob=\"true\""),
                        containsString("id=\"findings-officer\""), not(containsString("<html")));
        form(editor, page).header("HX-Request", "true").formParam("draftVersion", "2").formParam("/officer/name", "이재난")
                .post(page).then().statusCode(200).body(containsString("data-state=\"unchanged\""), containsString("value=\"2\""));
    }

    private static org.hamcrest.Matcher<String> matchesPatternIn(String regex) {
        return matchesPattern("(?s).*" + regex + ".*");
    }

    @Test
    void aBadNumberIsShownAtItsFieldWithEverythingTypedKeptAndTheRestSaved() throws Exception {
        String id = examplePlan();
        Browserless editor = Browserless.signIn(tenant.editor());
        String page = "/portal/filings/" + id + "/plan";
        String html = form(editor, page).formParam("draftVersion", "1").formParam("/officer/name", "박책임")
                .formParam("/department/name", "안정성실").formParam("/department/staffCount", "열두 명")
                .formParam("/scenarios/0/kind", "flood").formParam("/scenarios/0/response", "차수판")
                .formParam("/scenarios/3/kind", "flood").formParam("/scenarios/3/response", "다시 차수판")
                .post(page).then().statusCode(200).extract().asString();
        assertContains(html, "name=\"/department/staffCount\" value=\"열두 명\" type=\"text\" inputmode=\"numeric\"");
        assertContains(html, "aria-describedby=\"f-department-staffCount-err\" aria-invalid=\"true\"");
        assertContains(html, "<p class=\"form-hint-invalid\" id=\"f-department-staffCount-err\">숫자로만 적으십시오(예: 30). 입력한 값 &quot;열두 명&quot;은 정수가 아닙니다.</p>");
        assertContains(html, "class=\"form-group plan-field is-error\" data-field=\"/department/staffCount\"");
        assertContains(html, "name=\"/officer/name\" value=\"박책임\"");
        assertContains(html, "name=\"/scenarios/3/response\"");
        assertContains(html, "다시 차수판</textarea>");
        // the summary names section, row and field in the editor's words (typed message methods, checked at build time)
        assertContains(html, "<a href=\"#f-department-staffCount\">재난관리 책임자·전담 부서 › 전담 인력(명)</a>");
        assertContains(html, "<a href=\"#f-scenarios-3-kind\">재난 유형별 시나리오 › 시나리오 2 › 재난 유형</a>");
        assertContains(html, "입력 오류 2건");
        assertContains(html, "오류가 있는 입력 2건은 저장되지 않았습니다");
        assertContains(html, "id=\"mark-officer\" class=\"plan-mark error");
        JsonPath saved = draftJson(id);
        assertEquals("박책임", saved.getString("officer.name"));
        assertEquals("안정성실", saved.getString("department.name"));
        assertNull(saved.get("department.staffCount"));
        assertEquals(1, saved.getList("scenarios").size());
        assertEquals("차수판", saved.getString("scenarios[0].response"));

        String fragment = form(editor, page).header("HX-Request", "true").formParam("draftVersion", "2")
                .formParam("/department/staffCount", "열두 명").post(page).then().statusCode(200).extract().asString();
        assertContains(fragment, "<script type=\"application/json\" id=\"plan-field-errors\" hx-swap-oob=\"true\">{\"/department/staffCount\":\"숫자로만");
    }

    @Test
    void aStaleDraftVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        String id = examplePlan();
        Browserless editor = Browserless.signIn(tenant.editor());
        Browserless officer = Browserless.signIn(tenant.officer());
        String page = "/portal/filings/" + id + "/plan";
        form(officer, page).formParam("draftVersion", "1").formParam("/officer/name", "먼저 저장한 사람").post(page).then().statusCode(200);
        String before = draft(id);

        form(editor, page).formParam("draftVersion", "1").formParam("/officer/name", "나중에 저장한 사람").post(page).then().statusCode(412)
                .body(containsString("다른 사람이 그사이 이 초안을 저장했습니다"), containsString("다시 불러오기"),
                        containsString("name=\"/officer/name\" value=\"나중에 저장한 사람\""));
        form(editor, page).header("HX-Request", "true").formParam("draftVersion", "1").formParam("/officer/name", "나중에")
                .post(page).then().statusCode(412).body(containsString("data-state=\"stale\""));
        assertTrue(draft(id).equals(before), "the other person's draft stays");
        assertTrue(before.contains("먼저 저장한 사람"));
    }

    @Test
    void anAttachmentIsUploadedListedWithItsHashAndDownloaded() throws Exception {
        String id = examplePlan();
        Browserless editor = Browserless.signIn(tenant.editor());
        String page = "/portal/filings/" + id + "/plan";
        String csrf = editor.csrfToken(page);
        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));

        String list = upload(editor, csrf)
                .multiPart("file", "재난대응 매뉴얼.pdf", pdf, "application/pdf").post("/portal/filings/" + id + "/attachments")
                .then().statusCode(201).body(containsString("재난대응 매뉴얼.pdf 파일을 올렸습니다"), containsString(sha),
                        containsString("PDF"), containsString("초안"), containsString(tenant.editor())).extract().asString();
        Matcher link = Pattern.compile("href=\"(/portal/filings/[0-9a-f-]+/attachments/[0-9a-f-]+)\" download").matcher(list);
        assertTrue(link.find(), "a download link");
        editor.get(page).then().statusCode(200).body(containsString(sha), containsString("1건"));

        Response download = given().cookies(editor.cookies()).get(link.group(1));
        download.then().statusCode(200).header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", containsString("attachment;"))
                .header("Content-Disposition", containsString("filename*=UTF-8''%EC%9E%AC%EB%82%9C"))
                .contentType(containsString("application/pdf"));
        assertArrayEquals(pdf, download.asByteArray());

        upload(editor, csrf)
                .multiPart("file", "script.pdf", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")
                .post("/portal/filings/" + id + "/attachments").then().statusCode(415)
                .body(containsString("받을 수 없는 형식입니다"), containsString("role=\"alert\""));
        upload(editor, csrf)
                .multiPart("file", "huge.pdf", new byte[20 * 1024 * 1024 + 1], "application/pdf")
                .post("/portal/filings/" + id + "/attachments").then().statusCode(413)
                .body(containsString("파일이 너무 큽니다. 파일당 20 MB까지"));
        given().cookies(editor.cookies()).redirects().follow(false).multiPart("csrf-token", csrf)
                .multiPart("file", "without-javascript.pdf", pdf, "application/pdf").post("/portal/filings/" + id + "/attachments")
                .then().statusCode(303).header("Location", endsWith("/portal/filings/" + id + "/plan#sec-attachments"));
        editor.get(page).then().statusCode(200).body(containsString("without-javascript.pdf"), containsString("2건"));
        given().cookies(editor.cookies()).header("HX-Request", "true")
                .multiPart("file", "no-token.pdf", pdf, "application/pdf")
                .post("/portal/filings/" + id + "/attachments").then().statusCode(403);
    }

    @Test
    void anotherOrganisationSeesNothingAndOtherFilingTypesHaveNoPlanEditor() throws Exception {
        String id = examplePlan();
        Browserless editor = Browserless.signIn(tenant.editor());
        String csrf = editor.csrfToken("/portal/filings/" + id + "/plan");
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        String list = given().cookies(editor.cookies()).header("X-CSRF-TOKEN", csrf).header("HX-Request", "true")
                .multiPart("file", "a.pdf", pdf, "application/pdf").post("/portal/filings/" + id + "/attachments")
                .then().statusCode(201).extract().asString();
        Matcher link = Pattern.compile("href=\"(/portal/filings/[0-9a-f-]+/attachments/[0-9a-f-]+)\" download").matcher(list);
        assertTrue(link.find());

        Browserless other = Browserless.signIn(Tenants.fresh("plan-other").editor());
        String otherCsrf = other.csrfToken("/portal/tokens");
        other.get("/portal/filings/" + id + "/plan").then().statusCode(404).body(not(containsString("김재난")));
        given().cookies(other.cookies()).accept("text/html").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", otherCsrf).formParam("draftVersion", "1").formParam("/officer/name", "침입자")
                .post("/portal/filings/" + id + "/plan").then().statusCode(404);
        other.get(link.group(1)).then().statusCode(404);
        given().cookies(other.cookies()).header("X-CSRF-TOKEN", otherCsrf).header("HX-Request", "true")
                .multiPart("file", "x.pdf", pdf, "application/pdf").post("/portal/filings/" + id + "/attachments").then().statusCode(404);
        assertTrue(draft(id).contains("김재난"));

        given().cookies(Browserless.signIn("reviewer").cookies()).accept("*/*")
                .get("/portal/filings/" + id + "/plan").then().statusCode(403);
        String topology = createFiling("TOPOLOGY");
        editor.get("/portal/filings/" + topology + "/plan").then().statusCode(404);
    }

    private static void assertContains(String html, String expected) {
        assertTrue(html.contains(expected), () -> "expected the page to contain\n  " + expected + "\n" + excerpt(html, expected));
    }

    private static String excerpt(String html, String expected) {
        String key = expected.length() > 20 ? expected.substring(0, 20) : expected;
        int at = html.indexOf(key);
        return at < 0 ? "(not even its start found)" : html.substring(Math.max(0, at - 200), Math.min(html.length(), at + 600));
    }
}
