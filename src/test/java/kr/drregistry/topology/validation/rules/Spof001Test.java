package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.APP;
import static kr.drregistry.topology.model.ComponentKind.AUTH;
import static kr.drregistry.topology.model.ComponentKind.CACHE;
import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;

class Spof001Test {
    private final Spof001 rule = new Spof001();

    private static RuleFixture twoSites() {
        return filing().site("pangyo").site("ansan");
    }

    @Test
    void singleSiteHardDependencyOfTier1ServiceIsFoundWithItsPath() {
        List<Finding> findings = twoSites().service("talk", 1, "talk-api")
                .component("talk-api", APP).active("pangyo").active("ansan").hard("auth").done()
                .component("auth", AUTH).active("pangyo").done()
                .run(rule);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Subject.component("auth"), f.subject());
        assertEquals(Severity.CRITICAL, f.severity());
        assertTrue(f.message().ko().contains("pangyo") && f.message().en().contains("talk"));
        assertEquals(List.of("service", "entrypoint", "hard-dependency", "only-site"),
                f.chain().stream().map(ChainStep::relation).toList());
        assertEquals(List.of("talk", "talk-api", "auth", "pangyo"), f.chain().stream().map(ChainStep::id).toList());
        assertTrue(f.basis().en().contains("Framework Act"));
    }

    @Test
    void componentsInTwoSitesAreNotSinglePoints() {
        assertTrue(twoSites().service("talk", 1, "talk-api")
                .component("talk-api", APP).active("pangyo").standby("ansan", 100).hard("auth").done()
                .component("auth", AUTH).active("pangyo").active("ansan").done()
                .run(rule).isEmpty());
    }

    @Test
    void singleSiteEntrypointItselfIsFound() {
        List<Finding> findings = twoSites().service("talk", 1, "talk-api")
                .component("talk-api", APP).active("pangyo").done().run(rule);
        assertEquals(List.of(Subject.component("talk-api")), findings.stream().map(Finding::subject).toList());
    }

    @Test
    void onlyTier1ServicesAndHardDependenciesCount() {
        assertTrue(twoSites().service("map", 2, "map-api").service("talk", 1, "talk-api")
                .component("map-api", APP).active("pangyo").done()
                .component("talk-api", APP).active("pangyo").active("ansan").soft("metrics").done()
                .component("metrics", APP).active("pangyo").done()
                .run(rule).isEmpty());
    }

    @Test
    void oneFindingPerComponentNamesEveryTier1Service() {
        List<Finding> findings = twoSites().service("talk", 1, "talk-api").service("pay", 1, "pay-api")
                .component("talk-api", APP).active("pangyo").active("ansan").hard("auth").done()
                .component("pay-api", APP).active("pangyo").active("ansan").hard("auth").done()
                .component("auth", AUTH).active("pangyo").done()
                .run(rule);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().en().contains("2 tier-1 service(s) (talk, pay)"));
    }

    @Test
    void anyOfGroupInsideOneSiteIsNoRedundancy() {
        List<Finding> findings = twoSites().service("talk", 1, "talk-api")
                .component("talk-api", APP).active("pangyo").active("ansan").anyOf("cache-a", "cache-b").done()
                .component("cache-a", CACHE).active("pangyo").done()
                .component("cache-b", CACHE).active("pangyo").done()
                .run(rule);
        assertEquals(List.of(Subject.component("cache-a"), Subject.component("cache-b")),
                findings.stream().map(Finding::subject).toList());
        assertEquals("any-of-member", findings.get(0).chain().get(2).relation());
    }

    @Test
    void anyOfGroupAcrossSitesIsRedundancy() {
        assertTrue(twoSites().service("talk", 1, "talk-api")
                .component("talk-api", APP).active("pangyo").active("ansan").anyOf("cache-a", "cache-b").done()
                .component("cache-a", CACHE).active("pangyo").done()
                .component("cache-b", CACHE).active("ansan").done()
                .run(rule).isEmpty());
    }

    @Test
    void dependencyCyclesAreSafe() {
        List<Finding> findings = twoSites().service("talk", 1, "a")
                .component("a", APP).active("pangyo").active("ansan").hard("b").done()
                .component("b", APP).active("pangyo").hard("a").done()
                .run(rule);
        assertEquals(List.of(Subject.component("b")), findings.stream().map(Finding::subject).toList());
    }
}
