package kr.drregistry.review.web;

import static kr.drregistry.support.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;
import kr.drregistry.support.Pdfs;

/** The regulator's exports: queue, sector and review record as CSV and PDF, each naming every filing's review status. */
@QuarkusTest
class RegulatorExportsTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("exports");


    /** RFC 4180 rows (quoted cells with commas, quotes and line breaks), without the byte-order mark. */
    static List<List<String>> parse(String csv) {
        assertTrue(csv.startsWith("\uFEFF"), "UTF-8 with a byte-order mark, for Excel");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 1; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++; // \n
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    static String csv(Browserless who, String path) {
        Response r = who.get(path);
        r.then().statusCode(200).contentType(containsString("text/csv")).header("Content-Disposition", containsString(".csv"));
        return new String(r.asByteArray(), StandardCharsets.UTF_8);
    }

    @Test
    void theQueueCsvCarriesEveryFilteredFilingWithItsReviewStatusAndNeverSaysAcceptedWhenChangesWereRequested() throws Exception {
        String waiting = filings.submitted("내보내기 시험 대기");
        String revise = filings.submitted("내보내기 시험 보완", Filings.YEAR + 1);
        Filings.changesRequested(revise, "=HYPERLINK(\"x\") 세션 저장소를 두 사이트에 두십시오");

        Browserless reviewer = Browserless.signIn("reviewer");
        List<List<String>> rows = parse(csv(reviewer, "/regulator/export/queue.csv?operator=" + filings.tenant().slug() + "&sort=operator"));
        List<String> header = rows.get(0);
        int status = header.indexOf("review status");
        int ko = header.indexOf("review status (ko)");
        int en = header.indexOf("review status (en)");
        int idCol = header.indexOf("filing id");
        int due = header.indexOf("due date");
        assertTrue(status >= 0 && ko == status + 1 && en == status + 2 && idCol >= 0, header.toString());
        Map<String, List<String>> byId = new java.util.HashMap<>();
        rows.subList(1, rows.size()).forEach(r -> byId.put(r.get(idCol), r));
        assertEquals(header.size(), byId.get(waiting).size());

        List<String> w = byId.get(waiting);
        assertEquals("awaiting-review", w.get(status));
        assertEquals("제출됨 · 심사 대기", w.get(ko));
        List<String> r = byId.get(revise);
        assertEquals("changes-requested", r.get(status));
        assertTrue(r.get(ko).startsWith("보완 요청") && r.get(ko).contains("2061-03-31"), r.get(ko));
        assertTrue(r.get(en).startsWith("Changes requested"), r.get(en));
        assertEquals("2061-03-31", r.get(due));
        for (String cell : r) {
            assertFalse(cell.contains("승인") || cell.toLowerCase().contains("accepted"), "never reads as accepted: " + r);
        }

        // the filter applies: only changes-requested rows, and every page of them (not the 50 the page shows)
        List<List<String>> filtered = parse(csv(reviewer, "/regulator/export/queue.csv?status=CHANGES_REQUESTED&operator=" + filings.tenant().slug()));
        assertTrue(filtered.size() > 1);
        filtered.subList(1, filtered.size()).forEach(x -> assertEquals("changes-requested", x.get(status), x.toString()));
        assertTrue(filtered.stream().anyMatch(x -> x.get(idCol).equals(revise)));
        assertFalse(filtered.stream().anyMatch(x -> x.get(idCol).equals(waiting)));

        // the PDF of the same queue names the status in words, Korean rendered
        String text = Pdfs.text(Pdfs.download(reviewer, "/regulator/export/queue.pdf?status=CHANGES_REQUESTED&operator=" + filings.tenant().slug()));
        assertTrue(text.contains(Pdfs.squash("심사 대기열")), text);
        assertTrue(text.contains(Pdfs.squash("보완 요청 (기한 2061-03-31)")), text);
        assertTrue(text.contains("status=CHANGES_REQUESTED"), "the filter is stated");

        // the queue page links to the exports with its filter
        String page = reviewer.get("/regulator?status=CHANGES_REQUESTED&operator=" + filings.tenant().slug()).asString();
        assertTrue(page.contains("/regulator/export/queue.csv?status=CHANGES_REQUESTED&amp;operator=" + filings.tenant().slug()), "export keeps the filter");
        assertTrue(page.contains("/regulator/export/filings/" + revise + "/record.pdf"));

        // operators have no exports of the regulator's views
        Browserless.signIn(filings.tenant().editor()).get("/regulator/export/queue.csv").then().statusCode(403);
    }

    @Test
    void theReviewRecordListsVersionsDecisionsDispositionsAndCommentsEachWithTheVersionStatus() throws Exception {
        String id = filings.submitted("내보내기 시험 기록");
        Filings.changesRequested(id, "배포 도구를 두 사이트에 두십시오");
        String key = Filings.firstFindingKey(id);
        String v1 = "/api/v1/filings/" + id + "/versions/1";
        as("reviewer").contentType(ContentType.JSON)
                .body(Map.of("findingKey", key, "disposition", "ACCEPTED_RISK", "justification", "이중화 공사가 2061년에 끝남"))
                .post(v1 + "/dispositions").then().statusCode(201);
        as("reviewer").contentType(ContentType.JSON).body(Map.of("anchorKind", "filing", "body", "연락처를 갱신하세요"))
                .post(v1 + "/comments").then().statusCode(201);

        Browserless lead = Browserless.signIn("lead");
        List<List<String>> rows = parse(csv(lead, "/regulator/export/filings/" + id + "/record.csv"));
        List<String> header = rows.get(0);
        int status = header.indexOf("version review status");
        int text = header.indexOf("text");
        int entry = header.indexOf("entry");
        assertTrue(status >= 0 && text >= 0, header.toString());
        List<List<String>> body = rows.subList(1, rows.size());
        assertEquals(5, body.size(), "version, START_REVIEW, REQUEST_CHANGES, disposition, comment: " + body);
        body.forEach(r -> assertEquals("changes-requested", r.get(status), "every entry names the version's status: " + r));
        assertTrue(body.stream().anyMatch(r -> r.get(text).equals("이중화 공사가 2061년에 끝남") && r.get(entry).startsWith("발견사항 처분")));
        assertTrue(body.stream().anyMatch(r -> r.get(text).equals("연락처를 갱신하세요")));
        assertTrue(body.stream().anyMatch(r -> r.get(text).equals("배포 도구를 두 사이트에 두십시오") && r.contains("2061-03-31")));
        body.forEach(r -> r.forEach(c -> assertFalse(c.startsWith("승인"), "never accepted: " + r)));

        String pdf = Pdfs.text(Pdfs.download(lead, "/regulator/export/filings/" + id + "/record.pdf"));
        assertTrue(pdf.contains(Pdfs.squash("보완 요청 (기한 2061-03-31)")), pdf);
        assertTrue(pdf.contains(Pdfs.squash("이 제출은 승인되지 않았습니다")), "the banner says it is not accepted");
        assertTrue(pdf.contains(Pdfs.squash("이중화 공사가 2061년에 끝남")) && pdf.contains(Pdfs.squash("연락처를 갱신하세요")));
        assertTrue(pdf.contains(Pdfs.squash(filings.tenant().nameKo())), "Korean renders (embedded Pretendard)");

        // reading an export is in the audit trail
        List<String> actions = as("lead").get("/api/v1/audit?subject=" + id).then().statusCode(200).extract().path("action");
        assertTrue(actions.stream().filter("export.read"::equals).count() >= 2, actions.toString());
        Browserless.signIn(filings.tenant().officer()).get("/regulator/export/filings/" + id + "/record.csv").then().statusCode(403);
    }

    @Test
    void theSectorExportNamesEachOperatorsReviewStatus() throws Exception {
        Browserless lead = Browserless.signIn("lead");
        List<List<String>> rows = parse(csv(lead, "/regulator/export/sector.csv"));
        List<String> header = rows.get(0);
        int status = header.indexOf("review status");
        int ko = header.indexOf("review status (ko)");
        assertTrue(status > 0 && header.contains("place key") && header.contains("operator"), header.toString());
        for (List<String> r : rows.subList(1, rows.size())) {
            assertFalse(r.get(status).isEmpty(), r.toString());
            assertEquals(r.get(status).equals("accepted"), r.get(ko).equals("승인됨"), "only accepted reads as accepted: " + r);
        }
        String text = Pdfs.text(Pdfs.download(lead, "/regulator/export/sector.pdf"));
        assertTrue(text.contains(Pdfs.squash("업계 집중 위험")), text);
        assertTrue(lead.get("/regulator/sector").asString().contains("/regulator/export/sector.pdf"));
        Browserless.signIn(filings.tenant().editor()).get("/regulator/export/sector.pdf").then().statusCode(403);
    }
}
