package kr.drregistry.filing.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kr.drregistry.support.Portal.post;
import static kr.drregistry.support.Portal.startTopology;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The operator's dashboard, filing page and topology workspace, as a signed-in browser would use them. */
@QuarkusTest
class PortalPagesTest {
    /** Any plan year: the organisation is the test's own. */
    private static final int YEAR = 2027;

    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Tenant tenant = Tenants.fresh("portal");

    private String kakao() {
        return Api.kakao(tenant);
    }

    @Test
    void anEditorStartsAFilingChecksItLiveSavesItAndSeesItOnTheDashboard() throws Exception {
        Browserless editor = Browserless.signIn(tenant.editor());
        int year = YEAR;
        String id = startTopology(editor, year, "카카오형 토폴로지 " + year);
        String page = "/portal/filings/" + id + "/topology";

        // live check: the critical single-site findings of the Kakao-like example, linked to the pictures
        String check = post(editor, page + "/check", page, "document", kakao()).then().statusCode(200).extract().asString();
        assertTrue(check.contains("SPOF-002"), check);
        assertTrue(check.contains("site:pangyo"), "the scenario is named");
        assertTrue(check.contains("/filings/" + id + "/pictures?focus="), "findings link to the pictures");
        assertTrue(check.contains("drr-sev sev-critical"), "critical findings are shown as such");
        // Pangyo stops talk (47 M), login (40 M), pay (20 M) and map (10 M): a person using two of them is not two people
        assertTrue(check.contains("가장 큰 손실: site:pangyo를 잃으면 이용자 최소 4,700만 명(가장 큰 서비스), "
                + "서비스별 합계 1억 1,700만 명(중복 포함)"), "the worst loss is a range, the sum labelled as one: " + check);

        // a syntax error is shown at its line, nothing is stored
        String broken = kakao().replaceFirst("sites:", "sites: [");
        String errors = post(editor, page + "/check", page, "document", broken).then().statusCode(200).extract().asString();
        assertTrue(errors.contains("data-line=\""), errors);

        // save, then the editor shows the saved draft
        post(editor, page, page, "document", kakao(), "draftVersion", 0).then().statusCode(303);
        String saved = editor.get(page + "?saved=1").then().statusCode(200)
                .body(containsString("talk-api"), containsString("초안을 저장했습니다")).extract().asString();
        // the page comes at once and asks for the check of the draft when it loads; without JavaScript, ?check=1
        assertTrue(saved.contains("hx-trigger=\"load\""), "the check is loaded by the page");
        assertFalse(saved.contains("class=\"drr-finding\""), "the page itself does not wait for the check");
        editor.get(page + "?check=1").then().statusCode(200).body(containsString("class=\"drr-finding\""),
                containsString("<span class=\"drr-rule\">SPOF-002</span>"));

        // a save based on the old draft version is refused and the text typed is kept
        String mine = kakao().replace("# ", "# edited ");
        Response stale = post(editor, page, page, "document", mine, "draftVersion", 0);
        assertEquals(412, stale.statusCode());
        assertTrue(stale.asString().contains("다른 사람이 먼저 초안을 저장했습니다"));
        assertTrue(stale.asString().contains("edited"), "the editor's text is not lost");

        // an invalid document is not saved, the text stays and the errors are listed
        Response invalid = post(editor, page, page, "document", "format: drr/v1\nsites: 3\n", "draftVersion", 1);
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.asString().contains("sites: 3"));

        // the dashboard lists the filing with its status and due date
        String dash = editor.get("/portal").then().statusCode(200).extract().asString();
        assertTrue(dash.contains("카카오형 토폴로지 " + year));
        assertTrue(dash.contains("<span class=\"drr-status status-DRAFT\">초안</span>"), "status in Korean");
        assertTrue(dash.contains((year - 1) + "-12-31"), dash.substring(dash.indexOf("카카오형 토폴로지 " + year)).substring(0, 1500));

        // the filing page shows the draft and offers editing
        editor.get("/portal/filings/" + id).then().statusCode(200)
                .body(containsString("초안 1판"), containsString("/portal/filings/" + id + "/topology"));
    }

    @Test
    void aLargeTopologyShowsTheWorstFindingsPerSeverityAndAllOnRequest() {
        Browserless editor = Browserless.signIn(tenant.editor());
        String id = startTopology(editor, YEAR, "큰 토폴로지 " + id());
        String page = "/portal/filings/" + id + "/topology";
        String big = new String(kr.drregistry.topology.parse.CanonicalJson.write(
                kr.drregistry.topology.bench.SyntheticTopology.generate(400, 6, 4, 10, 7L)),
                java.nio.charset.StandardCharsets.UTF_8);

        String firstPage = post(editor, page + "/check", page, "document", big).then().statusCode(200).extract().asString();
        int shown = count(firstPage, "class=\"drr-finding\"");
        assertTrue(firstPage.contains("건이 더 있습니다"), "the page says findings are left out");
        assertTrue(shown > 0 && shown <= 5 * FindingsView.PAGE_PER_SEVERITY, "shown: " + shown);

        String all = post(editor, page + "/check", page, "document", big, "all", "1").then().statusCode(200).extract().asString();
        assertFalse(all.contains("건이 더 있습니다"));
        assertTrue(count(all, "class=\"drr-finding\"") > shown, "all findings on request");
    }

    @Test
    void aDraftTooLargeToEditIsCheckedAsSavedAndReplacedByUpload() {
        Browserless editor = Browserless.signIn(tenant.editor());
        String id = startTopology(editor, YEAR + 1, "아주 큰 토폴로지 " + id());
        String big = new String(kr.drregistry.topology.parse.CanonicalJson.write(
                kr.drregistry.topology.bench.SyntheticTopology.generate(5000, 6, 8, 20, 7L)), java.nio.charset.StandardCharsets.UTF_8)
                .replaceFirst("\"operator\"\\s*:\\s*\"[^\"]*\"", "\"operator\":\"" + tenant.slug() + "\"");
        assertTrue(big.length() > 2_000_000, "over drr.portal.editor-max-chars: " + big.length());
        io.restassured.RestAssured.given().auth().preemptive().basic(tenant.editor(), tenant.password())
                .contentType("application/json").header("If-Match", "\"d0\"").body(big.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        String page = "/portal/filings/" + id + "/topology";
        String html = editor.get(page).then().statusCode(200).extract().asString();
        assertTrue(html.contains("id=\"big-draft\"") && html.contains("자로 커서 이 화면에서 편집하지 않습니다"), "it says why");
        assertFalse(html.contains("<textarea id=\"document\""), "no editor holding megabytes");
        assertTrue(html.length() < 200_000, "the page does not carry the draft: " + html.length());
        assertTrue(html.contains("name=\"file\""), "the upload replaces it");
        String check = post(editor, page + "/check", page).then().statusCode(200).extract().asString();
        assertTrue(check.contains("id=\"roots\"") && check.contains("class=\"drr-finding\""), "the saved draft is checked");
    }

    private static int count(String text, String what) {
        return kr.drregistry.support.Html.count(text, what);
    }

    @Test
    void anotherOrganisationSeesNothing() {
        Browserless talk = Browserless.signIn(tenant.editor());
        String id = startTopology(talk, YEAR, "남의 신고");
        Browserless other = Browserless.signIn(Tenants.fresh("portal-other").editor());
        other.get("/portal/filings/" + id).then().statusCode(404);
        other.get("/portal/filings/" + id + "/topology").then().statusCode(404);
        post(other, "/portal/filings/" + id + "/topology/check", "/portal", "document", "format: drr/v1").then().statusCode(404);
        other.get("/portal").then().statusCode(200).body(not(containsString("남의 신고")));
    }

    @Test
    void uploadSavesTheFileAndARevisionStartsFromASubmittedVersion() throws Exception {
        Browserless officer = Browserless.signIn(tenant.officer());
        String id = startTopology(officer, YEAR, "업로드 " + id());
        String page = "/portal/filings/" + id + "/topology";
        given().redirects().follow(false).cookies(officer.cookies()).multiPart("csrf-token", officer.csrfToken(page))
                .multiPart("draftVersion", "0").multiPart("file", "kakao.yaml", kakao().getBytes(), "application/yaml")
                .post(page + "/upload").then().statusCode(303);
        officer.get(page).then().statusCode(200).body(containsString("talk-api"));

        // submitted through the API (the sign-off page is tested on its own), then revised from version 1
        given().auth().preemptive().basic(tenant.officer(), Browserless.PASSWORD).contentType("application/json")
                .post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        post(officer, "/portal/filings/" + id + "/revise", "/portal/filings/" + id, "from", 1, "draftVersion", 1)
                .then().statusCode(303);
        String editor = officer.get(page + "?revisedFrom=1").asString();
        assertTrue(editor.contains("format: drr/v1"), "the version comes back as YAML");
        assertTrue(editor.contains("1차 제출 버전의 내용으로 초안을 시작했습니다"));
        String filing = officer.get("/portal/filings/" + id).asString();
        assertTrue(filing.contains("/filings/" + id + "/versions/1"), "the version is listed");
        assertTrue(filing.contains("초안 2판"), "the revision is a new draft version");
    }

    private static String id() {
        return Long.toString(System.nanoTime(), 36);
    }
}
