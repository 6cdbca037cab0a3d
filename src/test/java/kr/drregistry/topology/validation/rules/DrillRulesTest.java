package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.APP;
import static kr.drregistry.topology.model.DrillScenario.SITE_LOSS;
import static kr.drregistry.topology.model.DrillScenario.TABLETOP;
import static kr.drregistry.topology.validation.RuleFixture.AS_OF;
import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Subject;

class DrillRulesTest {
    private final Drill001 drill001 = new Drill001();
    private final Drill002 drill002 = new Drill002();

    private static RuleFixture talk() {
        return filing().site("a").serviceWithTargets("talk", 1, 60, 5, "api").service("map", 2, "api")
                .component("api", APP).active("a").done();
    }

    @Test
    void tier1ServiceWithoutRecentSiteLossDrillIsFound() {
        List<Finding> findings = talk()
                .drill("old", AS_OF.minusMonths(12).minusDays(1), SITE_LOSS, List.of("talk"), null, null)
                .drill("future", AS_OF.plusDays(1), SITE_LOSS, List.of("talk"), null, null)
                .drill("paper", AS_OF.minusMonths(1), TABLETOP, List.of("talk"), null, null)
                .run(drill001);
        assertEquals(List.of(Subject.service("talk")), findings.stream().map(Finding::subject).toList());
        assertEquals("future", findings.get(0).chain().get(1).id());
    }

    @Test
    void siteLossDrillWithinTheWindowCoversTheService() {
        assertTrue(talk().drill("d", AS_OF.minusMonths(12), SITE_LOSS, List.of("talk"), null, null).run(drill001).isEmpty());
        assertTrue(talk().drill("d", AS_OF, SITE_LOSS, List.of("talk"), null, null).run(drill001).isEmpty());
    }

    @Test
    void thePolicyAgeDecides() {
        RuleFixture f = talk().drill("d", AS_OF.minusMonths(6), SITE_LOSS, List.of("talk"), null, null);
        Policy strict = RuleFixture.withParam(Policies.defaultPolicy(), Policy.DRILL_MAX_AGE_MONTHS, 3);
        assertEquals(1, f.run(drill001, strict).size());
    }

    @Test
    void achievedRtoAndRpoAboveTargetsAreFoundPerMetric() {
        List<Finding> findings = talk().drill("d", AS_OF, SITE_LOSS, List.of("talk", "map"), 240, 10).run(drill002);
        assertEquals(2, findings.size());
        assertEquals(Subject.drill("d"), findings.get(0).subject());
        assertTrue(findings.get(0).message().en().contains("RTO of 240 min"));
        assertTrue(findings.get(1).message().en().contains("RPO of 10 min"));
    }

    @Test
    void achievedWithinTargetsOrUnstatedIsFine() {
        assertTrue(talk().drill("d", AS_OF, SITE_LOSS, List.of("talk"), 60, 5).run(drill002).isEmpty());
        List<Finding> onlyRpo = talk().drill("d", AS_OF, SITE_LOSS, List.of("talk", "map"), null, 600).run(drill002);
        assertEquals(1, onlyRpo.size(), "map states no targets and the drill no RTO");
    }
}
