package kr.drregistry.plan.model;

/**
 * 과학기술정보통신부 장애 보고 (reporting an outage to MSIT).
 *
 * @param channel       보고 수단 (how the report is made, e.g. 방송통신재난 보고 시스템), or null
 * @param withinMinutes 장애 인지 후 보고 시한(분) (minutes after detection by which it is reported), or null
 */
public record RegulatorReport(String channel, Integer withinMinutes) {
}
