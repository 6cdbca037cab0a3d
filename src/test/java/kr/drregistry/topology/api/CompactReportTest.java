package kr.drregistry.topology.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Policies;
import kr.drregistry.topology.api.ReportQuery.Language;
import kr.drregistry.topology.api.ReportQuery.View;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.validation.rules.AllRules;

class CompactReportTest {
    static ReportView kakao() throws Exception {
        return ReportView.of(AllRules.validator().validate(
                new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml"))),
                Policies.defaultPolicy()));
    }

    static ReportQuery query(Language lang, String root, int page, int size, String... severities) {
        return new ReportQuery(View.COMPACT, lang, Set.of(), Set.of(severities), root, page, size, 1, 100);
    }

    @Test
    void everyChainReadsBackFromTheSharedStepsInTheAskedLanguage() throws Exception {
        ReportView full = kakao();
        for (Language lang : List.of(Language.KO, Language.EN)) {
            CompactReport c = CompactReport.of(full, query(lang, null, 1, 1000));
            assertEquals(full.findings().size(), c.findings().items().size());
            int stepsInChains = 0;
            for (CompactReport.Item item : c.findings().items()) {
                ReportView.FindingView f = full.findings().get(item.n());
                assertEquals(f.rule(), item.rule());
                assertEquals(f.message().in(lang.wire()), item.message());
                List<String> read = new ArrayList<>();
                for (int[] pair : item.chain()) {
                    CompactReport.Step s = c.steps().get(pair[1]);
                    read.add(pair[0] + " " + s.kind() + " " + s.id() + " " + s.relation() + " " + s.sites() + " " + s.text());
                }
                List<String> expected = new ArrayList<>();
                for (ChainStep s : f.chain()) {
                    expected.add(s.depth() + " " + s.kind() + " " + s.id() + " " + s.relation() + " " + s.sites() + " "
                            + s.text().in(lang.wire()));
                }
                assertEquals(expected, read);
                stepsInChains += f.chain().size();
            }
            assertTrue(c.steps().size() < stepsInChains / 2, "each step once: " + c.steps().size() + " of " + stepsInChains);
        }
    }

    @Test
    void aRootCauseListsItsFindingsAndThePagesAddUp() throws Exception {
        ReportView full = kakao();
        CompactReport all = CompactReport.of(full, query(Language.KO, null, 1, 100));
        CompactReport.Root deploy = all.rootCauses().items().stream().filter(r -> r.id().equals("component:deploy-tool"))
                .findFirst().orElseThrow();
        assertEquals("구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음", deploy.text());
        CompactReport mine = CompactReport.of(full, query(Language.KO, deploy.id(), 1, 5));
        assertEquals(deploy.findingCount(), mine.findings().total());
        assertEquals(5, mine.findings().items().size());
        assertTrue(mine.findings().items().stream().allMatch(i -> i.roots().contains("component:deploy-tool")));
        CompactReport last = CompactReport.of(full, query(Language.KO, deploy.id(), (deploy.findingCount() + 4) / 5, 5));
        assertEquals(deploy.findingCount() - 5 * ((deploy.findingCount() + 4) / 5 - 1), last.findings().items().size());

        CompactReport critical = CompactReport.of(full, query(Language.EN, null, 1, 1000, "critical"));
        assertEquals((int) full.summary().get("critical"), critical.findings().total());
        assertTrue(critical.findings().items().stream().allMatch(i -> i.severity().equals("critical")));
        assertEquals(0, CompactReport.of(full, query(Language.KO, "component:nothing", 1, 10)).findings().total());

        CompactReport second = CompactReport.of(full, new ReportQuery(View.COMPACT, Language.KO, Set.of(), Set.of(), null, 1, 1, 2, 5));
        assertEquals(all.rootCauses().items().subList(5, 10), second.rootCauses().items(), "the second page of five root causes");
        assertEquals(all.totals().rootCauses(), second.rootCauses().total());
    }

    @Test
    void theSummaryViewHasNoFindings() throws Exception {
        ReportQuery q = ReportQuery.of("summary", null, "en-GB,en;q=0.8", null, null, null, null, null);
        CompactReport s = CompactReport.of(kakao(), q);
        assertEquals("en", s.language());
        assertEquals(null, s.findings());
        assertEquals(null, s.steps());
        assertTrue(s.rootCauses().items().get(0).text().toString().startsWith("risk group metro:capital"));
    }

    @Test
    void queriesThatMeanNothingAreRefused() {
        assertEquals(400, assertThrows(ProblemException.class,
                () -> ReportQuery.of("everything", null, null, null, null, null, null, null)).status());
        assertThrows(ProblemException.class, () -> ReportQuery.of(null, "fr", null, null, null, null, null, null));
        assertThrows(ProblemException.class, () -> ReportQuery.of(null, null, null, null, List.of("urgent"), null, null, null));
        assertThrows(ProblemException.class, () -> ReportQuery.of(null, null, null, null, null, null, 0, null));
        assertThrows(ProblemException.class, () -> ReportQuery.of(null, null, null, null, null, null, 1, 1001));
        assertEquals(Language.KO, ReportQuery.of(null, null, "fr-FR", null, null, null, null, null).language());
        assertEquals(Set.of("SPOF-002", "OPS-001"),
                ReportQuery.of(null, null, null, List.of("SPOF-002,OPS-001"), null, null, null, null).rules());
    }

    @Test
    void theOpenApiExampleIsWhatTheApiAnswers() throws Exception {
        ObjectMapper json = new ObjectMapper();
        CompactReport c = CompactReport.of(kakao(), query(Language.KO, "component:deploy-tool", 1, 1));
        assertEquals(json.readTree(json.writeValueAsString(c)), json.readTree(CompactReportExample.JSON));
    }
}
