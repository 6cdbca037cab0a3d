package kr.drregistry.filing.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;
import kr.drregistry.support.Pdfs;
import kr.drregistry.support.Tenants;

/** A submitted version read-only, and its PDF, CSV and content downloads, for operators and regulators. */
@QuarkusTest
class VersionPagesTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("versions");

    private String sha(String id) {
        return filings.filing(id).then().extract().path("versions[0].sha256");
    }

    @Test
    void thePdfRecordsTheVersionInKoreanWithItsHashAndReviewStatus() throws Exception {
        String id = filings.submitted();
        Response r = Browserless.signIn(filings.officer()).get("/filings/" + id + "/versions/1/export.pdf");
        r.then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("attachment; filename=\"" + filings.tenant().slug() + "-topology-"));
        byte[] pdf = r.asByteArray();
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String text = Pdfs.text(pdf);
        assertTrue(text.contains(Pdfs.squash(filings.tenant().nameKo())), "the Korean organisation name is rendered (embedded font)");
        assertTrue(text.contains(Pdfs.squash(filings.tenant().nameEn())));
        assertTrue(text.contains(sha(id)), "the hash is printed");
        assertTrue(text.contains(Pdfs.squash("제출됨 · 심사 대기")), "the review status is on it");
        assertTrue(text.contains(Pdfs.squash("이 버전은 승인되지 않았습니다")), "an unreviewed version says it is not accepted");
        assertTrue(text.contains(Pdfs.squash("SPOF-002")), "critical findings are listed");
        assertTrue(text.contains(Pdfs.squash("talk")), "the services table lists the services");
        assertTrue(text.contains(Pdfs.squash("site:pangyo")), "the loss per scenario is summarised");
        assertTrue(text.contains(Pdfs.squash("근본 원인 (잃는 이용자가 많은 순)")), "the root causes lead the findings");
        assertTrue(text.indexOf(Pdfs.squash("구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음"))
                < text.indexOf(Pdfs.squash("SPOF-002")), "before the findings one by one");
    }

    @Test
    void theVersionPageLeadsWithTheRootCausesEachOpeningToItsFindings() {
        String id = filings.submitted();
        String page = Browserless.signIn(filings.officer()).get("/filings/" + id + "/versions/1").then().statusCode(200)
                .extract().asString();
        int roots = page.indexOf("id=\"roots\"");
        int deploy = page.indexOf("구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음");
        int bySeverity = page.indexOf("심각도별 발견사항</h3>");
        assertTrue(roots > 0 && roots < deploy && deploy < bySeverity,
                "root causes first, then findings by severity: " + roots + " " + deploy + " " + bySeverity);
        String group = page.substring(deploy, page.indexOf("</details>\n    </li>", deploy));
        assertTrue(group.contains("서비스 2개 · 시나리오 4개"), "it says what the cause takes down: " + group);
        assertTrue(group.contains("SPOF-002") && group.contains("OPS-001"), "it opens to its findings");
        assertTrue(group.contains("drr-chain"), "each with its evidence chain");
    }

    @Test
    void aVersionAwaitingRevisionNeverLooksAcceptedAndSaysWhenItIsDue() throws Exception {
        String id = filings.submitted();
        Filings.review(id, "{\"move\": \"START_REVIEW\", \"version\": 1}").then().statusCode(200);
        Filings.review(id, "{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"세션 저장소를 두 사이트에 두십시오\", \"dueDate\": \"2099-01-31\"}")
                .then().statusCode(200);
        Browserless officer = Browserless.signIn(filings.officer());
        String text = Pdfs.text(officer.get("/filings/" + id + "/versions/1/export.pdf").asByteArray());
        assertTrue(text.contains(Pdfs.squash("보완 요청 (기한 2099-01-31)")), text.substring(0, Math.min(600, text.length())));
        assertTrue(text.contains(Pdfs.squash("세션 저장소를 두 사이트에 두십시오")), "the reviewer's reason is in the record");
        assertTrue(text.contains(Pdfs.squash("이 버전은 승인되지 않았습니다")));
        assertFalse(text.contains(Pdfs.squash("승인됨")), "nothing calls it accepted");
        officer.get("/filings/" + id + "/versions/1").then().statusCode(200)
                .body(containsString("보완 요청 (기한 2099-01-31)"), containsString("세션 저장소를 두 사이트에 두십시오"),
                        containsString("sub-status-changes-requested"), not(containsString("sub-status-accepted")));
    }

    @Test
    void theCsvHasABomAHeaderOneRowPerFindingAndTheReviewStatus() throws Exception {
        String id = filings.submitted();
        Response r = Browserless.signIn(filings.editor()).get("/filings/" + id + "/versions/1/findings.csv");
        r.then().statusCode(200).contentType(startsWith("text/csv")).header("Content-Disposition", containsString("-findings.csv"));
        byte[] bytes = r.asByteArray();
        assertEquals(0xEF, bytes[0] & 0xFF);
        assertEquals(0xBB, bytes[1] & 0xFF);
        assertEquals(0xBF, bytes[2] & 0xFF);
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<String> lines = List.of(csv.split("\r\n"));
        assertEquals(String.join(",", FindingsCsv.HEADER), lines.get(0));
        int findings = given().auth().preemptive().basic(filings.editor(), Filings.PW).get("/api/v1/filings/" + id + "/versions/1/findings")
                .then().statusCode(200).extract().path("findings.total");
        assertTrue(findings > 0);
        assertEquals(findings + 1, lines.size(), "one row per finding (no field holds a line break)");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.startsWith(filings.tenant().slug() + ",DR 구성 ") && l.contains(",1,\"제출됨 · 심사 대기 / Submitted, awaiting review\",")));
        assertTrue(lines.stream().anyMatch(l -> l.contains(",SPOF-002,critical,service,")));
        assertTrue(csv.contains(" → "), "evidence chains are joined with arrows");
    }

    @Test
    void regulatorsReadSubmittedVersionsAndOtherOperatorsDoNotSeeThem() throws Exception {
        String id = filings.submitted();
        Browserless reviewer = Browserless.signIn("reviewer");
        reviewer.get("/filings/" + id + "/versions/1").then().statusCode(200)
                .body(containsString(sha(id)), containsString("제출됨 · 심사 대기"), containsString("SPOF-002"),
                        not(containsString("/portal/filings/" + id + "/revise")));
        byte[] pdf = reviewer.get("/filings/" + id + "/versions/1/export.pdf").then().statusCode(200).extract().asByteArray();
        assertTrue(Pdfs.text(pdf).contains(Pdfs.squash(filings.tenant().nameKo())));

        Browserless other = Browserless.signIn(Tenants.fresh("versions-other").editor());
        other.get("/filings/" + id + "/versions/1").then().statusCode(404);
        other.get("/filings/" + id + "/versions/1/export.pdf").then().statusCode(404);
        other.get("/filings/" + id + "/versions/1/findings.csv").then().statusCode(404);
        other.get("/filings/" + id + "/versions/1/content.json").then().statusCode(404);
    }

    @Test
    void operatorsSeeTheVersionWithItsDownloadsAndCanStartARevisionFromIt() throws Exception {
        String id = filings.submitted();
        Browserless officer = Browserless.signIn(filings.officer());
        officer.get("/filings/" + id + "/versions/1").then().statusCode(200)
                .body(containsString("action=\"/portal/filings/" + id + "/revise\""), containsString("name=\"from\" value=\"1\""),
                        containsString("name=\"draftVersion\" value=\"1\""), containsString("/filings/" + id + "/pictures?version=1"),
                        containsString("/filings/" + id + "/versions/1/content.yaml"));
        Response json = officer.get("/filings/" + id + "/versions/1/content.json");
        json.then().statusCode(200).header("Content-Disposition", containsString(".json\""));
        assertEquals(sha(id), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.asByteArray())),
                "the downloaded content is what the hash is over");
        officer.get("/filings/" + id + "/versions/1/content.yaml").then().statusCode(200)
                .header("Content-Disposition", containsString(".yaml\"")).body(containsString("format: drr/v1"));
        officer.get("/filings/" + id + "/versions/2").then().statusCode(404);
    }

    @Test
    void aPlanPdfReadsLikeThePlanWithItsSections() throws Exception {
        String id = filings.planSubmitted();
        byte[] pdf = Browserless.signIn(filings.officer()).get("/filings/" + id + "/versions/1/export.pdf")
                .then().statusCode(200).extract().asByteArray();
        String text = Pdfs.text(pdf);
        assertTrue(text.contains(Pdfs.squash("재난관리 책임자")), "the officer section is there");
        assertTrue(text.contains(Pdfs.squash("김재난")), "with the officer's name");
        assertTrue(text.contains(Pdfs.squash("데이터센터 화재")), "scenarios are named in Korean");
        assertTrue(text.contains(Pdfs.squash("서비스별 전환·복구 절차")), "procedures per service are listed");
        assertFalse(text.contains(Pdfs.squash("시나리오별 손실 요약")), "a plan has no loss table");
    }
}
