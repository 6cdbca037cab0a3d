package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.NoticeTemplate;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.UserNotice;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-010 (high by default): users are not told of an outage as the law requires: no user notice, no channel,
 * a threshold absent or above the policy's {@value Policy#MANUAL_USER_NOTICE_THRESHOLD_MINUTES} (120 minutes in
 * the shipped policy), or a template lacking the fact, cause, response or contact point. Subject: section
 * {@code notification}.
 */
public final class Man010 implements PlanRule {
    public static final String ID = "MAN-010";
    private static final String AT = "notification/userNotice";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("이용자 고지 미흡", "User notice short of the law");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        String minutes = String.valueOf((int) policy.param(Policy.MANUAL_USER_NOTICE_THRESHOLD_MINUTES));
        return LocalizedText.of("이용자 고지가 없거나, 채널이 없거나, 고지 기준 시간이 없거나 " + minutes + "분보다 길거나, 안내문에 사실·원인·대응·연락처가 빠져 있습니다.",
                "No user notice, no channel, a threshold absent or above " + minutes + " minutes, or a template lacking the fact, cause, response or contact point.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        int limit = (int) policy.param(Policy.MANUAL_USER_NOTICE_THRESHOLD_MINUTES);
        UserNotice notice = plan.notification() == null ? null : plan.notification().userNotice();
        List<ChainStep> chain = new ArrayList<>();
        if (notice == null) {
            chain.add(PlanFindings.field(AT, PlanFindings.MISSING, "이용자 고지 절차 없음", "no user notice"));
        } else {
            if (notice.channels().isEmpty()) {
                chain.add(PlanFindings.field(AT + "/channels", PlanFindings.MISSING, "고지 수단 없음", "no channel"));
            }
            if (notice.thresholdMinutes() == null) {
                chain.add(PlanFindings.field(AT + "/thresholdMinutes", PlanFindings.MISSING, "고지 기준 시간 없음",
                        "no notice threshold"));
            } else if (notice.thresholdMinutes() > limit) {
                chain.add(PlanFindings.field(AT + "/thresholdMinutes", PlanFindings.ABOVE_THRESHOLD,
                        "고지 기준 " + notice.thresholdMinutes() + "분 > " + limit + "분",
                        "notice threshold " + notice.thresholdMinutes() + " min > " + limit + " min"));
            }
            template(notice.template(), chain);
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        LocalizedText message = LocalizedText.of(
                "이용자 고지 절차가 법적 요건에 못 미칩니다: " + limit + "분 이상 장애 시 장애 사실, 원인, 대응 조치 현황, "
                        + "상담 연락처를 알려야 합니다.",
                "The user notice falls short of the law: users must be told of an outage lasting " + limit
                        + " minutes or more, with its fact, cause, response so far and a contact point.");
        LocalizedText remedy = LocalizedText.of(
                "고지 수단, " + limit + "분 이하의 고지 기준, 그리고 장애 사실·원인·대응 조치 현황·상담 연락처를 담은 "
                        + "고지문 양식을 적으십시오.",
                "State the channels, a notice threshold of at most " + limit + " minutes and a template with the fact, "
                        + "cause, response so far and a contact point.");
        return List.of(PlanFindings.finding(policy, ID, "notification", message, chain, remedy));
    }

    private static void template(NoticeTemplate t, List<ChainStep> chain) {
        if (t == null || PlanFindings.blank(t.fact())) {
            chain.add(PlanFindings.field(AT + "/template/fact", PlanFindings.MISSING, "고지문에 장애 사실 없음",
                    "template lacks the fact"));
        }
        if (t == null || PlanFindings.blank(t.cause())) {
            chain.add(PlanFindings.field(AT + "/template/cause", PlanFindings.MISSING, "고지문에 원인 없음",
                    "template lacks the cause"));
        }
        if (t == null || PlanFindings.blank(t.response())) {
            chain.add(PlanFindings.field(AT + "/template/response", PlanFindings.MISSING, "고지문에 대응 조치 없음",
                    "template lacks the response"));
        }
        if (t == null || PlanFindings.blank(t.contact())) {
            chain.add(PlanFindings.field(AT + "/template/contact", PlanFindings.MISSING, "고지문에 상담 연락처 없음",
                    "template lacks the contact point"));
        }
    }
}
