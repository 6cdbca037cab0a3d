package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * The regulator's review page of one version: what it shows, its forms (dispose, comment, decide) with their
 * refusals shown at the field and nothing saved, the diff and carried-over dispositions after a revision, the one
 * audit entry per read, and who may use it.
 */
@QuarkusTest
class ReviewPagesTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("review-pages");

    private static String page(String id, int n) {
        return "/regulator/filings/" + id + "/versions/" + n;
    }

    private static Response post(Browserless b, String path, Map<String, String> form) {
        String csrf = b.csrfToken("/regulator");
        var req = given().redirects().follow(false).cookies(b.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf);
        for (var e : form.entrySet()) {
            req = req.formParam(e.getKey(), e.getValue());
        }
        return req.post(path);
    }

    private static int count(String text, String what) {
        return kr.drregistry.support.Html.count(text, what);
    }

    @Test
    void aBigReportOpensOnItsRootCausesAndTheWorstFindingsAndShowsEveryFindingOnRequest() {
        String yaml = filings.tenant().own(kr.drregistry.topology.parse.YamlWriter.toYaml(
                kr.drregistry.topology.bench.SyntheticTopology.generate(1000, 10, 10, 20, 42)));
        String id = filings.create("TOPOLOGY", "큰 보고서");
        filings.saveAndSubmit(id, yaml, 0);
        int total = io.restassured.RestAssured.given().auth().preemptive().basic("reviewer", Filings.PW)
                .get("/api/v1/filings/" + id + "/versions/1/findings?view=summary").then().statusCode(200)
                .extract().path("totals.findings");
        assertTrue(total > kr.drregistry.review.ReviewDesk.BIG_REPORT, "a big report: " + total);
        Browserless reviewer = Browserless.signIn("reviewer");

        String first = reviewer.get(page(id, 1)).then().statusCode(200).extract().asString();
        assertTrue(first.contains("id=\"roots\"") && first.contains("근본 원인"), "the root causes lead");
        int shown = count(first, "name=\"findingKey\" value=");
        assertTrue(shown > 0 && shown < total, shown + " of " + total + " findings can be disposed on the first view");
        assertTrue(first.contains("?findings=all"), "and a way to all of them");

        String all = reviewer.get(page(id, 1) + "?findings=all").then().statusCode(200).extract().asString();
        assertEquals(total, count(all, "name=\"findingKey\" value="), "every finding on request");
    }

    @Test
    void theReviewerSeesTheVersionDisposesCommentsAndRequestsChanges() throws Exception {
        String id = filings.submittedKakao("심사 페이지 시험");
        Browserless reviewer = Browserless.signIn("reviewer");

        long opened = Filings.audits(id, "version.opened");
        String html = reviewer.get(page(id, 1)).then().statusCode(200).extract().asString();
        assertEquals(opened + 1, Filings.audits(id, "version.opened"), "one audit entry per opening, not more");
        assertTrue(html.contains(filings.tenant().nameKo()) && html.contains("DR 토폴로지"), "operator and type");
        String sha = filings.filing(id).path("versions[0].sha256");
        assertTrue(html.contains(sha), "the content hash");
        assertTrue(html.contains("/filings/" + id + "/pictures?version=1#matrix"), "links to the loss matrix of this version");
        assertTrue(html.contains("첫 제출 버전입니다"), "nothing to compare with yet");
        assertTrue(html.contains("name=\"findingKey\" value=\"" + Filings.TALK + "\""), "a disposition form per finding");
        assertTrue(html.contains("action=\"" + page(id, 1) + "/decision#decide\""), "the decision form");

        // accepting a risk without a justification is refused at the field; nothing is saved
        Response refused = post(reviewer, page(id, 1) + "/dispositions",
                Map.of("findingKey", Filings.TALK, "disposition", "ACCEPTED_RISK", "justification", " "));
        assertEquals(400, refused.statusCode());
        String body = refused.asString();
        assertTrue(body.contains("위험 수용에는 근거가 필요합니다"), "the message at the justification");
        assertTrue(body.contains("aria-invalid=\"true\""), "the field is marked invalid");
        assertTrue(body.contains("아무것도 저장되지 않았습니다"));
        assertTrue(Filings.record(id, 1).<Map<String, Object>>path("current").isEmpty(), "no disposition was saved");

        Response ok = post(reviewer, page(id, 1) + "/dispositions",
                Map.of("findingKey", Filings.TALK, "disposition", "ACCEPTED_RISK", "justification", "2027년 2분기 안산 이중화 완료 예정"));
        assertEquals(303, ok.statusCode());
        assertTrue(ok.getHeader("Location").contains(page(id, 1) + "?done=") && ok.getHeader("Location").contains("#fk-"), ok.getHeader("Location"));
        String after = reviewer.get(page(id, 1)).asString();
        assertTrue(after.contains("2027년 2분기 안산 이중화 완료 예정"), "the justification shows");
        assertTrue(after.contains("disp-ACCEPTED_RISK"));
        assertEquals("ACCEPTED_RISK", Filings.record(id, 1).path("current['" + Filings.TALK + "'].disposition"));

        // comments: empty refused, on the version, on a section, on a finding
        Response empty = post(reviewer, page(id, 1) + "/comments", Map.of("anchorKind", "filing", "body", ""));
        assertEquals(400, empty.statusCode());
        assertTrue(empty.asString().contains("1~10,000자로 쓰세요"));
        assertEquals(303, post(reviewer, page(id, 1) + "/comments", Map.of("anchorKind", "filing", "body", "전체 의견입니다")).statusCode());
        assertEquals(303, post(reviewer, page(id, 1) + "/comments",
                Map.of("anchorKind", "filing", "anchor", "sites", "body", "사이트 영역 의견")).statusCode());
        assertEquals(303, post(reviewer, page(id, 1) + "/comments",
                Map.of("anchorKind", "finding", "anchor", Filings.TALK, "body", "배포 도구 이중화 일정을 적어 주십시오")).statusCode());
        List<String> kinds = Filings.record(id, 1).path("comments.anchorKind");
        assertEquals(List.of("filing", "section", "finding"), kinds);
        String withComments = reviewer.get(page(id, 1)).asString();
        assertTrue(withComments.contains("전체 의견입니다") && withComments.contains("사이트 영역 의견")
                && withComments.contains("배포 도구 이중화 일정을 적어 주십시오"));
        assertTrue(withComments.contains("<span class=\"rev-about\">사이트</span>"), "a section comment names its section in words");

        // a due date in the past is refused at the field; the filing does not even move to "under review"
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Seoul"));
        Response past = post(reviewer, page(id, 1) + "/decision",
                Map.of("decision", "REQUEST_CHANGES", "reason", "안산 이중화 계획 보완", "dueDate", today.minusDays(3).toString()));
        assertEquals(400, past.statusCode());
        assertTrue(past.asString().contains("오늘 이후의 기한을 입력하세요"));
        assertTrue(past.asString().contains("안산 이중화 계획 보완"), "what was typed is kept");
        assertEquals("SUBMITTED", filings.filing(id).path("status"), "nothing half-saved");
        Response noReason = post(reviewer, page(id, 1) + "/decision", Map.of("decision", "REJECT", "reason", ""));
        assertEquals(400, noReason.statusCode());
        assertTrue(noReason.asString().contains("사유를 입력하세요"));

        String due = today.plusDays(30).toString();
        Response decided = post(reviewer, page(id, 1) + "/decision",
                Map.of("decision", "REQUEST_CHANGES", "reason", "안산 이중화 계획 보완", "dueDate", due));
        assertEquals(303, decided.statusCode());
        assertEquals("CHANGES_REQUESTED", filings.filing(id).path("status"));
        String closed = reviewer.get(page(id, 1)).asString();
        assertTrue(closed.contains(due) && closed.contains("보완 요청"), "the decision is listed");
        assertFalse(closed.contains("action=\"" + page(id, 1) + "/decision#decide\""), "no decision form on a decided version");

        // the operator reads all of it on the version page
        String operator = Browserless.signIn(filings.editor()).get("/filings/" + id + "/versions/1").then().statusCode(200).extract().asString();
        assertTrue(operator.contains("2027년 2분기 안산 이중화 완료 예정") && operator.contains("배포 도구 이중화 일정을 적어 주십시오"));
    }

    @Test
    void aPlanVersionReadsWithTheEditorsLabels() throws Exception {
        String id = filings.submittedPlan("계획 심사 시험");
        String html = Browserless.signIn("reviewer").get(page(id, 1)).then().statusCode(200).extract().asString();
        int at = html.indexOf("id=\"section-officer\"");
        assertTrue(at > 0, "the officer section is shown");
        assertTrue(html.contains("<h3 id=\"section-alertLevels-title\" class=\"rev-h3\">위기경보 단계"), "sections are named in words");
        String officer = html.substring(at, html.indexOf("</section>", at));
        assertTrue(officer.contains("<dt>24시간 연락처</dt>") && officer.contains("dr-officer@example-talk.kr"), officer);
        assertFalse(officer.contains("phone24x7"), "no field names: " + officer);
        int c = html.indexOf("id=\"section-contacts\"");
        String contacts = html.substring(c, html.indexOf("</section>", c));
        assertTrue(contacts.contains("전화번호 <span class=\"rev-row\">#2</span>"), "rows are numbered: " + contacts);
        assertTrue(contacts.contains("<dd>예</dd>") && !contacts.contains("<dd>true</dd>"), "yes/no in words: " + contacts);
        int l = html.indexOf("id=\"section-alertLevels\"");
        String levels = html.substring(l, html.indexOf("</section>", l));
        assertTrue(levels.contains("<dd>관심</dd>") && !levels.contains("<dd>attention</dd>"), "alert levels in words: " + levels);
        int sections = html.indexOf("id=\"sections\"");
        java.util.regex.Matcher dt = java.util.regex.Pattern.compile("<dt>([^<]*)").matcher(html.substring(sections));
        while (dt.find()) {
            assertFalse(dt.group(1).matches(".*[A-Za-z]{4,}.*"), "every field of the example plan has a Korean label: " + dt.group(1));
        }
    }

    @Test
    void aRevisionShowsTheDiffCarriesOverDispositionsAndOnlyTheLatestVersionIsDecided() throws Exception {
        String id = filings.submittedKakao("재제출 시험");
        Browserless reviewer = Browserless.signIn("reviewer");
        assertEquals(303, post(reviewer, page(id, 1) + "/dispositions",
                Map.of("findingKey", Filings.TALK, "disposition", "ACCEPTED_RISK", "justification", "이중화 공사 중")).statusCode());
        assertEquals(303, post(reviewer, page(id, 1) + "/dispositions",
                Map.of("findingKey", Filings.PAY, "disposition", "CONFIRMED")).statusCode());
        assertEquals(303, post(reviewer, page(id, 1) + "/decision", Map.of("decision", "REQUEST_CHANGES", "reason", "보완",
                "dueDate", LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(10).toString())).statusCode());

        filings.saveAndSubmit(id, filings.revised(), 1);
        String v2 = reviewer.get(page(id, 2)).then().statusCode(200).extract().asString();
        assertTrue(v2.contains("결정(보완 요청)이 내려진 제출 버전 1"), "compared with the version decided on");
        assertTrue(v2.contains("sub-how-changed"), "the topology diff lists a change");
        assertTrue(v2.contains("제출 버전 1에서 이어짐"), "the talk disposition carried over");
        assertTrue(v2.contains("제출 버전 2부터 해소") && v2.contains(Filings.PAY), "the pay finding was resolved");
        Map<String, Object> carried = Filings.record(id, 2).path("carried");
        assertEquals(List.of(Filings.TALK), List.copyOf(carried.keySet()));
        assertNull(Filings.record(id, 2).path("current['" + Filings.TALK + "']"), "carried, not made on version 2");

        // the operator's version page shows the carried-over disposition too
        String operator = Browserless.signIn(filings.editor()).get("/filings/" + id + "/versions/2").asString();
        assertTrue(operator.contains("제출 버전 1에서 이어짐") && operator.contains("이중화 공사 중"));

        // version 1 is superseded: no decision there, and a forged one is refused at the form
        String v1 = reviewer.get(page(id, 1)).asString();
        assertFalse(v1.contains("action=\"" + page(id, 1) + "/decision#decide\""));
        assertTrue(v1.contains("제출 버전 2 심사 열기"));
        Response superseded = post(reviewer, page(id, 1) + "/decision", Map.of("decision", "ACCEPT"));
        assertEquals(409, superseded.statusCode());
        assertTrue(superseded.asString().contains("아무것도 결정되지 않았습니다"));
        assertTrue(superseded.asString().contains("href=\"" + page(id, 2) + "#decide\""), "the refusal links to the newer version");
        assertEquals("SUBMITTED", filings.filing(id).path("status"));

        // the lead accepts version 2 (the filing is taken under review in the same step)
        Browserless lead = Browserless.signIn("lead");
        assertEquals(303, post(lead, page(id, 2) + "/decision", Map.of("decision", "ACCEPT")).statusCode());
        assertEquals("ACCEPTED", filings.filing(id).path("status"));
    }

    @Test
    void operatorsHaveNoReviewPageAndTheOtherRegulatorPagesStillRoute() throws Exception {
        String id = filings.submittedKakao("권한 시험");
        Browserless editor = Browserless.signIn(filings.editor());
        assertEquals(403, editor.get(page(id, 1)).statusCode());
        String csrf = editor.csrfToken("/portal");
        given().redirects().follow(false).cookies(editor.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("findingKey", Filings.TALK).formParam("disposition", "FALSE_POSITIVE")
                .post(page(id, 1) + "/dispositions").then().statusCode(403);
        assertTrue(Filings.record(id, 1).<Map<String, Object>>path("current").isEmpty());

        Browserless reviewer = Browserless.signIn("reviewer");
        assertEquals(404, reviewer.get(page(id, 9)).statusCode(), "no such version");
        assertEquals(404, reviewer.get("/regulator/filings/" + java.util.UUID.randomUUID() + "/versions/1").statusCode());
        assertEquals(200, reviewer.get("/regulator").statusCode());
        assertEquals(200, reviewer.get("/regulator/sector").statusCode());
        String queue = reviewer.get("/regulator?operator=" + filings.tenant().slug() + "&size=200").asString();
        assertTrue(queue.contains("href=\"" + page(id, 1) + "\""), "the queue links to the review page");
        assertTrue(reviewer.get(page(id, 1)).asString().contains("action=\"" + page(id, 1) + "/decision#decide\""));
    }
}
