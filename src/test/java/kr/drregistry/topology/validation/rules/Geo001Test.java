package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.APP;
import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Subject;

class Geo001Test {
    private final Geo001 rule = new Geo001();

    /** Pangyo and Ansan are about 25 km apart; Busan about 320 km from both. */
    private static RuleFixture korea() {
        return filing().siteAt("pangyo", 37.400, 127.103, "metro:capital").siteAt("ansan", 37.3219, 126.8309, "power:ansan")
                .siteAt("busan", 35.1796, 129.0756, "metro:busan").siteAt("gwangju", 35.1595, 126.8526, "metro:capital");
    }

    @Test
    void closeSitePairIsOneFindingListingItsComponents() {
        List<Finding> findings = korea()
                .component("a", APP).active("pangyo").standby("ansan", 100).done()
                .component("b", APP).active("pangyo").active("ansan").done()
                .component("c", APP).active("pangyo").active("busan").done()
                .run(rule);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Subject.site("ansan"), f.subject());
        assertTrue(f.message().en().contains("2 component(s) use this pair: a, b"));
        assertTrue(f.chain().stream().map(ChainStep::relation).toList().contains("distance"));
    }

    @Test
    void sharedRiskGroupIsFoundWhateverTheDistance() {
        List<Finding> findings = korea().component("a", APP).active("pangyo").active("gwangju").done().run(rule);
        assertEquals(1, findings.size());
        assertTrue(findings.get(0).message().en().contains("metro:capital"));
    }

    @Test
    void distantSitesOrUnknownLocationsWithoutSharedGroupsAreFine() {
        assertTrue(korea().component("a", APP).active("pangyo").active("busan").done().run(rule).isEmpty());
        assertTrue(filing().site("x").site("y").component("a", APP).active("x").active("y").done().run(rule).isEmpty());
    }

    @Test
    void thePolicyDistanceDecides() {
        RuleFixture f = korea().component("a", APP).active("pangyo").active("ansan").done();
        Policy lenient = RuleFixture.withParam(Policies.defaultPolicy(), Policy.GEO_MIN_DISTANCE_KM, 20);
        assertTrue(f.run(rule, lenient).isEmpty());
        assertEquals(1, f.run(rule).size());
    }
}
