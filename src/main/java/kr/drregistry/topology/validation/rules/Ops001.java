package kr.drregistry.topology.validation.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.model.Component;
import kr.drregistry.topology.model.FailoverMode;
import kr.drregistry.topology.simulation.LossResult;
import kr.drregistry.topology.validation.ChainStep;
import kr.drregistry.topology.validation.Finding;
import kr.drregistry.topology.validation.LocalizedText;
import kr.drregistry.topology.validation.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.topology.validation.RuleText;
import kr.drregistry.topology.validation.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * OPS-001 (the Kakao trap): a component must fail over manually in a scenario (no active placement survives,
 * a standby does) but a component its {@code failover.requires} names is down in that same scenario. One
 * finding per component and scenario; the chain names the blocked failover and why each required component is
 * down.
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
        if (!ctx.policy().enabled(ID)) {
            return List.of();
        }
        if (ctx.v2()) {
            return ChangedInV2.ops001(ctx, ID, REMEDY);
        }
        LossResult loss = ctx.loss();
        List<Finding> findings = new ArrayList<>();
        for (Component component : ctx.topology().components()) {
            if (component.failover().mode() != FailoverMode.MANUAL || component.failover().requires().isEmpty()) {
                continue;
            }
            for (int s : loss.blockedFailoverScenarios(component.id())) {
                List<ChainStep> chain = loss.explainBlockedFailover(s, component.id());
                String scenario = loss.scenarios().get(s).id();
                List<String> blockers = new ArrayList<>();
                for (String r : component.failover().requires()) {
                    if (loss.isComponentDown(s, r) && !blockers.contains(r)) {
                        blockers.add(r);
                    }
                }
                String names = String.join(", ", blockers);
                LocalizedText message = LocalizedText.of(
                        "컴포넌트 " + component.id() + "의 수동 페일오버에 필요한 " + names + "이(가) " + scenario
                                + " 손실 시 함께 중단되어 페일오버할 수 없습니다",
                        "the manual failover of component " + component.id() + " needs " + names + ", which "
                                + scenario + " also takes down, so it cannot fail over");
                findings.add(ctx.finding(ID, Subject.component(component.id()), scenario, message, chain, REMEDY,
                        null));
            }
        }
        return List.copyOf(findings);
    }
}
