package kr.drregistry.topology.validation.rules;

import static kr.drregistry.topology.validation.RuleFixture.filing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Severity;
import kr.drregistry.rules.Subject;

class Cloud001Test {
    private final Cloud001 rule = new Cloud001();

    @Test
    void allSitesRunByOneProviderIsFound() {
        List<Finding> findings = filing().siteRunBy("a", "cloudy").siteRunBy("b", "cloudy").run(rule);
        assertEquals(1, findings.size());
        assertEquals(Subject.filing("example-op"), findings.get(0).subject());
        assertEquals(Severity.LOW, findings.get(0).severity());
        assertEquals(1, filing().siteRunBy("a", "cloudy").run(rule).size());
    }

    @Test
    void twoProvidersOrAnOwnSiteAreFine() {
        assertTrue(filing().siteRunBy("a", "cloudy").siteRunBy("b", "other").run(rule).isEmpty());
        assertTrue(filing().siteRunBy("a", "cloudy").site("b").run(rule).isEmpty());
        assertTrue(filing().run(rule).isEmpty());
    }
}
