package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import kr.drregistry.topology.loss.EstimatedRto;
import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.LossScenario;
import kr.drregistry.topology.loss.PathCheck;
import kr.drregistry.topology.loss.RepairEstimate;
import kr.drregistry.topology.loss.ServiceRpo;
import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.Placement;
import kr.drregistry.topology.model.Service;
import kr.drregistry.topology.validation.ChainStep;
import kr.drregistry.topology.validation.Finding;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.Subject;
import kr.drregistry.topology.validation.TopologyIndex;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * The rules FILING-FORMAT-V2.md §4 changes (SPOF-002, OPS-001, DATA-001, DATA-003, RTO-001, CAP-001), read over the
 * drr/v2 loss analysis. Each drr/v1 rule class calls its method here when {@link ValidationContext#v2()}.
 */
final class ChangedInV2 {
    private ChangedInV2() {
    }

    /** {@code 45분} / {@code 45 min}, or 무제한 / unbounded. */
    private static LocalizedText minutes(long m) {
        return m == LossAnalysis.UNBOUNDED ? LocalizedText.of("무제한", "unbounded") : LocalizedText.of(m + "분", m + " min");
    }

    /** {@code 300초} / {@code 300 s}, or 무제한 / unbounded. */
    private static LocalizedText seconds(long s) {
        return s == LossAnalysis.UNBOUNDED ? LocalizedText.of("무제한", "unbounded") : LocalizedText.of(s + "초", s + " s");
    }

    /** Appends why each of {@code ids} is down in scenario {@code s}, one level below the step before them. */
    static void explainBelow(LossAnalysis loss, int s, List<String> ids, List<ChainStep> chain) {
        for (String id : ids) {
            for (ChainStep step : loss.explainComponent(s, id)) {
                chain.add(new ChainStep(step.depth() + 1, step.kind(), step.id(), step.relation(), step.sites(),
                        step.text()));
            }
        }
    }

    /** SPOF-002: a tier-1 service down in a scenario (component-group scenarios too), stating the repair estimate. */
    static List<Finding> spof002(ValidationContext ctx, String id, LocalizedText remedy) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Service service : ctx.topology().services()) {
            if (service.tier() != 1) {
                continue;
            }
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
                LocalizedText message = LocalizedText.of(
                        "1등급 서비스 " + service.id() + "이(가) " + scenario + " 손실 시 중단됩니다(일 이용자 " + users + "명); " + ko + ".",
                        "Tier-1 service " + service.id() + " goes down when " + scenario + " is lost (" + users
                                + " daily users); " + en + ".");
                findings.add(ctx.finding(id, Subject.service(service.id()), scenario, message,
                        loss.explainService(s, service.id()), remedy, users));
            }
        }
        return findings;
    }

    /** OPS-001 (§7.7): a failover (automatic or operator-decided) or a needed restore requires what the scenario takes down. */
    static List<Finding> ops001(ValidationContext ctx, String id, LocalizedText remedy) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Component component : ctx.topology().components()) {
            Set<Integer> scenarios = new java.util.TreeSet<>();
            for (int s : loss.failoverBlockedScenarios(component.id())) {
                scenarios.add(s);
            }
            for (int s : loss.restoreBlockedScenarios(component.id())) {
                scenarios.add(s);
            }
            for (int s : scenarios) {
                PathCheck check = loss.pathCheck(s, component.id());
                Set<String> blockers = new LinkedHashSet<>(check.failoverRequiresDown());
                blockers.addAll(check.restoreRequiresDown());
                List<String> names = List.copyOf(blockers);
                String scenario = loss.scenarios().get(s).id();
                List<ChainStep> chain = new ArrayList<>();
                chain.add(Texts.step(0, "component", component.id(), "failover", List.of(),
                        component.id() + ": 페일오버·복원에 " + Texts.ko(names) + " 필요",
                        component.id() + ": its failover or restore needs " + Texts.en(names)));
                explainBelow(loss, s, names, chain);
                LocalizedText message = LocalizedText.of(
                        "컴포넌트 " + component.id() + "의 페일오버(또는 복원)에 필요한 " + Texts.ko(names) + "이(가) " + scenario
                                + " 손실 시 함께 중단되어 실행할 수 없습니다",
                        "the failover (or restore) of component " + component.id() + " needs " + Texts.en(names)
                                + ", which " + scenario + " also takes down, so it cannot run");
                findings.add(ctx.finding(id, Subject.component(component.id()), scenario, message, chain, remedy, null));
            }
        }
        return findings;
    }

    /** DATA-001 under drr/v2: durable only, holders and backups as copies, not with an active placement outside home. */
    static boolean data001(ValidationContext ctx, Component c) {
        return DurableCopies.data001(ctx.analysis(), c);
    }

    /** DATA-003: a service's RPO (rule 6) above {@code rpoMinutes} in its worst scenario. */
    static List<Finding> data003(ValidationContext ctx, String id) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Service service : ctx.topology().services()) {
            if (service.rpoMinutes() == null) {
                continue;
            }
            ServiceRpo worst = loss.worstRpo(service.id());
            long target = service.rpoMinutes() * 60L;
            if (worst.seconds() <= target) {
                continue;
            }
            String scenario = loss.scenarios().get(worst.scenario()).id();
            String limit = worst.limitingComponent();
            LocalizedText message = LocalizedText.of(
                    "서비스 " + service.id() + "의 RPO 목표 " + service.rpoMinutes() + "분(" + target + "초)을 " + scenario
                            + " 손실 시 지킬 수 없습니다: 달성 가능한 RPO " + seconds(worst.seconds()).ko() + ", 제약 구성요소 " + limit + ".",
                    "Service " + service.id() + " cannot meet its RPO target of " + service.rpoMinutes() + " min ("
                            + target + " s) when " + scenario + " is lost: achievable RPO " + seconds(worst.seconds()).en()
                            + ", limited by " + limit + ".");
            LocalizedText remedy = LocalizedText.of(
                    limit + "의 데이터를 " + scenario + "에 속하지 않는 사이트로 더 짧은 지연으로 복제하거나 백업 주기를 줄이십시오.",
                    "Replicate the data of " + limit + " with less lag, or back it up more often, to a site outside "
                            + scenario + ".");
            List<ChainStep> chain = List.of(
                    Texts.step(0, "service", service.id(), "rpo", List.of(), service.id() + ": RPO " + seconds(worst.seconds()).ko(),
                            service.id() + ": RPO " + seconds(worst.seconds()).en()),
                    Texts.step(1, "component", limit, "data", List.of(), limit + ": " + scenario + " 손실 시 RPO "
                            + seconds(loss.rpoSeconds(worst.scenario(), limit)).ko(), limit + ": RPO "
                            + seconds(loss.rpoSeconds(worst.scenario(), limit)).en() + " when " + scenario + " is lost"));
            findings.add(ctx.finding(id, Subject.service(service.id()), scenario, message, chain, remedy, null));
        }
        return findings;
    }

    /** RTO-001: the estimated RTO (rule 12, §7.14) above {@code rtoMinutes}. */
    static List<Finding> rto001(ValidationContext ctx, String id) {
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
            findings.add(ctx.finding(id, Subject.service(service.id()), scenario, message, chain, remedy, null));
        }
        return findings;
    }

    /**
     * CAP-001 (§7.9): in a {@code site:<id>} scenario, a tier-1 component that is up, loses a placement there and
     * keeps one elsewhere, with a capacity (rule 14, of the path it takes) below the policy minimum.
     */
    static List<Finding> cap001(ValidationContext ctx, String id) {
        LossAnalysis loss = ctx.analysis();
        double minimum = ctx.policy().param(Policy.CAPACITY_MIN_SURVIVING_PCT);
        TopologyIndex index = ctx.index();
        List<Finding> findings = new ArrayList<>();
        for (int c = 0; c < index.componentCount(); c++) {
            if (!index.inTier1Closure(c)) {
                continue;
            }
            Component component = index.component(c);
            for (var site : ctx.topology().sites()) {
                int s = loss.scenarioIndex(site.scenarioId());
                LossScenario scenario = loss.scenarios().get(s);
                boolean loses = false;
                boolean keeps = false;
                for (Placement p : component.placements()) {
                    boolean lost = scenario.sites().contains(p.site());
                    loses |= lost;
                    keeps |= !lost;
                }
                OptionalLong capacity = loss.capacity(s, component.id());
                if (!loses || !keeps || capacity.isEmpty() || capacity.getAsLong() >= minimum) {
                    continue;
                }
                String min = Texts.num(minimum);
                LocalizedText message = LocalizedText.of(
                        "1등급 구성요소 " + component.id() + ": " + scenario.id() + " 손실 시 남은 용량이 " + capacity.getAsLong()
                                + "%로 정책 기준 " + min + "%에 못 미칩니다(" + loss.path(s, component.id()).name().toLowerCase(java.util.Locale.ROOT) + ").",
                        "Tier-1 component " + component.id() + ": losing " + scenario.id() + " leaves "
                                + capacity.getAsLong() + "% of capacity, below the policy minimum of " + min + "% ("
                                + loss.path(s, component.id()).name().toLowerCase(java.util.Locale.ROOT) + " path).");
                LocalizedText remedy = LocalizedText.of(
                        component.id() + "의 다른 사이트 배치 용량을 " + min + "% 이상으로 늘리십시오.",
                        "Raise the capacity of the other placements of " + component.id() + " to at least " + min + "%.");
                findings.add(ctx.finding(id, Subject.component(component.id()), scenario.id(), message,
                        List.of(Texts.step(0, "component", component.id(), "capacity", List.of(),
                                component.id() + ": 용량 " + capacity.getAsLong() + "%",
                                component.id() + ": capacity " + capacity.getAsLong() + "%")), remedy, null));
            }
        }
        return findings;
    }
}
