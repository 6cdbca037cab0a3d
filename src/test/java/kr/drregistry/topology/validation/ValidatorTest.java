package kr.drregistry.topology.validation;

import kr.drregistry.topology.validation.rules.AllRules;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ValidatorTest {
    private final Validator validator = AllRules.validator();

    @Test
    void findingsAreSortedBySeverityRuleSubjectAndScenario() {
        List<Finding> findings = validator.findings(new ValidationContext(BadFilings.everythingWrong(), Policies.defaultPolicy()));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(kr.drregistry.rules.RuleSet.ORDER);
        assertEquals(sorted, findings);
        assertEquals(Severity.CRITICAL, findings.get(0).severity());
        assertEquals("DATA-001", findings.get(0).rule());
        assertEquals("cache", findings.get(0).subject().id());
    }

    @Test
    void disabledRulesAreNotRun() {
        Policy off = RuleFixture.disabled(Policies.defaultPolicy(), "DATA-001");
        assertTrue(validator.findings(new ValidationContext(BadFilings.everythingWrong(), off)).stream()
                .noneMatch(f -> f.rule().equals("DATA-001")));
    }

    @Test
    void summaryCountsEverySeverityIncludingZero() {
        List<Finding> findings = validator.findings(new ValidationContext(BadFilings.everythingWrong(), Policies.defaultPolicy()));
        Map<Severity, Integer> summary = ValidationReport.summarize(findings);
        assertEquals(Severity.values().length, summary.size());
        assertEquals(0, summary.get(Severity.INFO));
        assertEquals(findings.size(), summary.values().stream().mapToInt(Integer::intValue).sum());
    }
}
