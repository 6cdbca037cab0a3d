package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.APP;
import static kr.drregistry.topology.model.ComponentKind.DATABASE;
import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Finding;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Subject;

class Data001Test {
    private final Data001 rule = new Data001();

    private static RuleFixture sites() {
        return filing().site("pangyo").site("ansan");
    }

    @Test
    void statefulComponentWithoutCopyElsewhereIsFound() {
        List<Finding> findings = sites()
                .component("db", DATABASE).active("pangyo").backup("pangyo", 60).done()
                .run(rule);
        assertEquals(List.of(Subject.component("db")), findings.stream().map(Finding::subject).toList());
        assertTrue(findings.get(0).message().en().contains("pangyo"));
        assertEquals("copy", findings.get(0).chain().get(1).relation());
    }

    @Test
    void replicationOrBackupInAnotherSiteIsACopy() {
        assertTrue(sites()
                .component("db-a", DATABASE).active("pangyo").async("pangyo", "ansan", 30).done()
                .component("db-b", DATABASE).active("pangyo").backup("ansan", 60).done()
                .run(rule).isEmpty());
    }

    @Test
    void anAsyncReplicationWithoutItsLagCopiesNothing() {
        // FILING-FORMAT-V2 §7.4 and §7.11 (a drr/v1 document gets drr/v2 semantics): under drr/v1 this was a copy
        assertEquals(1, sites().component("db", DATABASE).active("pangyo").async("pangyo", "ansan", null).done()
                .run(rule).size());
    }

    @Test
    void aStandbyPlacementIsNotACopyOfData() {
        assertEquals(1, sites().component("db", DATABASE).active("pangyo").standby("ansan", 100).done().run(rule).size());
    }

    @Test
    void withoutActivePlacementTheFirstPlacementIsThePrimarySite() {
        List<Finding> findings = sites()
                .component("cold-db", DATABASE).standby("ansan", null).standby("pangyo", null).backup("pangyo", 60).done()
                .component("warm-db", DATABASE).standby("pangyo", null).backup("pangyo", 60).done()
                .run(rule);
        assertEquals(List.of(Subject.component("warm-db")), findings.stream().map(Finding::subject).toList());
    }

    @Test
    void statelessComponentsAreIgnored() {
        assertTrue(sites().component("api", APP).active("pangyo").done().run(rule).isEmpty());
    }
}
