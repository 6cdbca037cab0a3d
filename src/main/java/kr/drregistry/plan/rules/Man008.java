package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.Detection;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-008 (medium by default): outages are not monitored in real time, or the plan does not say who declares a
 * disaster and by which criteria. Subject: section {@code detection}.
 */
public final class Man008 implements PlanRule {
    public static final String ID = "MAN-008";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("실시간 감시·재난 선포 기준 없음", "No real-time monitoring or declaration criteria");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("장애를 실시간으로 감시하지 않거나, 누가 어떤 기준으로 재난을 선포하는지 계획에 없습니다.",
                "Outages are not monitored in real time, or the plan does not say who declares a disaster and by which criteria.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        Detection d = plan.detection();
        List<ChainStep> chain = new ArrayList<>();
        if (d == null || !d.realTimeMonitoring()) {
            chain.add(PlanFindings.field("detection/realTimeMonitoring", PlanFindings.NOT_SET, "실시간 장애 감시 없음",
                    "no real-time outage monitoring"));
        }
        if (d == null || PlanFindings.blank(d.declarationAuthority())) {
            chain.add(PlanFindings.field("detection/declarationAuthority", PlanFindings.MISSING, "재난 선포 권한자 없음",
                    "no declaration authority"));
        }
        if (d == null || PlanFindings.blank(d.declarationCriteria())) {
            chain.add(PlanFindings.field("detection/declarationCriteria", PlanFindings.MISSING, "재난 선포 기준 없음",
                    "no declaration criteria"));
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        LocalizedText message = LocalizedText.of(
                "장애를 실시간으로 감시하지 않거나, 누가 어떤 기준으로 재난을 선포하는지 정해져 있지 않습니다.",
                "Outages are not monitored in real time, or the plan does not say who declares a disaster by which "
                        + "criteria.");
        LocalizedText remedy = LocalizedText.of(
                "서비스 장애를 실시간으로 감시하는 체계를 갖추고, 재난 선포 권한자와 선포 기준을 적으십시오.",
                "Monitor service outages in real time and state who declares a disaster and by which criteria.");
        return List.of(PlanFindings.finding(policy, ID, "detection", message, chain, remedy));
    }
}
