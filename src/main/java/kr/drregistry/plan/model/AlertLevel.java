package kr.drregistry.plan.model;

import java.util.List;

/**
 * 위기경보 단계 정의 (one crisis-alert level as the plan defines it).
 *
 * @param level    단계 (관심/주의/경계/심각)
 * @param criteria 발령 기준 (criteria for declaring this level), or null
 * @param actions  단계별 조치 (actions taken at this level)
 */
public record AlertLevel(AlertLevelKind level, String criteria, List<String> actions) {
    public AlertLevel {
        actions = Lists.copy(actions);
    }
}
