package kr.drregistry.plan.model;

import java.time.LocalDate;
import java.util.List;

/**
 * 훈련 계획 (one drill scheduled by the plan).
 *
 * @param date     훈련 예정일 (planned date; ISO {@code yyyy-MM-dd} in JSON)
 * @param scenario 훈련 시나리오 (scenario drilled)
 * @param services 대상 서비스 (service ids of the filed DR topology)
 */
public record DrillPlan(LocalDate date, ScenarioKind scenario, List<String> services) {
    public DrillPlan {
        services = Lists.copy(services);
    }
}
