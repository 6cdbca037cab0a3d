package kr.drregistry.plan.rules;

import java.util.ArrayList;
import java.util.List;

import kr.drregistry.plan.model.AlertLevel;
import kr.drregistry.plan.model.AlertLevelKind;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.LocalizedText;
import kr.drregistry.rules.Policy;

/**
 * MAN-004 (high by default): the four crisis-alert levels 관심/주의/경계/심각 are not all defined with criteria.
 * One finding for section {@code alertLevels}; the chain names each level that is missing or has no criteria.
 */
public final class Man004 implements PlanRule {
    public static final String ID = "MAN-004";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("위기 경보 4단계 미정의", "Crisis-alert levels not all defined");
    }

    @Override
    public LocalizedText meaning(Policy policy) {
        return LocalizedText.of("위기 경보 4단계(관심·주의·경계·심각)가 모두 기준과 함께 정의되어 있지 않습니다.",
                "The four crisis-alert levels (관심, 주의, 경계, 심각) are not all defined with criteria.");
    }

    @Override
    public List<Finding> check(PlanContent plan, Policy policy) {
        List<ChainStep> chain = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (AlertLevelKind level : AlertLevelKind.values()) {
            if (!defined(plan.alertLevels(), level)) {
                missing.add(level.ko() + "(" + level.wire() + ")");
                chain.add(PlanFindings.field("alertLevels/" + level.wire(), PlanFindings.MISSING,
                        level.ko() + " 단계의 발령 기준 없음", "no criteria for level " + level.wire()));
            }
        }
        if (chain.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", missing);
        LocalizedText message = LocalizedText.of("위기경보 단계 중 발령 기준이 정의되지 않은 단계가 있습니다: " + names + ".",
                "Crisis-alert levels without defined criteria: " + names + ".");
        LocalizedText remedy = LocalizedText.of(
                "관심·주의·경계·심각 네 단계 모두에 발령 기준과 단계별 조치를 적으십시오.",
                "Define criteria and actions for all four levels: attention (관심), caution (주의), alert (경계), "
                        + "serious (심각).");
        return List.of(PlanFindings.finding(policy, ID, "alertLevels", message, chain, remedy));
    }

    /** Whether {@code level} is defined with criteria in {@code levels}. */
    private static boolean defined(List<AlertLevel> levels, AlertLevelKind level) {
        return levels.stream().anyMatch(a -> a.level() == level && !PlanFindings.blank(a.criteria()));
    }
}
