package kr.drregistry.plan.rules;

import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.rules.LocalizedText;

/**
 * MAN-005 (high by default): the plan has no data-centre fire scenario ({@code datacenter-fire}) with a
 * response. Subject: section {@code scenarios/datacenter-fire}.
 */
public final class Man005 extends RequiredScenario {
    public static final String ID = "MAN-005";

    public Man005() {
        super(ID, ScenarioKind.DATACENTER_FIRE);
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("데이터센터 화재 시나리오 없음", "No data-centre fire scenario");
    }

    @Override
    LocalizedText remedy() {
        return LocalizedText.of(
                "데이터센터(배터리실·UPS 포함) 화재로 한 사이트 전체를 잃는 경우의 대응 방안(다른 사이트로의 전환, "
                        + "운영 도구와 권한의 확보, 복구 순서)을 적으십시오.",
                "Describe the response to losing a whole site to a data-centre fire (including battery rooms and "
                        + "UPS): switching to another site, keeping the operations tools and credentials, recovery order.");
    }
}
