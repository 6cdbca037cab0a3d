package kr.drregistry.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kr.drregistry.rules.Policies;
import kr.drregistry.topology.api.ReportDigest;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.validation.rules.AllRules;

/**
 * A page that lists a version's findings from the version's digest shows exactly what it shows from the full report:
 * the same findings per severity with the same "N more", the same root causes with the same findings — so a big
 * report's page need not read the full report.
 */
class FindingsDigestTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static ReportView report(Topology t) {
        return ReportView.of(AllRules.validator().validate(t, Policies.defaultPolicy()));
    }

    private static String shape(FindingsView v) {
        StringBuilder out = new StringBuilder("total " + v.total() + " " + v.summary() + "\n");
        for (FindingsView.Group g : v.groups()) {
            out.append(g.severity()).append(" +").append(g.hidden()).append(": ")
                    .append(g.items().stream().map(FindingsView.Item::key).toList()).append('\n');
        }
        out.append("roots +").append(v.rootsHidden()).append('\n');
        for (FindingsView.Root r : v.roots()) {
            out.append(r.cause().id()).append(' ').append(r.cause().usersLost()).append(" +").append(r.hidden()).append(": ")
                    .append(r.items().stream().map(FindingsView.Item::key).toList()).append('\n');
        }
        return out.toString();
    }

    private static void sameAsFromTheFullReport(ReportView full) throws Exception {
        ReportDigest digest = JSON.readValue(JSON.writeValueAsString(ReportDigest.of(full)), ReportDigest.class);
        FindingsView fromFull = FindingsView.of(full.findings(), f -> null, null).limited(FindingsView.PAGE_PER_SEVERITY);
        FindingsView fromDigest = FindingsView.ofDigest(digest, f -> null, null).limited(FindingsView.PAGE_PER_SEVERITY);
        assertEquals(shape(fromFull), shape(fromDigest));
        assertTrue(fromFull.roots().size() > 0);
    }

    @Test
    void theKakaoLikeExample() throws Exception {
        sameAsFromTheFullReport(report(new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml")))));
        sameAsFromTheFullReport(report(new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", "kakao-like-2022-v2.yaml")))));
    }

    @Test
    void aThousandComponentTopologyWhoseDigestIsMuchSmaller() throws Exception {
        ReportView full = report(SyntheticTopology.generate(1000, 10, 10, 20, 42));
        sameAsFromTheFullReport(full);
        ReportDigest digest = ReportDigest.of(full);
        assertTrue(digest.findingTotal() > 300, "a big report: " + digest.findingTotal());
        assertTrue(digest.shown().findings().size() < digest.findingTotal() / 2, digest.shown().findings().size() + " shown");
        assertTrue(digest.shown().scenarios().stream().allMatch(s -> s.services() == null
                || s.services().stream().noneMatch(o -> o.status().equals("up"))), "no service that stays up");
        assertEquals(full.scenarios().size(), digest.shown().scenarios().size());
        assertEquals(List.copyOf(full.summary().values()), List.copyOf(digest.shown().summary().values()));
    }

    /** The scenario rows of a page (drr/v2) are the same from the digest, which keeps only the outcomes they name. */
    @Test
    void scenarioRowsFromTheDigestAreThoseOfTheFullReport() throws Exception {
        ReportView full = report(SyntheticTopology.generateV2(3000, 10, 10, 20, 10, 7L));
        ReportDigest digest = JSON.readValue(JSON.writeValueAsString(ReportDigest.of(full)), ReportDigest.class);
        var fromFull = kr.drregistry.topology.api.ScenarioOutcomes.of(full.scenarios(), full.facilities());
        assertEquals(fromFull, kr.drregistry.topology.api.ScenarioOutcomes.of(digest.shown().scenarios(),
                digest.shown().facilities()));
        assertTrue(fromFull.rows().stream().anyMatch(r -> r.moreDown() > 0 || r.moreDegraded() > 0),
                "some scenario names only some of its services");
        assertTrue(digest.shown().scenarios().stream().allMatch(s -> s.services().size() <= 2 * kr.drregistry.topology.api.ScenarioOutcomes.ITEMS),
                "the digest keeps what a row names");
    }
}
