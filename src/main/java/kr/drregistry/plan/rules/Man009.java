package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.RegulatorReport;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-009 (high by default): the plan's outage-reporting criteria and procedure fall short: the outage-report
 * threshold ({@code detection/outageReportThresholdMinutes}) is absent or above the policy's
 * {@value Policy#MANUAL_REPORT_THRESHOLD_MINUTES} (10 minutes in the shipped policy), or the plan does not say
 * how the regulator is told ({@code notification/regulatorReport/channel}). Subject: section {@code detection}.
 */
public final class Man009 implements PlanRule {
    public static final String ID = "MAN-009";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("장애 보고 기준·절차 미흡", "Outage-report criteria or procedure short");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        String minutes = String.valueOf((int) policy.param(Policy.MANUAL_REPORT_THRESHOLD_MINUTES));
        return LocalizedText.of("장애 보고 기준 시간이 없거나 " + minutes + "분보다 길거나, 규제기관에 알리는 방법이 계획에 없습니다.",
                "The outage-report threshold is absent or above " + minutes + " minutes, or the plan does not say how the regulator is told.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        int limit = (int) policy.param(Policy.MANUAL_REPORT_THRESHOLD_MINUTES);
        Integer threshold = plan.detection() == null ? null : plan.detection().outageReportThresholdMinutes();
        List<ChainStep> chain = new ArrayList<>();
        if (threshold == null) {
            chain.add(PlanFindings.field("detection/outageReportThresholdMinutes", PlanFindings.MISSING,
                    "정부 보고 기준 시간 없음", "no outage-report threshold"));
        } else if (threshold > limit) {
            chain.add(PlanFindings.field("detection/outageReportThresholdMinutes", PlanFindings.ABOVE_THRESHOLD,
                    "보고 기준 " + threshold + "분 > " + limit + "분", "report threshold " + threshold + " min > "
                            + limit + " min"));
        }
        RegulatorReport report = plan.notification() == null ? null : plan.notification().regulatorReport();
        if (report == null || PlanFindings.blank(report.channel())) {
            chain.add(PlanFindings.field("notification/regulatorReport/channel", PlanFindings.MISSING,
                    "정부 보고 수단 없음", "no way of reporting to the regulator"));
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        LocalizedText message = LocalizedText.of(
                "장애 보고 기준이 없거나 " + limit + "분보다 길고, 또는 과학기술정보통신부에 보고하는 절차가 없습니다.",
                "The outage-report threshold is missing or longer than " + limit
                        + " minutes, or the plan has no procedure for reporting to MSIT.");
        LocalizedText remedy = LocalizedText.of(
                limit + "분 이상 지속되는 서비스 장애를 과학기술정보통신부에 보고하도록 기준과 보고 수단을 적으십시오.",
                "Report every service disruption of " + limit + " minutes or more to MSIT: state that threshold and "
                        + "the reporting channel.");
        return List.of(PlanFindings.finding(policy, ID, "detection", message, chain, remedy));
    }
}
