package kr.drregistry.topology.validation.rules;

import kr.drregistry.rules.Josa;
import java.util.ArrayList;
import java.util.List;

import kr.drregistry.topology.loss.LossAnalysis;
import kr.drregistry.topology.model.Component;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.Rule;
import kr.drregistry.rules.RuleText;
import kr.drregistry.rules.Subject;
import kr.drregistry.topology.validation.ValidationContext;

/**
 * OPS-004 (drr/v2, high by default; Azure DevOps 2018): a manual failover decided by the provider is needed in a
 * scenario (the component is not struck, no active placement survives, a standby does). Such a failover never
 * counts as a path (rule 8b). One finding per component, naming the first such scenario and how many there are.
 */
public final class Ops004 implements Rule {
    public static final String ID = "OPS-004";

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
                LocalizedText.of("제공자가 결정하는 페일오버에 의존", "Depends on a failover the provider decides"),
                LocalizedText.of("사이트를 잃으면 사업자가 아닌 제공자(클라우드 등)가 결정하는 수동 페일오버에 의존해야 합니다.",
                        "Losing a site leaves a component depending on a manual failover that the provider, not the "
                                + "operator, decides."),
                LocalizedText.of("운영자가 직접 실행할 수 있는 페일오버(자동 또는 운영자 결정)나 다른 사이트의 활성 배치를 마련하십시오.",
                        "Provide a failover the operator can run (automatic or operator-decided) or an active "
                                + "placement in another site."));
    }

    @Override
    public List<Finding> check(ValidationContext ctx) {
        LossAnalysis loss = ctx.analysis();
        List<Finding> findings = new ArrayList<>();
        for (Component component : ctx.topology().components()) {
            int[] scenarios = loss.providerFailoverScenarios(component.id());
            if (scenarios.length == 0) {
                continue;
            }
            String id = component.id();
            String first = loss.scenarios().get(scenarios[0]).id();
            List<String> all = new ArrayList<>();
            for (int s : scenarios) {
                all.add(loss.scenarios().get(s).id());
            }
            LocalizedText message = LocalizedText.of(
                    "구성요소 " + Josa.attach(id, "은/는") + " " + first + " 손실 시 제공자가 결정하는 수동 페일오버에 기대야 하며, 이 페일오버는 "
                            + "운영자가 실행할 수 없어 복구 경로로 보지 않습니다(해당 시나리오 " + scenarios.length + "개: "
                            + Texts.ko(all) + ").",
                    "Component " + id + " needs a provider-decided manual failover when " + first + " is lost; the "
                            + "operator cannot run it, so it is no recovery path (" + scenarios.length + " scenario(s): "
                            + Texts.en(all) + ").");
            LocalizedText remedy = LocalizedText.of(
                    id + "에 운영자가 직접 실행할 수 있는 페일오버나 다른 사이트의 활성 배치를 마련하십시오.",
                    "Give " + id + " a failover the operator can run, or an active placement in another site.");
            findings.add(ctx.finding(ID, Subject.component(id), first, message,
                    List.of(Texts.step(0, "component", id, "failover", List.of(),
                            id + ": 제공자 결정 수동 페일오버(" + first + ")",
                            id + ": provider-decided manual failover (" + first + ")")), remedy, null));
        }
        return findings;
    }
}
