package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.Officer;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-001 (high by default): the plan names no disaster-management officer (재난관리 책임자), or the officer lacks
 * a name, a title or a phone reachable 24/7. Subject: section {@code officer}; the chain names the missing fields.
 */
public final class Man001 implements PlanRule {
    public static final String ID = "MAN-001";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("재난관리 책임자 미지정·정보 누락", "Disaster-management officer missing or incomplete");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("계획에 재난관리 책임자가 없거나, 책임자의 성명·직위·24시간 연락처가 빠져 있습니다.",
                "The plan names no disaster-management officer, or the officer lacks a name, a title or a phone reachable 24/7.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        Officer officer = plan.officer();
        List<ChainStep> chain = new ArrayList<>();
        if (officer == null || PlanFindings.blank(officer.name())) {
            chain.add(PlanFindings.field("officer/name", PlanFindings.MISSING, "책임자 성명 없음", "no officer name"));
        }
        if (officer == null || PlanFindings.blank(officer.title())) {
            chain.add(PlanFindings.field("officer/title", PlanFindings.MISSING, "책임자 직위 없음", "no officer title"));
        }
        if (officer == null || PlanFindings.blank(officer.phone24x7())) {
            chain.add(PlanFindings.field("officer/phone24x7", PlanFindings.MISSING, "24시간 연락처 없음",
                    "no phone reachable 24/7"));
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        LocalizedText message = officer == null
                ? LocalizedText.of("계획에 재난관리 책임자가 지정되어 있지 않습니다.",
                        "The plan names no disaster-management officer.")
                : LocalizedText.of("재난관리 책임자의 성명, 직위 또는 24시간 연락처가 빠져 있습니다.",
                        "The disaster-management officer lacks a name, a title or a phone reachable 24/7.");
        LocalizedText remedy = LocalizedText.of(
                "재난관리 책임자를 지정하고 성명, 직위, 24시간 연락 가능한 전화번호를 적으십시오.",
                "Name the disaster-management officer with name, title and a phone reachable day and night.");
        return List.of(PlanFindings.finding(policy, ID, "officer", message, chain, remedy));
    }
}
