package kr.drregistry.plan.model;

import java.util.List;

/**
 * 서비스별 장애 전환·복구 절차 (failover and recovery procedure of one service).
 *
 * @param serviceId        서비스 식별자 (the service id of the filed DR topology)
 * @param failoverSteps    장애 전환 절차 (failover steps, in order)
 * @param recoverySteps    복구 절차 (recovery steps, in order)
 * @param targetRtoMinutes 목표 복구 시간(분) (target RTO in minutes), or null
 */
public record ServiceProcedure(String serviceId, List<String> failoverSteps, List<String> recoverySteps,
                               Integer targetRtoMinutes) {
    public ServiceProcedure {
        failoverSteps = Lists.copy(failoverSteps);
        recoverySteps = Lists.copy(recoverySteps);
    }
}
