package kr.drregistry.plan.model;

/**
 * 업데이트 사전 검증 (pre-validation of updates before roll-out, 2025 guideline).
 *
 * @param testEnvironment                 시험 환경 보유 (a test environment separate from production exists)
 * @param thirdPartyAndSecurityPrevalidated 외부·보안 업데이트 사전 검증 (third-party and security updates are
 *                                        validated there before roll-out)
 * @param description                     설명 (how), or null
 */
public record UpdateValidation(boolean testEnvironment, boolean thirdPartyAndSecurityPrevalidated,
                               String description) {
}
