package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.model.ComponentKind.APP;
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

class Cap001Test {
    private final Cap001 rule = new Cap001();

    private static RuleFixture threeSites() {
        return filing().site("a").site("b").site("c").service("s", 1, "api");
    }

    @Test
    void survivingCapacityBelowTheMinimumIsFoundAtTheWorstSite() {
        List<Finding> findings = threeSites()
                .component("api", APP).active("a", 100).standby("b", 60).standby("c", 30).manualFailover(10).done()
                .run(rule);
        assertEquals(1, findings.size());
        Finding f = findings.get(0);
        assertEquals(Subject.component("api"), f.subject());
        assertEquals("site:a", f.scenario());
        assertTrue(f.message().en().contains("90%"), f.message().en());
        assertEquals(1, f.chain().size());
        // FILING-FORMAT-V2 §7.9, §5.6: only a component that is up is judged; without a failover that counts the
        // standby is no path, the component is down in site:a, and that is SPOF's and OPS' business, not CAP-001's
        assertTrue(threeSites().component("api", APP).active("a", 100).standby("b", 60).standby("c", 30).done()
                .run(rule).isEmpty());
    }

    @Test
    void enoughCapacityOrAbsentCapacityIsFine() {
        assertTrue(threeSites().component("api", APP).active("a", 50).active("b", 50).active("c", 50).done()
                .run(rule).isEmpty());
        assertTrue(threeSites().component("api", APP).active("a").active("b").done().run(rule).isEmpty());
    }

    @Test
    void singleSiteAndNonTier1ComponentsAreNotJudged() {
        assertTrue(threeSites().component("api", APP).active("a", 100).done().run(rule).isEmpty());
        assertTrue(filing().site("a").site("b").service("s", 2, "api")
                .component("api", APP).active("a", 100).standby("b", 10).done().run(rule).isEmpty());
    }

    @Test
    void thePolicyMinimumDecides() {
        RuleFixture f = threeSites().component("api", APP).active("a", 50).active("b", 50).active("c", 50).done();
        Policy strict = RuleFixture.withParam(Policies.defaultPolicy(), Policy.CAPACITY_MIN_SURVIVING_PCT, 150);
        // one finding per (component, site scenario) (FILING-FORMAT-V2 §7.1): each site's loss leaves 100 % < 150 %
        assertEquals(List.of("site:a", "site:b", "site:c"), f.run(rule, strict).stream().map(Finding::scenario).toList());
    }
}
