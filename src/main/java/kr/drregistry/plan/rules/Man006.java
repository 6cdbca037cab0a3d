package kr.drregistry.plan.rules;

import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.rules.LocalizedText;

/**
 * MAN-006 (high by default): the plan has no power-loss scenario ({@code power-loss}) with a response.
 * Subject: section {@code scenarios/power-loss}.
 */
public final class Man006 extends RequiredScenario {
    public static final String ID = "MAN-006";

    public Man006() {
        super(ID, ScenarioKind.POWER_LOSS);
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("전력 손실 시나리오 없음", "No power-loss scenario");
    }

    @Override
    LocalizedText remedy() {
        return LocalizedText.of(
                "상용 전력이 끊기거나 예비 전력(UPS·발전기)이 함께 멈추는 경우의 대응 방안을 적으십시오.",
                "Describe the response to losing the grid feed, including standby power (UPS, generators) failing too.");
    }
}
