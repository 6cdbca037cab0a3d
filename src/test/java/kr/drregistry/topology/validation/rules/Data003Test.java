package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.APP;
import static kr.drregistry.topology.model.ComponentKind.CACHE;
import static kr.drregistry.topology.model.ComponentKind.DATABASE;
import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Subject;

class Data003Test {
    private final Data003 rule = new Data003();

    /** Service "talk" with RPO target {@code rpo} min: talk-api hard-depends on db. */
    private static RuleFixture.ComponentBuilder talkWithDb(Integer rpo) {
        return filing().site("pangyo").site("ansan")
                .serviceWithTargets("talk", 1, 60, rpo, "talk-api")
                .component("talk-api", APP).active("pangyo").active("ansan").hard("db").done()
                .component("db", DATABASE).active("pangyo");
    }

    @Test
    void asyncLagAboveTheTargetIsFoundComparedInSeconds() {
        List<Finding> findings = talkWithDb(5).async("pangyo", "ansan", 301).done().run(rule);
        assertEquals(List.of(Subject.service("talk")), findings.stream().map(Finding::subject).toList());
        Finding f = findings.get(0);
        assertTrue(f.message().en().contains("301 s") && f.message().en().contains("db"));
        // the drr/v2 chain (FILING-FORMAT-V2 §4 DATA-003): the service's RPO in the worst scenario and its limiting component
        assertEquals(List.of("rpo", "data"), f.chain().stream().map(s -> s.relation()).toList());
        assertEquals(List.of("talk", "db"), f.chain().stream().map(s -> s.id()).toList());
        assertTrue(talkWithDb(5).async("pangyo", "ansan", 300).done().run(rule).isEmpty());
    }

    @Test
    void theBestCopyOutsideThePrimarySiteCounts() {
        assertTrue(talkWithDb(0).backup("ansan", 60).sync("pangyo", "ansan").done().run(rule).isEmpty());
        assertEquals(1, talkWithDb(30).backup("ansan", 60).backup("pangyo", 1).done().run(rule).size());
    }

    @Test
    void noCopyOrOnlyCopiesOfUnknownLagAreUnbounded() {
        List<Finding> findings = talkWithDb(1440).async("pangyo", "ansan", null).done().run(rule);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().en().contains("unbounded"));
        assertTrue(talkWithDb(1440).async("pangyo", "ansan", null).backup("ansan", 60).done().run(rule).isEmpty());
    }

    @Test
    void theWorstStatefulComponentAlongTheHardPathLimits() {
        List<Finding> findings = filing().site("pangyo").site("ansan")
                .serviceWithTargets("talk", 1, 60, 5, "talk-api")
                .component("talk-api", APP).active("pangyo").hard("mid").done()
                .component("mid", APP).active("pangyo").hard("talk-api").hard("db").anyOf("cache-a", "cache-b").done()
                .component("db", DATABASE).active("pangyo").sync("pangyo", "ansan").done()
                .component("cache-a", CACHE).active("pangyo").backup("ansan", 10).done()
                .component("cache-b", CACHE).active("pangyo").backup("ansan", 60).done()
                .run(rule);
        assertEquals(1, findings.size());
        assertEquals("cache-b", findings.get(0).chain().get(1).id());
    }

    @Test
    void servicesWithoutTargetOrStatefulDependenciesAreFine() {
        assertTrue(talkWithDb(null).done().run(rule).isEmpty());
        assertTrue(filing().site("pangyo").serviceWithTargets("web", 2, 60, 0, "web")
                .component("web", APP).active("pangyo").soft("db").done()
                .component("db", DATABASE).active("pangyo").done()
                .run(rule).isEmpty());
    }
}
