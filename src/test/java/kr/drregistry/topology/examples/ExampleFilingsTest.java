package kr.drregistry.topology.examples;

import kr.drregistry.topology.validation.rules.AllRules;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Severity;
import kr.drregistry.topology.validation.ValidationReport;
import kr.drregistry.topology.validation.Validator;

/** The example filings shipped in examples/ say what the README promises of them. */
class ExampleFilingsTest {

    private static ValidationReport validate(String file) throws IOException {
        Topology t = new DrrParser().parseYaml(Files.readAllBytes(Path.of("examples", file)));
        return AllRules.validator().validate(t, Policies.defaultPolicy());
    }

    @Test
    void theKakaoLikeFilingLosesMessagingWithPangyoAndNamesTheSingleSiteComponents() throws IOException {
        ValidationReport report = validate("kakao-like-2022.yaml");
        Finding spof = report.findings().stream()
                .filter(f -> f.rule().equals("SPOF-002") && f.subject().id().equals("talk") && "site:pangyo".equals(f.scenario()))
                .findFirst().orElseThrow(() -> new AssertionError("no SPOF-002 for talk in site:pangyo: " + report.findings()));
        assertEquals(Severity.CRITICAL, spof.severity());
        assertEquals(47_000_000L, spof.usersLost());
        Set<String> rootCauses = spof.chain().stream()
                .filter(s -> s.relation().equals("no-usable-placement") || s.relation().equals("failover-blocked"))
                .map(ChainStep::id).collect(Collectors.toSet());
        assertFalse(rootCauses.isEmpty(), "the chain ends in root causes");
        assertTrue(spof.chain().stream().anyMatch(s -> s.sites().contains("pangyo")), "the chain names the lost site");
        assertTrue(spof.message().ko().contains("talk") && spof.message().en().contains("talk"));

        Finding ops = report.findings().stream().filter(f -> f.rule().equals("OPS-001") && f.subject().id().equals("talk-api")
                && "site:pangyo".equals(f.scenario())).findFirst()
                .orElseThrow(() -> new AssertionError("no OPS-001 for talk-api: " + report.findings()));
        List<String> chainIds = ops.chain().stream().map(ChainStep::id).toList();
        assertTrue(chainIds.contains("deploy-tool"), "OPS-001 names the tool the failover needs: " + chainIds);
        assertEquals("policy kr-msit", "policy " + report.policyId());
    }

    @Test
    void theKakaoLikeFilingInDrrV2ShowsWhatItsCommentsPromise() throws IOException {
        ValidationReport report = validate("kakao-like-2022-v2.yaml");
        Set<String> found = report.findings().stream().map(f -> f.rule() + " " + f.subject().id() + "@" + f.scenario())
                .collect(Collectors.toSet());
        for (String expected : List.of("SPOF-002 talk@site:pangyo", "SPOF-002 login@site:pangyo", "SPOF-002 pay@site:pangyo",
                "OPS-001 talk-api@site:pangyo", "OPS-001 account-api@site:pangyo", "OPS-001 media-store@site:pangyo",
                "OPS-003 gateway@software:gateway-3.1", "SPOF-002 pay@software:gateway-3.1",
                "OPS-005 account-db@null", "OPS-004 map-tiles@site:pangyo", "FAC-009 ansan@null", "FAC-010 ansan@null",
                "GEO-001 ansan@null")) {
            assertTrue(found.contains(expected), expected + " missing from " + new java.util.TreeSet<>(found));
        }
        assertFalse(found.stream().anyMatch(f -> f.startsWith("FAC-008")), "no battery room shares space with servers");
        assertFalse(found.stream().anyMatch(f -> f.startsWith("DRILL-003")), "the 2022-06 drill lost pangyo");
        Finding gateway = report.findings().stream().filter(f -> f.rule().equals("SPOF-002")
                && "software:gateway-3.1".equals(f.scenario())).findFirst().orElseThrow();
        assertTrue(gateway.message().en().contains("repair estimate: unbounded"), gateway.message().en());
        assertEquals(20_000_000L, gateway.usersLost(), "the users of pay, as drr/v1's SPOF-002 counts them");
        var scenario = report.scenarios().stream().filter(s -> s.id().equals("software:gateway-3.1")).findFirst().orElseThrow();
        assertEquals(List.of("gateway"), scenario.struckComponents());
        assertEquals(List.of("pay", "map"), scenario.downServices());
    }

    @Test
    void drRegistryItselfAsTheChartDeploysItHasNoCriticalHighOrMediumFinding() throws IOException {
        ValidationReport report = validate("dr-registry-self.yaml");
        List<Finding> serious = report.findings().stream()
                .filter(f -> f.severity().compareTo(Severity.MEDIUM) <= 0).toList();
        assertTrue(serious.isEmpty(), "findings: " + serious.stream().map(f -> f.rule() + " " + f.subject().id() + " "
                + f.scenario() + ": " + f.message().en()).toList());
        assertTrue(report.scenarios().stream().allMatch(s -> s.usersLost() == 0), "no scenario takes the registry down");
    }

    @Test
    void theHealthyOperatorHasNoCriticalHighOrMediumFinding() throws IOException {
        ValidationReport report = validate("healthy-multisite.yaml");
        List<Finding> serious = report.findings().stream()
                .filter(f -> f.severity().compareTo(Severity.MEDIUM) <= 0).toList();
        assertTrue(serious.isEmpty(), () -> "unexpected findings: " + serious);
        assertTrue(report.scenarios().stream().allMatch(s -> s.downServices().isEmpty()), "every service survives every scenario");
        assertTrue(report.scenarios().size() >= 3);
    }

    @Test
    void theIdcFilingFlagsTheNonCompliantBuildingOnly() throws IOException {
        ValidationReport report = validate("idc-facility.yaml");
        Set<String> facRules = report.findings().stream().filter(f -> f.rule().startsWith("FAC-"))
                .map(f -> f.rule() + "@" + f.subject().id()).collect(Collectors.toSet());
        assertTrue(facRules.containsAll(Set.of("FAC-001@pangyo-a", "FAC-002@pangyo-a", "FAC-003@pangyo-a", "FAC-004@pangyo-a",
                "FAC-005@pangyo-a")), facRules::toString);
        assertTrue(facRules.stream().allMatch(r -> r.endsWith("@pangyo-a")), facRules::toString);
    }

    /**
     * The commented skeleton the empty workspace offers is a valid filing with both languages in its comments, and a
     * sound starting point: no critical, high or medium finding, every field of its kind explained on its line.
     */
    @Test
    void theSkeletonParsesWithoutSeriousFindingsAndExplainsItselfInKoreanAndEnglish() throws IOException {
        ValidationReport report = validate("drr-v1-skeleton.yaml");
        List<Finding> serious = report.findings().stream()
                .filter(f -> f.severity().compareTo(Severity.MEDIUM) <= 0).toList();
        assertTrue(serious.isEmpty(), () -> "unexpected findings: " + serious);
        List<String> comments = Files.readAllLines(Path.of("examples", "drr-v1-skeleton.yaml")).stream()
                .filter(l -> l.contains("#")).map(l -> l.substring(l.indexOf('#'))).toList();
        for (String section : List.of("사이트", "서비스", "구성요소", "훈련", "Sites", "Services", "Components", "Drills")) {
            assertTrue(comments.stream().anyMatch(c -> c.contains(section)), "a comment explains " + section);
        }
        assertTrue(comments.stream().anyMatch(c -> c.contains("/guide/drr-v1")), "it points to the format guide");
    }
}
