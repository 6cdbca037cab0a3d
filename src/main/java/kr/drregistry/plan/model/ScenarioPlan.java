package kr.drregistry.plan.model;

/**
 * 재난 유형별 대응 시나리오 (the plan's answer to one kind of disaster).
 *
 * @param kind        재난 유형 (scenario kind)
 * @param title       제목 (title; useful for several {@code other} scenarios), or null
 * @param description 상황 설명 (what happens in this scenario), or null
 * @param response    대응 방안 (how the operator responds), or null
 */
public record ScenarioPlan(ScenarioKind kind, String title, String description, String response) {
}
