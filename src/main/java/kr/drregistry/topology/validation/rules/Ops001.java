package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.loss.PathCheck;
import kr.drregistry.topology.model.Component;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * OPS-001 (the Kakao trap; FILING-FORMAT-V2.md §4, §7.7): in a scenario that does not strike the component, a
 * failover that counts (automatic, or manual decided by the operator) or a restore it needs cannot run because a
 * component its {@code failover.requires} or {@code restore.requires} names is down in that same scenario. One
 * finding per component and scenario; the chain names what the failover or restore needs and why each of those
 * components is down.
 */
public final class Ops001 implements Rule {
    public static final String ID = "OPS-001";

    private static final LocalizedText REMEDY = LocalizedText.of(
            "페일오버에 필요한 배포·관리 도구를 이 위험 그룹 밖의 사이트에서도 운영하거나, 그 도구 없이 실행할 수 있는 "
                    + "페일오버 절차(자동 페일오버 또는 대체 수단)를 마련하고 훈련하십시오.",
            "Run the tools the failover needs (deployment, admin console, ...) in a site outside this risk group as "
                    + "well, or provide and drill a failover that works without them (automatic or an alternative path).");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("페일오버에 필요한 구성요소가 함께 중단", "Failover needs what the scenario takes down"),
                LocalizedText.of(
                        "수동 페일오버에 필요한 구성요소(failover.requires)가 같은 시나리오에서 함께 멈춰 페일오버를 할 수 없습니다(카카오 함정).",
                        "A manual failover needs a component (failover.requires) that the same scenario takes down, "
                                + "so it cannot run (the Kakao trap)."),
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
        for (Component component : ctx.topology().components()) {
            int[] failover = loss.failoverBlockedScenarios(component.id());
            int[] restore = loss.restoreBlockedScenarios(component.id());
            if (failover.length == 0 && restore.length == 0) {
                continue;
            }
            for (int s : java.util.stream.IntStream.concat(java.util.Arrays.stream(failover),
                    java.util.Arrays.stream(restore)).sorted().distinct().toArray()) {
                PathCheck check = loss.pathCheck(s, component.id());
                Set<String> blockers = new LinkedHashSet<>(check.failoverRequiresDown());
                blockers.addAll(check.restoreRequiresDown());
                List<String> names = List.copyOf(blockers);
                String scenario = loss.scenarios().get(s).id();
                List<ChainStep> chain = new ArrayList<>();
                chain.add(Texts.step(0, "component", component.id(), "failover", List.of(),
                        component.id() + ": 페일오버·복원에 " + Texts.ko(names) + " 필요",
                        component.id() + ": its failover or restore needs " + Texts.en(names)));
                Texts.explainBelow(loss, s, names, chain);
                LocalizedText message = LocalizedText.of(
                        "구성요소 " + component.id() + "의 페일오버(또는 복원)에 필요한 " + Josa.attach(Texts.ko(names), "이/가") + " " + scenario
                                + " 손실 시 함께 중단되어 실행할 수 없습니다",
                        "the failover (or restore) of component " + component.id() + " needs " + Texts.en(names)
                                + ", which " + scenario + " also takes down, so it cannot run");
                findings.add(ctx.finding(ID, Subject.component(component.id()), scenario, message, chain, REMEDY, null));
            }
        }
        return findings;
    }
}
