package kr.drregistry.plan.rules;

import java.util.List;

import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.rules.Subject;

/**
 * Building blocks of plan findings. A plan finding has a {@code plan-section} subject, no scenario and no user
 * count; its chain names the fields that are missing or wrong, one {@link ChainStep} each, with kind
 * {@code plan-field}, the field's path as id (e.g. {@code officer/phone24x7}) and relation {@code missing}
 * (absent or empty), {@code not-set} (a yes/no field that is not yes) or {@code above-threshold} (a number
 * above the policy's limit).
 */
final class PlanFindings {
    static final String MISSING = "missing";
    static final String NOT_SET = "not-set";
    static final String ABOVE_THRESHOLD = "above-threshold";

    private PlanFindings() {
    }

    /** A finding of {@code rule} about plan section {@code section}, severity and basis from the policy. */
    static Finding finding(Policy policy, String rule, String section, LocalizedText message, List<ChainStep> chain,
                           LocalizedText remedy) {
        Policy.RuleSetting setting = policy.rule(rule);
        return new Finding(rule, setting.severity(), Subject.planSection(section), null, message, chain,
                setting.basis(), remedy, null);
    }

    /** One chain step about field {@code field}. */
    static ChainStep field(String field, String relation, String ko, String en) {
        return new ChainStep(0, "plan-field", field, relation, List.of(), LocalizedText.of(ko, en));
    }

    /** True when {@code text} is absent or blank. */
    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
