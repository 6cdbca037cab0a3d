package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.UpdateValidation;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-013 (medium by default): third-party and security updates are not pre-validated in a test environment
 * before roll-out (2025 guideline). Subject: section {@code updateValidation}.
 */
public final class Man013 implements PlanRule {
    public static final String ID = "MAN-013";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("업데이트 사전 검증 없음", "Updates not validated before roll-out");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("외부·보안 업데이트를 배포 전에 시험 환경에서 검증하지 않습니다(2025 지침).",
                "Third-party and security updates are not validated in a test environment before roll-out (2025 guideline).");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        UpdateValidation u = plan.updateValidation();
        List<ChainStep> chain = new ArrayList<>();
        if (u == null || !u.testEnvironment()) {
            chain.add(PlanFindings.field("updateValidation/testEnvironment", PlanFindings.NOT_SET, "시험 환경 없음",
                    "no test environment"));
        }
        if (u == null || !u.thirdPartyAndSecurityPrevalidated()) {
            chain.add(PlanFindings.field("updateValidation/thirdPartyAndSecurityPrevalidated", PlanFindings.NOT_SET,
                    "외부·보안 업데이트 사전 검증 없음", "third-party and security updates not pre-validated"));
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        LocalizedText message = LocalizedText.of(
                "외부(제3자)·보안 업데이트를 시험 환경에서 사전 검증하지 않고 적용합니다.",
                "Third-party and security updates are rolled out without pre-validation in a test environment.");
        LocalizedText remedy = LocalizedText.of(
                "운영 환경과 분리된 시험 환경을 두고, 외부·보안 업데이트를 그곳에서 검증한 뒤 적용하는 절차를 적으십시오.",
                "Keep a test environment separate from production and validate third-party and security updates "
                        + "there before roll-out; describe the procedure.");
        return List.of(PlanFindings.finding(policy, ID, "updateValidation", message, chain, remedy));
    }
}
