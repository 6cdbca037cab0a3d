package kr.drregistry.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.api.ReportView.FindingView;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Subject;

/** Findings as CSV: BOM, RFC 4180 quoting, CRLF, and no cell a spreadsheet would run as a formula. */
class FindingsCsvTest {
    private static final FindingsCsv.Version VERSION = new FindingsCsv.Version("example-talk", "DR 구성, 2026", 2, "심사 중 / Under review");

    @Test
    void cellsAreQuotedOnlyWhenNeededAndQuotesAreDoubled() {
        assertEquals("plain", FindingsCsv.cell("plain"));
        assertEquals("\"a, b\"", FindingsCsv.cell("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", FindingsCsv.cell("say \"hi\""));
        assertEquals("\"two\nlines\"", FindingsCsv.cell("two\nlines"));
        assertEquals("", FindingsCsv.cell(null));
    }

    @Test
    void formulasAreDefused() {
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", FindingsCsv.cell("=HYPERLINK(\"x\")"));
        assertEquals("'+1", FindingsCsv.cell("+1"));
        assertEquals("'-2", FindingsCsv.cell("-2"));
        assertEquals("'@SUM(A1)", FindingsCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", FindingsCsv.cell("\tx"));
        assertEquals("a=b", FindingsCsv.cell("a=b"), "only a leading sign is dangerous");
    }

    @Test
    void oneRowPerFindingAfterTheHeaderWithTheChainJoinedByArrows() {
        FindingView f = new FindingView("SPOF-002", "critical", Subject.service("talk"), "site:pangyo",
                LocalizedText.of("1등급 서비스 talk 중단", "tier-1 service talk goes down"),
                List.of(new ChainStep(0, "service", "talk", "service", List.of(), LocalizedText.of("서비스 talk", "service talk")),
                        new ChainStep(1, "component", "talk-api", "entrypoint", List.of("pangyo"), null)),
                LocalizedText.of("=근거", "basis"), LocalizedText.of("두 사이트에 두십시오", "two sites"), 47_000_000L);
        String csv = FindingsCsv.write(VERSION, List.of(f, f));
        assertTrue(csv.startsWith("\uFEFForganisation,filing,version,version review status,rule,"));
        String[] lines = csv.substring(1).split("\r\n", -1);
        assertEquals(4, lines.length, "header, two rows and the empty rest after the last CRLF");
        assertEquals("", lines[3]);
        assertEquals("example-talk,\"DR 구성, 2026\",2,심사 중 / Under review,SPOF-002,critical,service,talk,site:pangyo,47000000,"
                + "1등급 서비스 talk 중단,tier-1 service talk goes down,서비스 talk → component talk-api,'=근거,두 사이트에 두십시오,"
                + "1,service:talk,서비스 talk,service talk", lines[1]);
    }

    private static FindingView down(String service, long users, String root) {
        return new FindingView("SPOF-002", "critical", Subject.service(service), "site:pangyo", LocalizedText.of(service, service),
                List.of(new ChainStep(0, "service", service, "service", List.of(), LocalizedText.of(service, service)),
                        new ChainStep(1, "component", root, "no-usable-placement", List.of("pangyo"), LocalizedText.of(root, root))),
                null, null, users);
    }

    @Test
    void theRowsComeGroupedByRootCauseMostUsersFirst() {
        String csv = FindingsCsv.write(VERSION, List.of(down("map", 5, "tiles"), down("talk", 47, "deploy-tool"),
                down("login", 40, "deploy-tool")));
        String[] lines = csv.substring(1).split("\r\n");
        assertTrue(lines[1].contains(",talk,") && lines[1].endsWith(",1,component:deploy-tool,"
                + "구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음,"
                + "component deploy-tool: no usable placement once site pangyo is lost"), lines[1]);
        assertTrue(lines[2].contains(",login,") && lines[2].contains(",1,component:deploy-tool,"), lines[2]);
        assertTrue(lines[3].contains(",map,") && lines[3].contains(",2,component:tiles,"), "87 users before 5: " + lines[3]);
    }
}
