package kr.drregistry.plan.model;

/**
 * 장애 감지 및 재난 선포 (how outages are detected and a disaster is declared).
 *
 * @param monitoring                   감시 체계 설명 (monitoring description), or null
 * @param realTimeMonitoring           실시간 장애 감시 여부 (outages are monitored in real time)
 * @param declarationAuthority         재난 선포 권한자 (who declares a disaster), or null
 * @param declarationCriteria          재난 선포 기준 (criteria for declaring one), or null
 * @param outageReportThresholdMinutes 정부 보고 대상 장애 지속 시간(분) (outage duration from which it is reported to
 *                                     the regulator), or null
 */
public record Detection(String monitoring, boolean realTimeMonitoring, String declarationAuthority,
                        String declarationCriteria, Integer outageReportThresholdMinutes) {
}
