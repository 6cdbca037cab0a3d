package kr.drregistry.filing.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;
import kr.drregistry.support.Tenants;

/** The officer's sign-off: what it shows, the password that stands for the signature, one version per click. */
@QuarkusTest
class SubmitPagesTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("submit");

    private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

    @Inject
    DataSource dataSource;

    private static String hidden(String page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find(), "the form carries " + name);
        return m.group(1);
    }

    private static Response post(Browserless who, String id, String page, String password, boolean confirm) {
        var request = given().cookies(who.cookies()).contentType(FORM).redirects().follow(false)
                .formParam("csrf-token", hidden(page, "csrf-token")).formParam("key", hidden(page, "key"))
                .formParam("draftVersion", hidden(page, "draftVersion")).formParam("password", password);
        if (confirm) {
            request = request.formParam("confirm", "yes");
        }
        return request.post("/portal/filings/" + id + "/submit");
    }

    @Test
    void theOfficerSeesTheCriticalFindingsAndOneSignOffMakesOneVersionWithAReceipt() throws Exception {
        String id = filings.topologyWithKakaoDraft();
        Browserless officer = Browserless.signIn(filings.officer());
        String page = officer.get("/portal/filings/" + id + "/submit").then().statusCode(200)
                .body(containsString("SPOF-002"), containsString("drr-sev sev-critical"), containsString("첫 제출입니다"),
                        containsString("kr-msit@"), containsString("name=\"password\""), containsString("krds-form-check"))
                .extract().asString();

        // nothing typed is said to be missing, not wrong, and is no failed signature in the audit trail
        post(officer, id, page, "", true).then().statusCode(422)
                .body(containsString("비밀번호를 입력하지 않았습니다"), not(containsString("비밀번호가 맞지 않습니다")),
                        containsString("aria-invalid=\"true\""));
        given().auth().preemptive().basic("admin", Filings.PW).get("/api/v1/audit?subject=" + id)
                .then().statusCode(200).body("action", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("signoff.failed")));
        post(officer, id, page, "wrong-password", true).then().statusCode(422)
                .body(containsString("비밀번호가 맞지 않습니다"), containsString("aria-invalid=\"true\""));
        filings.filing(id).then().body("latestVersion", equalTo(0), "status", equalTo("DRAFT"));
        given().auth().preemptive().basic("admin", Filings.PW).get("/api/v1/audit?subject=" + id)
                .then().statusCode(200).body("action", org.hamcrest.Matchers.hasItem("signoff.failed"));

        post(officer, id, page, Browserless.PASSWORD, false).then().statusCode(422).body(containsString("확인란에 체크해야"));
        filings.filing(id).then().body("latestVersion", equalTo(0));

        Response first = post(officer, id, page, Browserless.PASSWORD, true);
        first.then().statusCode(303);
        String receipt = first.getHeader("Location");
        assertTrue(receipt.endsWith("/portal/filings/" + id + "/versions/1/receipt?new=1"), receipt);
        Response again = post(officer, id, page, Browserless.PASSWORD, true);
        again.then().statusCode(303);
        assertEquals(receipt, again.getHeader("Location"), "a double click leads to the same version");
        String sha = filings.filing(id).then().body("versions", hasSize(1), "status", equalTo("SUBMITTED"))
                .extract().path("versions[0].sha256");

        String shown = officer.get(receipt.replaceFirst("^https?://[^/]+", "")).then().statusCode(200)
                .body(containsString("버전 1이 제출되었습니다"), containsString("제출됨 · 심사 대기"),
                        containsString("/filings/" + id + "/versions/1/export.pdf"), containsString("/findings.csv"))
                .extract().asString();
        Matcher hash = Pattern.compile("id=\"version-sha256\"[^>]*>([0-9a-f]{64})<").matcher(shown);
        assertTrue(hash.find(), "the receipt shows the hash in a copyable block");
        assertEquals(sha, hash.group(1));
    }

    @Test
    void anEditorSeesTheSummaryButIsToldToAskTheOfficerAndCannotSubmit() throws Exception {
        String id = filings.topologyWithKakaoDraft();
        Browserless editor = Browserless.signIn(filings.editor());
        String page = editor.get("/portal/filings/" + id + "/submit").then().statusCode(200)
                .body(containsString("SPOF-002"), containsString(filings.tenant().officerNameKo()), not(containsString("name=\"password\"")))
                .extract().asString();
        given().cookies(editor.cookies()).contentType(FORM).redirects().follow(false)
                .formParam("csrf-token", hidden(page, "csrf-token")).formParam("key", "k-" + UUID.randomUUID())
                .formParam("password", Browserless.PASSWORD).formParam("confirm", "yes")
                .post("/portal/filings/" + id + "/submit").then().statusCode(403);
        filings.filing(id).then().body("latestVersion", equalTo(0));
        Browserless.signIn(Tenants.fresh("submit-other").editor()).get("/portal/filings/" + id + "/submit").then().statusCode(404);
    }

    @Test
    void aSubmittedFilingCannotBeSignedOffAgainAndARefusalIsShownNotAServerError() throws Exception {
        String id = filings.topologyWithKakaoDraft();
        Browserless officer = Browserless.signIn(filings.officer());
        String page = officer.get("/portal/filings/" + id + "/submit").asString();
        post(officer, id, page, Browserless.PASSWORD, true).then().statusCode(303);

        officer.get("/portal/filings/" + id + "/submit").then().statusCode(200)
                .body(containsString("새 버전을 제출할 수 없습니다"), not(containsString("name=\"password\"")),
                        containsString("최근 제출 버전 1과 비교합니다"));
        String fresh = page.replaceFirst("name=\"key\" value=\"[^\"]+\"", "name=\"key\" value=\"another-" + UUID.randomUUID() + "\"");
        post(officer, id, fresh, Browserless.PASSWORD, true).then().statusCode(409)
                .body(containsString("role=\"alert\""), containsString("신고의 지금 상태에서는 이 작업을 할 수 없습니다."),
                        not(containsString("SUBMIT is not possible now")));
        filings.filing(id).then().body("versions", hasSize(1));
    }

    @Test
    void aDraftThatChangedSinceThePageWasOpenedIsNotSubmitted() throws Exception {
        String id = filings.topologyWithKakaoDraft();
        Browserless officer = Browserless.signIn(filings.officer());
        String page = officer.get("/portal/filings/" + id + "/submit").asString();
        given().auth().preemptive().basic(filings.editor(), Filings.PW).contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(new String(filings.kakao(), java.nio.charset.StandardCharsets.UTF_8).replace("asOf: 2022-10-14", "asOf: 2022-10-16").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        post(officer, id, page, Browserless.PASSWORD, true).then().statusCode(409).body(containsString("버전 1 → 2"));
        filings.filing(id).then().body("latestVersion", equalTo(0));
    }

    /**
     * The sign-off page shows the draft as stored: the document this instance parsed when it saved the draft is used
     * only while the stored draft's hash is that document's. Here another instance (as it were) saved a different
     * document with its hash: the page shows that one's findings, not the remembered one's.
     */
    @Test
    void theSignOffPageShowsTheStoredDraftNotTheOneThisInstanceParsed() throws Exception {
        String id = filings.topologyWithKakaoDraft();
        Browserless officer = Browserless.signIn(filings.officer());
        officer.get("/portal/filings/" + id + "/submit").then().statusCode(200).body(containsString("SPOF-001"));
        String healthy = filings.tenant().own(java.nio.file.Files.readString(java.nio.file.Path.of("examples", "healthy-multisite.yaml")));
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update filing set draft_content = ?, draft_sha256 = ?, "
                     + "draft_version = draft_version + 1 where id = ?")) {
            s.setBytes(1, kr.drregistry.platform.StoredText.encode(healthy));
            s.setString(2, java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(healthy.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            s.setObject(3, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }
        officer.get("/portal/filings/" + id + "/submit").then().statusCode(200).body(not(containsString("SPOF-001")));
    }

    @Test
    void aDraftThatDoesNotParseIsNamedAndLinksToTheEditorWithoutASubmitButton() throws Exception {
        String id = filings.topologyWithKakaoDraft();
        // a stored draft the parser refuses today (saved by an earlier version, which kept no hash of it)
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update filing set draft_content = convert_to(?, 'UTF8'), draft_sha256 = null where id = ?")) {
            s.setString(1, "format: drr/v1\nsites: [unclosed\n");
            s.setObject(2, UUID.fromString(id));
            assertEquals(1, s.executeUpdate());
        }
        Browserless.signIn(filings.officer()).get("/portal/filings/" + id + "/submit").then().statusCode(200)
                .body(containsString("초안을 읽을 수 없어 제출할 수 없습니다"), containsString("href=\"/portal/filings/" + id + "\""),
                        not(containsString("name=\"password\"")));
    }

    @Test
    void theSummaryComparesWithTheAcceptedVersion() throws Exception {
        String id = filings.submitted();
        Filings.review(id, "{\"move\": \"START_REVIEW\", \"version\": 1}").then().statusCode(200);
        Filings.review(id, "{\"move\": \"ACCEPT\", \"version\": 1}").then().statusCode(200);
        given().auth().preemptive().basic(filings.editor(), Filings.PW).contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(new String(filings.kakao(), java.nio.charset.StandardCharsets.UTF_8).replace("asOf: 2022-10-14", "asOf: 2022-10-20").getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        Browserless.signIn(filings.officer()).get("/portal/filings/" + id + "/submit").then().statusCode(200)
                .body(containsString("승인된 버전 1과 비교한"), containsString("2022-10-20"), containsString("name=\"password\""));
    }

    @Test
    void aRevisedPlanNamesTheSectionsThatChangedAndWhatTheReviewerAskedFor() throws Exception {
        String id = filings.planSubmitted();
        Filings.review(id, "{\"move\": \"START_REVIEW\", \"version\": 1}").then().statusCode(200);
        Filings.review(id, "{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"책임자 연락처를 갱신하십시오\", \"dueDate\": \"2099-03-01\"}")
                .then().statusCode(200);
        byte[] revised = new String(Filings.plan(), java.nio.charset.StandardCharsets.UTF_8).replace("김재난", "박재난")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        given().auth().preemptive().basic(filings.editor(), Filings.PW).contentType("application/json").header("If-Match", "\"d1\"")
                .body(revised).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        String page = Browserless.signIn(filings.officer()).get("/portal/filings/" + id + "/submit").then().statusCode(200)
                .body(containsString("최근 제출 버전 1과 비교합니다"), containsString("책임자 연락처를 갱신하십시오"),
                        containsString("2099-03-01"), containsString("name=\"password\""))
                .extract().asString();
        Matcher changes = Pattern.compile("<ul class=\"sub-changes\">(.*?)</ul>", Pattern.DOTALL).matcher(page);
        assertTrue(changes.find(), "the changed sections are listed");
        assertTrue(changes.group(1).contains("재난관리 책임자") && changes.group(1).contains("바뀜"), changes.group(1));
        assertEquals(1, changes.group(1).split("<li>").length - 1, "only the officer section changed");
    }
}
