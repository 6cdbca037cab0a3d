package kr.drregistry.plan.model;

/**
 * 보고·전파 단계 (one step of the escalation path).
 *
 * @param order         순서 (1 for the first step)
 * @param role          보고 대상 역할 (role that is told or takes over)
 * @param contact       연락 수단 (how they are reached), or null
 * @param withinMinutes 장애 인지 후 보고 시한(분) (minutes after detection by which this step happens), or null
 */
public record EscalationStep(int order, String role, String contact, Integer withinMinutes) {
}
