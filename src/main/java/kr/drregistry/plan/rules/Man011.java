package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.ServiceProcedure;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-011 (high by default): a service has no failover and recovery procedure. The services checked are the
 * tier-1 services of the filed topology (when known) and every service the plan lists a procedure for; a
 * service is covered when its procedure has at least one failover step and one recovery step. One finding per
 * uncovered service (section {@code procedures/<serviceId>}); a plan with no procedures at all and no known
 * tier-1 services gets one finding for section {@code procedures}.
 */
public final class Man011 implements PlanRule {
    public static final String ID = "MAN-011";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("서비스 페일오버·복구 절차 없음", "No failover and recovery procedure for a service");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("1등급 서비스나 계획에 절차가 있는 서비스 중 페일오버 단계와 복구 단계를 모두 갖춘 절차가 없는 서비스가 있습니다.",
                "A tier-1 service, or a service the plan has a procedure for, lacks a procedure with at least one failover step and one recovery step.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        return check(plan, policy, Set.of());
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy, Set<String> tier1Services) {
        Set<String> services = new TreeSet<>(tier1Services);
        plan.procedures().forEach(p -> services.add(p.serviceId()));
        if (services.isEmpty()) {
            return List.of(PlanFindings.finding(policy, ID, "procedures",
                    LocalizedText.of("계획에 서비스별 장애 전환·복구 절차가 하나도 없습니다.",
                            "The plan has no failover and recovery procedure for any service."),
                    List.of(PlanFindings.field("procedures", PlanFindings.MISSING, "절차 없음", "no procedure")),
                    remedy()));
        }
        List<Finding> findings = new ArrayList<>();
        for (String service : services) {
            ServiceProcedure procedure = plan.procedures().stream().filter(p -> p.serviceId().equals(service))
                    .findFirst().orElse(null);
            String section = "procedures/" + service;
            List<ChainStep> chain = new ArrayList<>();
            if (procedure == null) {
                chain.add(PlanFindings.field(section, PlanFindings.MISSING, "1등급 서비스 " + service + "의 절차 없음",
                        "no procedure for tier-1 service " + service));
            } else {
                if (procedure.failoverSteps().isEmpty()) {
                    chain.add(PlanFindings.field(section + "/failoverSteps", PlanFindings.MISSING, "장애 전환 절차 없음",
                            "no failover steps"));
                }
                if (procedure.recoverySteps().isEmpty()) {
                    chain.add(PlanFindings.field(section + "/recoverySteps", PlanFindings.MISSING, "복구 절차 없음",
                            "no recovery steps"));
                }
            }
            if (!chain.isEmpty()) {
                findings.add(PlanFindings.finding(policy, ID, section,
                        LocalizedText.of("서비스 " + service + "의 장애 전환·복구 절차가 없거나 불완전합니다.",
                                "Service " + service + " has no complete failover and recovery procedure."),
                        chain, remedy()));
            }
        }
        return findings;
    }

    private static LocalizedText remedy() {
        return LocalizedText.of(
                "1등급 서비스마다 다른 사이트로 전환하는 절차와 원래 상태로 복구하는 절차를 단계별로 적고 목표 복구 시간을 밝히십시오.",
                "For every tier-1 service, write the steps to fail over to another site and to recover, and state the "
                        + "target recovery time.");
    }
}
