package kr.drregistry.plan.rules;

import java.util.List;

import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-007 (medium by default): some of the other required scenarios — network cut, flood, earthquake, cyber
 * attack, faulty update — have no scenario with a response. One finding for section {@code scenarios} listing
 * the missing ones, one chain step each.
 */
public final class Man007 implements PlanRule {
    public static final String ID = "MAN-007";
    /** The scenario kinds this rule requires (fire and power loss have rules of their own). */
    public static final List<ScenarioKind> REQUIRED = List.of(ScenarioKind.NETWORK_CUT, ScenarioKind.FLOOD,
            ScenarioKind.EARTHQUAKE, ScenarioKind.CYBER_ATTACK, ScenarioKind.FAULTY_UPDATE);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("그 밖의 필수 시나리오 없음", "Other required scenarios missing");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("네트워크 단절, 홍수, 지진, 사이버 공격, 결함 있는 업데이트 중 대응 방안이 있는 시나리오가 없는 것이 있습니다.",
                "Some of the other required scenarios (network cut, flood, earthquake, cyber attack, faulty update) have no scenario with a response.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        List<ScenarioKind> missing = REQUIRED.stream().filter(k -> !RequiredScenario.covered(plan, k)).toList();
        if (missing.isEmpty()) {
            return List.of();
        }
        String ko = String.join(", ", missing.stream().map(ScenarioKind::ko).toList());
        String en = String.join(", ", missing.stream().map(ScenarioKind::en).toList());
        LocalizedText message = LocalizedText.of("대응 방안이 있는 시나리오가 없는 재난 유형: " + ko + ".",
                "Kinds of disaster without a scenario and response: " + en + ".");
        LocalizedText remedy = LocalizedText.of(
                "빠진 재난 유형마다 상황 설명과 대응 방안을 갖춘 시나리오를 추가하십시오.",
                "Add a scenario with description and response for every missing kind of disaster.");
        return List.of(PlanFindings.finding(policy, ID, "scenarios", message,
                missing.stream().map(k -> PlanFindings.field("scenarios/" + k.wire(), PlanFindings.MISSING,
                        k.ko() + " 시나리오 없음", "no " + k.en() + " scenario")).toList(),
                remedy));
    }
}
