package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.validation.Finding;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.RuleText;
import kr.drregistry.topology.validation.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * RTO-001: a service's RTO target is below its estimated RTO, the largest recovery time of its entrypoints over
 * the scenarios in which it survives (scenarios in which it falls are SPOF-002's). One finding per service,
 * naming the worst scenario (the first one in scenario order when several tie) and the failover steps that add
 * up to it.
 */
public final class Rto001 implements Rule {
    public static final String ID = "RTO-001";

    private static final LocalizedText REMEDY = LocalizedText.of(
            "복구 경로의 페일오버를 자동화하거나 단축하고(대기 배치를 활성으로 전환 포함), 느린 하드 의존을 줄이거나, "
                    + "달성 가능한 RTO 목표를 신고하십시오.",
            "Automate or shorten the failovers on the recovery path (including turning standbys into active "
                    + "placements), reduce slow hard dependencies, or file an RTO target that can be met.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        String n = Texts.num(policy.param(Policy.FAILOVER_DEFAULT_MANUAL_MINUTES));
        return new RuleText(ID,
                LocalizedText.of(
                        "서비스의 RTO 목표가 의존 연쇄를 따라 더한 페일오버 시간(예상 RTO)보다 작습니다. minutes가 없는 수동 페일오버는 정책 기본값 " + n
                                + "분으로 셉니다.",
                        "A service's RTO target is below the failover time along its dependency chain (its estimated "
                                + "RTO); a manual failover without minutes counts the policy default of " + n
                                + " min."),
                REMEDY);
    }

    @Override
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        if (!ctx.policy().enabled(ID)) {
            return List.of();
        }
        if (ctx.v2()) {
            return ChangedInV2.rto001(ctx, ID);
        }
        LossResult loss = ctx.loss();
        List<Finding> findings = new ArrayList<>();
        for (Service service : ctx.topology().services()) {
            if (service.rtoMinutes() == null) {
                continue;
            }
            int worstScenario = -1, worst = -1;
            for (int s = 0; s < loss.scenarios().size(); s++) {
                if (loss.isServiceDown(s, service.id())) {
                    continue;
                }
                int estimate = 0;
                for (String entrypoint : service.entrypoints()) {
                    estimate = Math.max(estimate, loss.recoveryMinutes(s, entrypoint).orElseThrow());
                }
                if (estimate > worst) {
                    worst = estimate;
                    worstScenario = s;
                }
            }
            if (worstScenario < 0 || worst <= service.rtoMinutes()) {
                continue;
            }
            String scenario = loss.scenarios().get(worstScenario).id();
            LocalizedText message = LocalizedText.of(
                    "서비스 " + service.id() + "의 예상 RTO " + worst + "분이 목표 " + service.rtoMinutes() + "분을 넘습니다 ("
                            + scenario + " 손실 시)",
                    "service " + service.id() + ": estimated RTO " + worst + " min exceeds the target "
                            + service.rtoMinutes() + " min (when " + scenario + " is lost)");
            findings.add(ctx.finding(ID, Subject.service(service.id()), scenario, message,
                    loss.explainServiceRecovery(worstScenario, service.id()), REMEDY, null));
        }
        return List.copyOf(findings);
    }
}
