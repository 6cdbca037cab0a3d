package kr.drregistry.plan.rules;

import java.util.List;
import java.util.Locale;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-014 (low by default, a recommendation of the 2025 guideline): the main services are not on two or more
 * clouds — the plan names fewer than two distinct providers (compared ignoring case and surrounding spaces).
 * Subject: section {@code multicloud}.
 */
public final class Man014 implements PlanRule {
    public static final String ID = "MAN-014";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("멀티 클라우드 아님", "Not on two or more clouds");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("주요 서비스가 둘 이상의 클라우드에 있지 않습니다: 계획에 적힌 제공자가 두 곳보다 적습니다(2025 지침 권고).",
                "The main services are not on two or more clouds: the plan names fewer than two providers (a 2025 guideline recommendation).");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        long providers = plan.multicloud() == null ? 0 : plan.multicloud().providers().stream()
                .map(p -> p.strip().toLowerCase(Locale.ROOT)).distinct().count();
        if (providers >= 2) {
            return List.of();
        }
        LocalizedText message = LocalizedText.of(
                "주요 서비스가 둘 이상의 클라우드에서 운영되지 않습니다(사업자 " + providers + "곳).",
                "The main services are not run on two or more clouds (" + providers + " provider(s)).");
        LocalizedText remedy = LocalizedText.of(
                "주요 서비스를 둘 이상의 클라우드 사업자에서 운영하는 방안을 검토하고 사업자를 적으십시오.",
                "Consider running the main services on two or more cloud providers and name them.");
        return List.of(PlanFindings.finding(policy, ID, "multicloud", message,
                List.of(PlanFindings.field("multicloud/providers", PlanFindings.MISSING, "클라우드 사업자 " + providers + "곳",
                        providers + " cloud provider(s)")),
                remedy));
    }
}
