package kr.drregistry.topology.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.filing.VersionFindings;
import kr.drregistry.platform.ChunkedBytes;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Policies;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.validation.rules.AllRules;

/**
 * A submitted version keeps its report in the shared-step form; what comes back out of it — the full report of
 * {@code view=full}, the report the pages read, the findings one at a time, the finding rows — is what the full JSON
 * stored before gave, byte for byte. Reports stored as full JSON before read as they did.
 */
class StoredReportTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static ReportView kakaoV2() throws Exception {
        return ReportView.of(AllRules.validator().validate(
                new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", "kakao-like-2022-v2.yaml"))),
                Policies.defaultPolicy()));
    }

    /** A synthetic topology whose single-site findings carry long chains (hundreds of components deep). */
    static ReportView synthetic() {
        return ReportView.of(AllRules.validator().validate(SyntheticTopology.generate(3_000, 10, 15, 60, 42L),
                Policies.defaultPolicy()));
    }

    private static byte[] stored(ReportView report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoredReport.write(JSON, report, out);
        return out.toByteArray();
    }

    private static byte[] expanded(byte[] stored) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoredReport.expand(JSON, new ByteArrayInputStream(stored), out);
        return out.toByteArray();
    }

    private static void assertRoundTrip(ReportView report, String what) throws Exception {
        byte[] full = JSON.writeValueAsBytes(report); // what a version stored before the shared-step form
        byte[] stored = stored(report);
        assertTrue(new String(stored, StandardCharsets.UTF_8).startsWith("{\"form\":\"" + StoredReport.FORM + "\""));
        assertArrayEquals(full, expanded(stored), what + ": the full report comes back byte for byte");
        // what the readers got from the full JSON before (numbers of drr/v2 outcomes read back as Integer, not Long)
        ReportView before = JSON.readValue(full, ReportView.class);
        assertEquals(before, StoredReport.read(JSON, new String(stored, StandardCharsets.UTF_8)), what + ": read whole");
        List<ReportView.FindingView> streamed = new ArrayList<>();
        StoredReport.Parts parts = StoredReport.stream(JSON, new ByteArrayInputStream(stored), streamed::add);
        assertEquals(report.findings(), streamed, what + ": one at a time");
        assertEquals(new StoredReport.Parts(before.policy(), before.summary(), before.scenarios(), before.facilities()), parts);
        assertEquals(report.facilities(), StoredReport.parts(JSON, new String(stored, StandardCharsets.UTF_8)).facilities());
        assertEquals(VersionFindings.rows(ChunkedBytes.utf8(new String(full, StandardCharsets.UTF_8))),
                VersionFindings.rows(report.findings().stream().map(f -> new String[] {f.rule(), f.severity(), f.scenario(),
                        f.subject() == null ? null : f.subject().kind(), f.subject() == null ? null : f.subject().id()}).toList()),
                what + ": the version_finding rows from the findings in memory are those read from the full JSON");
    }

    @Test
    void theKakaoLikeReportsComeBackByteForByte() throws Exception {
        ReportView v1 = CompactReportTest.kakao();
        assertTrue(v1.findings().stream().anyMatch(f -> f.chain().size() > 3), "chains to share");
        assertRoundTrip(v1, "kakao-like drr/v1");
        ReportView v2 = kakaoV2();
        assertTrue(v2.scenarios().stream().anyMatch(s -> s.services() != null), "per-service outcomes of drr/v2");
        assertRoundTrip(v2, "kakao-like drr/v2");
    }

    @Test
    void aSyntheticReportWithLongChainsComesBackByteForByteAndIsStoredSmall() throws Exception {
        ReportView report = synthetic();
        int longest = report.findings().stream().mapToInt(f -> f.chain().size()).max().orElse(0);
        assertTrue(longest >= 20, "long chains: the longest has " + longest + " steps");
        assertRoundTrip(report, "synthetic 3,000 components");
        int full = JSON.writeValueAsBytes(report).length;
        int stored = stored(report).length;
        assertTrue(stored * 2 < full, "stored " + stored + " bytes of " + full);
    }

    @Test
    void nullsAndEmptyPartsComeBackAsTheyWere() throws Exception {
        ReportView bare = new ReportView(null, null, List.of(new ReportView.FindingView("R-1", null, null, null, null, null,
                null, null, null), new ReportView.FindingView("R-2", "high", new kr.drregistry.rules.Subject("site", null),
                "s", kr.drregistry.rules.LocalizedText.of("가", null), List.of(new ChainStep(0, "site", null, null, null, null)),
                kr.drregistry.rules.LocalizedText.of("가", null), null, 0L)), List.of(), null);
        assertArrayEquals(JSON.writeValueAsBytes(bare), expanded(stored(bare)));
        ReportView empty = new ReportView(new ReportView.PolicyRef("p", "1"), java.util.Map.of(), List.of(), List.of());
        assertArrayEquals(JSON.writeValueAsBytes(empty), expanded(stored(empty)));
    }

    @Test
    void aReportStoredAsFullJsonBeforeReadsAsItDid() throws Exception {
        ReportView report = CompactReportTest.kakao();
        String full = JSON.writeValueAsString(report);
        assertEquals(JSON.readValue(full, ReportView.class), StoredReport.read(JSON, full));
        List<ReportView.FindingView> streamed = new ArrayList<>();
        StoredReport.Parts parts = StoredReport.stream(JSON, new ByteArrayInputStream(full.getBytes(StandardCharsets.UTF_8)),
                streamed::add);
        assertEquals(report.findings(), streamed);
        assertEquals(JSON.readValue(full, ReportView.class).scenarios(), parts.scenarios());
        assertEquals(report.policy(), parts.policy());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoredReport.expand(JSON, new ByteArrayInputStream(full.getBytes(StandardCharsets.UTF_8)), out);
        assertEquals(full, out.toString(StandardCharsets.UTF_8), "a full report is given as it is stored");
        // the small reports of incident and plan versions are still stored in full, some without facilities
        String incident = "{\"policy\":{\"id\":\"inc\",\"version\":\"1\"},\"summary\":{\"high\":1},\"findings\":[{\"rule\":\"INC-1\","
                + "\"severity\":\"high\",\"subject\":null,\"scenario\":null,\"message\":{\"ko\":\"늦음\",\"en\":\"late\"},"
                + "\"chain\":[],\"basis\":null,\"remedy\":null,\"usersLost\":null}],\"scenarios\":[]}";
        ReportView read = StoredReport.read(JSON, incident);
        assertEquals("INC-1", read.findings().get(0).rule());
        assertEquals(null, read.facilities());
        assertEquals(null, StoredReport.parts(JSON, incident).facilities());
    }
}
