package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.ServiceRpo;
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
 * DATA-003 (high by default; FILING-FORMAT-V2.md §3 rules 5 and 6): a service's {@code rpoMinutes} is below its RPO
 * in its worst scenario (the first on ties), compared in seconds, naming the durable component that limits it.
 */
public final class Data003 implements Rule {
    public static final String ID = "DATA-003";
    private static final long UNBOUNDED = Long.MAX_VALUE;
    private static final long NONE = -1;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("데이터 경로가 RPO 목표에 못 미침", "Data path cannot meet the RPO target"),
                LocalizedText.of(
                        "서비스의 RPO 목표가 데이터 경로가 줄 수 있는 값(동기 복제 0, 비동기 복제 lagSeconds, 백업 intervalMinutes)보다 작습니다.",
                        "A service's RPO target is below what its data path can give (synchronous replication 0, "
                                + "asynchronous replication lagSeconds, a backup intervalMinutes)."),
                LocalizedText.of(
                        "데이터를 더 자주 또는 동기로 다른 사이트에 복사하거나, 데이터 경로가 지킬 수 있는 RPO 목표를 제출하십시오.",
                        "Copy the data to another site more often or synchronously, or file an RPO target that the "
                                + "data path can meet."));
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
            findings.add(ctx.finding(ID, Subject.service(service.id()), scenario, message, chain, remedy, null));
        }
        return findings;
    }

    /** {@code 300초} / {@code 300 s}, or 무제한 / unbounded. */
    private static LocalizedText seconds(long s) {
        return s == LossAnalysis.UNBOUNDED ? LocalizedText.of("무제한", "unbounded") : LocalizedText.of(s + "초", s + " s");
    }
}
