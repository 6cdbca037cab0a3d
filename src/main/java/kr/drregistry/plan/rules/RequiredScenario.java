package kr.drregistry.plan.rules;

import java.util.List;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.plan.model.ScenarioPlan;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * A rule that one scenario kind is covered: the plan has a scenario of that kind with a response. Subject:
 * section {@code scenarios/<kind>}; the chain names the missing scenario or its missing response.
 */
abstract class RequiredScenario implements PlanRule {
    private final String id;
    private final ScenarioKind kind;

    RequiredScenario(String id, ScenarioKind kind) {
        this.id = id;
        this.kind = kind;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final List<Finding> check(PlanContent plan, Policy policy) {
        if (covered(plan, kind)) {
            return List.of();
        }
        boolean present = plan.scenarios().stream().anyMatch(s -> s.kind() == kind);
        String section = "scenarios/" + kind.wire();
        LocalizedText message = present
                ? LocalizedText.of(kind.ko() + " 시나리오에 대응 방안이 없습니다.",
                        "The " + kind.en() + " scenario has no response.")
                : LocalizedText.of("계획에 " + kind.ko() + " 시나리오가 없습니다.",
                        "The plan has no " + kind.en() + " scenario.");
        return List.of(PlanFindings.finding(policy, id, section, message,
                List.of(present
                        ? PlanFindings.field(section + "/response", PlanFindings.MISSING, "대응 방안 없음", "no response")
                        : PlanFindings.field(section, PlanFindings.MISSING, kind.ko() + " 시나리오 없음",
                                "no " + kind.en() + " scenario")),
                remedy()));
    }

    @Override
    public final LocalizedText meaning(Policy policy) {
        return LocalizedText.of("계획에 " + kind.ko() + " 시나리오(" + kind.wire() + ")와 그 대응 방안이 없습니다.",
                "The plan has no " + kind.en() + " scenario (" + kind.wire() + ") with a response.");
    }

    /** What the operator should add. */
    abstract LocalizedText remedy();

    /** Whether {@code plan} has a scenario of {@code kind} with a response. */
    static boolean covered(PlanContent plan, ScenarioKind kind) {
        return plan.scenarios().stream().anyMatch(s -> s.kind() == kind && hasResponse(s));
    }

    private static boolean hasResponse(ScenarioPlan scenario) {
        return !PlanFindings.blank(scenario.response());
    }
}
