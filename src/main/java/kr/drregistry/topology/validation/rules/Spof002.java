package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.RepairEstimate;
import kr.drregistry.topology.model.Service;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * SPOF-002: a tier-1 service goes down in some scenario (component-group scenarios included, FILING-FORMAT-V2.md
 * §4). One finding per service and scenario, naming the users lost (the service's {@code dailyUsers}), the repair
 * estimate (rule 13) and the chain of failed components back to the root causes.
 */
public final class Spof002 implements Rule {
    public static final String ID = "SPOF-002";

    private static final LocalizedText REMEDY = LocalizedText.of(
            "진입점과 하드 의존 구성요소마다 이 위험 그룹 밖의 사이트에 활성 배치나 자동 페일오버 대기 배치를 두고, "
                    + "수동 페일오버에 필요한 도구도 그 밖에서 운영하십시오.",
            "Give every entrypoint and hard dependency an active placement, or a standby with automatic failover, "
                    + "in a site outside this risk group, and run the tools a manual failover needs outside it too.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("시나리오에서 1등급 서비스 중단", "Tier-1 service down in a scenario"),
                LocalizedText.of(
                        "어떤 시나리오(한 사이트 또는 한 위험군의 손실)에서 1등급 서비스가 중단됩니다. 발견사항은 시나리오, 잃는 이용자 수, 근본 원인까지의 장애 연쇄를 보여 줍니다.",
                        "A tier-1 service goes down in some scenario (the loss of one site or risk group); the "
                                + "finding names the scenario, the users lost and the chain of failed components back to the "
                                + "root cause."),
                REMEDY);
    }

    @Override
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        List<Finding> findings = new ArrayList<>();
        for (Service service : ctx.topology().services()) {
            if (service.tier() == 1) {
                findings.addAll(findings(ctx, service));
            }
        }
        return findings;
    }

    /** One part per tier-1 service (a 100,000-component filing has hundreds, each with up to one finding per scenario). */
    @Override
    public int parts(ValidationContext ctx) {
        return Math.max(1, tier1(ctx).size());
    }

    @Override
    public List<Finding> check(ValidationContext ctx, int part) {
        List<Service> tier1 = tier1(ctx);
        return tier1.isEmpty() ? List.of() : findings(ctx, tier1.get(part));
    }

    private static List<Service> tier1(ValidationContext ctx) {
        return ctx.topology().services().stream().filter(v -> v.tier() == 1).toList();
    }

    /** The findings of one tier-1 service, in scenario order. */
    private static List<Finding> findings(ValidationContext ctx, Service service) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (int s = 0; s < loss.scenarios().size(); s++) {
            Optional<RepairEstimate> repair = loss.repairEstimate(s, service.id());
            if (repair.isEmpty()) {
                continue;
            }
            String scenario = loss.scenarios().get(s).id();
            long users = service.dailyUsers(); // as drr/v1's SPOF-002: the users of this service
            RepairEstimate r = repair.get();
            String ko = r.unbounded() ? "복구 예상: 알 수 없음(제자리 복구 수단 없음)" : "복구 예상 " + r.minutes() + "분("
                    + r.limitingComponent() + " 복구 " + r.repairMinutes() + "분 + 재기동 " + r.recoveryWithoutStrikes() + "분)";
            String en = r.unbounded() ? "repair estimate: unbounded (no repair in place)" : "repair estimate "
                    + r.minutes() + " min (" + r.limitingComponent() + " repaired in " + r.repairMinutes()
                    + " min + " + r.recoveryWithoutStrikes() + " min to recover)";
            // drr/v1's sentence (same words, same number format), then the repair estimate drr/v2 adds
            String count = String.format(java.util.Locale.ROOT, "%,d", users);
            LocalizedText message = LocalizedText.of(
                    "1등급 서비스 " + Josa.attach(service.id(), "이/가") + " " + scenario + " 손실 시 중단됩니다 (이용자 " + count + "명); " + ko + ".",
                    "tier-1 service " + service.id() + " goes down when " + scenario + " is lost (" + count
                            + " users); " + en + ".");
            findings.add(ctx.finding(ID, Subject.service(service.id()), scenario, message,
                    loss.explainService(s, service.id()), REMEDY, users));
        }
        return findings;
    }
}
