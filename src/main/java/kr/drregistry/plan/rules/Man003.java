package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-003 (medium by default): fewer than {@value #MIN_CONTACTS} contacts reachable 24/7 with a phone (section
 * {@code contacts}), or no escalation path (section {@code escalation}); one finding per section.
 */
public final class Man003 implements PlanRule {
    public static final String ID = "MAN-003";
    /** Contacts reachable 24/7 a plan needs, so that one absence does not break the chain. */
    public static final int MIN_CONTACTS = 2;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("24시간 연락처·보고 체계 부족", "Too few 24/7 contacts or no escalation");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("24시간 연락 가능한 전화번호가 있는 연락처가 " + MIN_CONTACTS + "곳보다 적거나, 보고 체계(escalation)가 없습니다.",
                "Fewer than " + MIN_CONTACTS + " contacts reachable 24/7 by phone, or no escalation path.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        List<Finding> findings = new ArrayList<>();
        long reachable = plan.contacts().stream()
                .filter(c -> c.available24x7() && !PlanFindings.blank(c.phone())).count();
        if (reachable < MIN_CONTACTS) {
            findings.add(PlanFindings.finding(policy, ID, "contacts",
                    LocalizedText.of("24시간 연락 가능한 비상 연락처가 " + reachable + "개뿐입니다(" + MIN_CONTACTS
                                    + "개 이상 필요).",
                            "Only " + reachable + " contact(s) reachable 24/7 with a phone; at least " + MIN_CONTACTS
                                    + " are needed."),
                    List.of(PlanFindings.field("contacts", PlanFindings.MISSING,
                            "24시간 연락처 " + reachable + "개", reachable + " contact(s) reachable 24/7")),
                    LocalizedText.of("24시간 연락 가능한 비상 연락처를 전화번호와 함께 둘 이상 적으십시오.",
                            "List at least two contacts reachable 24/7, each with a phone.")));
        }
        if (plan.escalation().isEmpty()) {
            findings.add(PlanFindings.finding(policy, ID, "escalation",
                    LocalizedText.of("장애 보고·전파 체계(에스컬레이션 경로)가 없습니다.", "The plan has no escalation path."),
                    List.of(PlanFindings.field("escalation", PlanFindings.MISSING, "보고·전파 단계 없음",
                            "no escalation step")),
                    LocalizedText.of("장애를 인지한 뒤 누구에게, 어떤 순서로, 몇 분 안에 보고하는지 단계별로 적으십시오.",
                            "State who is told after an outage is detected, in which order and within how many minutes.")));
        }
        return findings;
    }
}
