package kr.drregistry.topology.simulation;

import java.util.List;

import kr.drregistry.rules.LocalizedText;

/** The Korean and English texts of simulation chain steps. */
final class Texts {
    private Texts() {
    }

    static String join(List<String> ids) {
        return String.join(", ", ids);
    }

    static LocalizedText serviceDown(String service, String scenario) {
        return LocalizedText.of("서비스 " + service + " 중단 (" + scenario + " 손실)",
                "service " + service + " is down (" + scenario + " lost)");
    }

    static LocalizedText link(String relation, String component, boolean seeAbove) {
        String ko, en;
        switch (relation) {
            case "entrypoint" -> {
                ko = "진입점 " + component + " 중단";
                en = "entrypoint " + component + " is down";
            }
            case "hard-dependency" -> {
                ko = "하드 의존 " + component + " 중단";
                en = "hard dependency " + component + " is down";
            }
            case "any-of-member" -> {
                ko = "anyOf 구성원 " + component + " 중단 (모든 구성원 중단)";
                en = "anyOf member " + component + " is down (every member is down)";
            }
            case "failover-requires" -> {
                ko = "페일오버에 필요한 " + component + " 중단";
                en = "failover requires " + component + ", which is down";
            }
            default -> throw new IllegalArgumentException(relation);
        }
        return seeAbove ? LocalizedText.of(ko + " (위 참조)", en + " (see above)") : LocalizedText.of(ko, en);
    }

    static LocalizedText noUsablePlacement(String component, List<String> lost, List<String> idleStandby) {
        String ko = "구성요소 " + component + ": 사용 가능한 배치 없음 ("
                + (lost.isEmpty() ? "활성 배치 없음" : join(lost) + " 손실");
        String en = "component " + component + ": no usable placement ("
                + (lost.isEmpty() ? "no active placement" : join(lost) + " lost");
        if (!idleStandby.isEmpty()) {
            ko += "; 대기 배치 " + join(idleStandby) + "는 페일오버 불가(mode none)";
            en += "; standby in " + join(idleStandby) + " cannot take over (failover mode none)";
        }
        return LocalizedText.of(ko + ")", en + ")");
    }

    static LocalizedText failoverBlocked(String component, List<String> lost, List<String> standby) {
        String lostKo = lost.isEmpty() ? "활성 배치 없음" : join(lost) + " 손실";
        String lostEn = lost.isEmpty() ? "no active placement" : join(lost) + " lost";
        return LocalizedText.of(
                "구성요소 " + component + ": 수동 페일오버 차단 (" + lostKo + ", 대기 배치 " + join(standby) + " 남음)",
                "component " + component + ": manual failover blocked (" + lostEn + "; standby in " + join(standby)
                        + " survives)");
    }

    static LocalizedText serviceRecovery(String service, int minutes, String scenario) {
        return LocalizedText.of("서비스 " + service + ": 예상 복구 " + minutes + "분 (" + scenario + " 손실 시)",
                "service " + service + ": estimated recovery " + minutes + " min when " + scenario + " is lost");
    }

    static LocalizedText activeSurvives(String component) {
        return LocalizedText.of("구성요소 " + component + ": 활성 배치 유지 (0분)",
                "component " + component + ": an active placement survives (0 min)");
    }

    static LocalizedText failoverRecovery(String component, boolean manual, int failover, int dependencies,
                                          int total, List<String> standby) {
        return LocalizedText.of(
                "구성요소 " + component + ": " + (manual ? "수동" : "자동") + " 페일오버 " + failover + "분 + 의존 복구 "
                        + dependencies + "분 = " + total + "분 (대기 배치 " + join(standby) + ")",
                "component " + component + ": " + (manual ? "manual" : "automatic") + " failover " + failover
                        + " min + dependencies " + dependencies + " min = " + total + " min (standby in "
                        + join(standby) + ")");
    }

    static LocalizedText cycleRecovery(String component, List<String> cycle, String slowest, int failover,
                                       int dependencies, int total) {
        return LocalizedText.of(
                "구성요소 " + component + ": 의존 순환(" + join(cycle) + ")과 함께 복구, 가장 느린 페일오버 " + slowest + " "
                        + failover + "분 + 의존 복구 " + dependencies + "분 = " + total + "분",
                "component " + component + ": recovers together with its dependency cycle (" + join(cycle)
                        + "); slowest failover " + slowest + " " + failover + " min + dependencies " + dependencies
                        + " min = " + total + " min");
    }

    /** The closing step of a chain cut at its length limit. */
    static LocalizedText more(int pending) {
        return LocalizedText.of("이하 원인 " + pending + "건 이상 생략", "at least " + pending + " more causes not shown");
    }
}
