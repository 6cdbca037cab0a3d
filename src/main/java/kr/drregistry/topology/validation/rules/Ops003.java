package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

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
 * OPS-003 (drr/v2, critical by default; the Facebook 2021 trap): a component the scenario strikes keeps a placement
 * in a surviving site, but its {@code recovery} (the repair in place) needs a component the same scenario takes
 * down. One finding per (component, scenario); the chain says why each required component is down.
 */
public final class Ops003 implements Rule {
    public static final String ID = "OPS-003";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean needsLossSimulation() {
        return true;
    }

    @Override
    public RuleText text(Policy policy) {
        return new RuleText(ID,
                LocalizedText.of("복구에 필요한 구성요소가 함께 중단", "Repair needs what the scenario takes down"),
                LocalizedText.of("위험군에 맞은 구성요소를 제자리에서 복구(recovery)하는 데 필요한 구성요소가 같은 시나리오에서 함께 중단됩니다.",
                        "The repair in place (recovery) of a struck component needs a component the same scenario takes down."),
                LocalizedText.of("복구에 필요한 도구와 접근 경로를 복구 대상에 의존하지 않게 분리하십시오(별도 관리망 등).",
                        "Keep the tools and access the repair needs independent of what they repair (e.g. a separate "
                                + "out-of-band network)."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Component component : ctx.topology().components()) {
            if (component.recovery() == null) {
                continue;
            }
            String id = component.id();
            for (int s : loss.repairBlockedScenarios(id)) {
                PathCheck check = loss.pathCheck(s, id);
                String scenario = loss.scenarios().get(s).id();
                List<String> blockers = check.recoveryRequiresDown();
                List<ChainStep> chain = new ArrayList<>();
                chain.add(Texts.step(0, "component", id, "struck", List.of(),
                        id + ": " + scenario + "에 맞음, 복구 " + component.recovery().minutes() + "분에 " + Texts.ko(blockers) + " 필요",
                        id + ": struck by " + scenario + ", its " + component.recovery().minutes()
                                + "-minute recovery needs " + Texts.en(blockers)));
                Texts.explainBelow(loss, s, blockers, chain);
                LocalizedText message = LocalizedText.of(
                        "구성요소 " + Josa.attach(id, "은/는") + " " + scenario + "에 맞지만 살아남은 사이트에 배치가 남아 있어 제자리 복구가 가능해야 하나, "
                                + "복구에 필요한 " + Josa.attach(Texts.ko(blockers), "이/가") + " 같은 시나리오에서 중단되어 복구할 수 없습니다.",
                        "Component " + id + " is struck by " + scenario + " and keeps a placement in a surviving site, "
                                + "but its recovery needs " + Texts.en(blockers) + ", which the same scenario takes down, "
                                + "so it cannot be repaired.");
                LocalizedText remedy = LocalizedText.of(
                        id + "의 복구에 필요한 " + Josa.attach(Texts.ko(blockers), "이/가") + " " + Josa.attach(id, "과/와") + " " + scenario
                                + "에 의존하지 않게 하십시오.",
                        "Make " + Texts.en(blockers) + ", which the recovery of " + id + " needs, independent of " + id
                                + " and of " + scenario + ".");
                findings.add(ctx.finding(ID, Subject.component(id), scenario, message, chain, remedy, null));
            }
        }
        return findings;
    }
}
