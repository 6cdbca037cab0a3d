package kr.drregistry.plan.rules;

import java.util.List;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-012 (medium by default): no drill is scheduled within the plan year. Subject: section {@code drills}.
 */
public final class Man012 implements PlanRule {
    public static final String ID = "MAN-012";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("계획 연도의 훈련 일정 없음", "No drill scheduled in the plan year");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("계획 연도 안에 예정된 훈련이 없습니다.",
                "No drill is scheduled within the plan year.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        int year = plan.planYear();
        if (plan.drills().stream().anyMatch(d -> d.date() != null && d.date().getYear() == year)) {
            return List.of();
        }
        LocalizedText message = LocalizedText.of(year + "년(계획 연도)에 예정된 재난 대응 훈련이 없습니다.",
                "No drill is scheduled in the plan year " + year + ".");
        LocalizedText remedy = LocalizedText.of(
                "계획 연도 안에 날짜, 시나리오, 대상 서비스를 정한 훈련을 한 번 이상 계획하십시오.",
                "Schedule at least one drill in the plan year, with its date, scenario and services.");
        return List.of(PlanFindings.finding(policy, ID, "drills", message,
                List.of(PlanFindings.field("drills", PlanFindings.MISSING, year + "년 훈련 없음",
                        "no drill in " + year)),
                remedy));
    }
}
