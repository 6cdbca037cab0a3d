package kr.drregistry.plan.model;

/**
 * 이용자 고지 및 정부 보고 (telling users and reporting to the regulator).
 *
 * @param userNotice       이용자 고지 (user notice), or null
 * @param regulatorReport  과학기술정보통신부 보고 (report to the regulator), or null
 */
public record Notification(UserNotice userNotice, RegulatorReport regulatorReport) {
}
