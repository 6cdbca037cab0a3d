package kr.drregistry.plan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanFixture;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Severity;
import kr.drregistry.topology.validation.Validator;

class PlanValidatorTest {
    private static final Policy POLICY = Policies.defaultPolicy();
    private static final PlanContent EMPTY = new PlanContent(2027, null, null, null, null, null, null, null, null,
            null, null, null, null);

    @Test
    void theCompletePlanHasNoFinding() {
        assertEquals(List.of(), PlanValidator.validate(PlanFixture.plan(), POLICY, PlanFixture.TIER1));
    }

    @Test
    void anEmptyPlanGetsEveryRuleInReportOrder() {
        List<Finding> findings = PlanValidator.validate(EMPTY, POLICY, Set.of("talk"));
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(kr.drregistry.rules.RuleSet.ORDER);
        assertEquals(sorted, findings);
        assertEquals(Severity.HIGH, findings.get(0).severity());
        assertEquals(Severity.LOW, findings.get(findings.size() - 1).severity());
        assertEquals("MAN-014", findings.get(findings.size() - 1).rule());
        assertEquals(14, findings.stream().map(Finding::rule).distinct().count());
        assertTrue(findings.stream().anyMatch(f -> f.subject().id().equals("procedures/talk")));
    }

    @Test
    void severityAndEnablementComeFromThePolicy() {
        Policy changed = RuleFixture.disabled(RuleFixture.withSeverity(POLICY, "MAN-001", Severity.CRITICAL), "MAN-014");
        List<Finding> findings = PlanValidator.validate(EMPTY, changed);
        assertEquals("MAN-001", findings.get(0).rule());
        assertEquals(Severity.CRITICAL, findings.get(0).severity());
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("MAN-014")));
    }
}
