package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.loss.EstimatedRto;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Service;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * RTO-001: a service's RTO target is below its estimated RTO (FILING-FORMAT-V2.md §3 rule 12, §7.14): the largest
 * recovery time over the scenarios in which it is not down, the first such scenario on ties; unbounded when it is
 * down in every scenario. One finding per service, naming that scenario and the steps that add up to the time.
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
                LocalizedText.of("페일오버가 RTO 목표보다 오래 걸림", "Failover slower than the RTO target"),
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
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Service service : ctx.topology().services()) {
            if (service.rtoMinutes() == null) {
                continue;
            }
            EstimatedRto rto = loss.estimatedRto(service.id());
            if (rto.minutes() <= service.rtoMinutes()) {
                continue;
            }
            String scenario = loss.scenarios().get(rto.scenario()).id();
            LocalizedText message = LocalizedText.of(
                    "서비스 " + service.id() + "의 RTO 목표 " + service.rtoMinutes() + "분보다 예상 복구 시간이 깁니다: "
                            + minutes(rto.minutes()).ko() + "(" + scenario + ").",
                    "Service " + service.id() + " takes longer to recover than its RTO target of " + service.rtoMinutes()
                            + " min: " + minutes(rto.minutes()).en() + " (" + scenario + ").");
            LocalizedText remedy = LocalizedText.of(
                    "복구 경로의 가장 느린 단계(수동 페일오버, 복원)를 자동화하거나 다른 사이트에 활성 배치를 두십시오.",
                    "Automate the slowest step on the recovery path (manual failover, restore) or keep an active "
                            + "placement in another site.");
            List<ChainStep> chain = rto.unbounded() ? List.of(Texts.step(0, "service", service.id(), "rto", List.of(),
                    service.id() + ": 모든 시나리오에서 중단", service.id() + ": down in every scenario"))
                    : loss.explainServiceRecovery(rto.scenario(), service.id());
            findings.add(ctx.finding(ID, Subject.service(service.id()), scenario, message, chain, remedy, null));
        }
        return findings;
    }

    /** {@code 45분} / {@code 45 min}, or 무제한 / unbounded. */
    private static LocalizedText minutes(long m) {
        return m == LossAnalysis.UNBOUNDED ? LocalizedText.of("무제한", "unbounded") : LocalizedText.of(m + "분", m + " min");
    }
}
