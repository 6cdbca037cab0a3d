package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.APP;
import static kr.drregistry.topology.model.ComponentKind.DEPLOYMENT;
import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;

class Ops002Test {
    private final Ops002 rule = new Ops002();

    @Test
    void controlPlaneInOneSiteIsFound() {
        List<Finding> findings = filing().site("pangyo").site("ansan")
                .component("deploy-tool", DEPLOYMENT).active("pangyo").standby("pangyo", 100).done()
                .component("flagged-app", APP).controlPlane().active("ansan").done()
                .component("plain-app", APP).active("ansan").done()
                .run(rule);
        assertEquals(List.of(Subject.component("deploy-tool"), Subject.component("flagged-app")),
                findings.stream().map(Finding::subject).toList());
        assertEquals(Severity.HIGH, findings.get(0).severity());
        assertEquals("only-site", findings.get(0).chain().get(1).relation());
    }

    @Test
    void controlPlaneInTwoSitesIsFine() {
        assertTrue(filing().site("pangyo").site("ansan")
                .component("deploy-tool", DEPLOYMENT).active("pangyo").standby("ansan", 100).done()
                .run(rule).isEmpty());
    }
}
