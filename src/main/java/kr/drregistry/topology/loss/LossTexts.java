package kr.drregistry.topology.loss;

import java.util.List;

import kr.drregistry.rules.LocalizedText;

/** The Korean and English texts of the drr/v2 loss chains. */
final class LossTexts {
    private LossTexts() {
    }

    static String join(List<String> ids) {
        return String.join(", ", ids);
    }

    static LocalizedText serviceDown(String service, String scenario) {
        return LocalizedText.of("서비스 " + service + " 중단 (시나리오 " + scenario + ")",
                "service " + service + " is down (scenario " + scenario + ")");
    }

    static LocalizedText link(String relation, String component, boolean seeAbove) {
        String ko, en;
        switch (relation) {
            case LossChains.ENTRYPOINT -> {
                ko = "진입점 " + component + " 중단";
                en = "entrypoint " + component + " is down";
            }
            case LossChains.HARD -> {
                ko = "하드 의존 " + component + " 중단";
                en = "hard dependency " + component + " is down";
            }
            case LossChains.ANY_OF -> {
                ko = "anyOf 구성원 " + component + " 중단 (모든 구성원 중단)";
                en = "anyOf member " + component + " is down (every member is down)";
            }
            case LossChains.FAILOVER_REQUIRES -> {
                ko = "페일오버에 필요한 " + component + " 중단";
                en = "failover requires " + component + ", which is down";
            }
            case LossChains.RESTORE_REQUIRES -> {
                ko = "복원에 필요한 " + component + " 중단";
                en = "restore requires " + component + ", which is down";
            }
            default -> throw new IllegalArgumentException(relation);
        }
        return seeAbove ? LocalizedText.of(ko + " (위 참조)", en + " (see above)") : LocalizedText.of(ko, en);
    }

    static LocalizedText struck(String component, String scenario) {
        return LocalizedText.of("구성요소 " + component + ": 시나리오 " + scenario + "에 직접 영향받음 (riskGroups에 " + scenario
                        + " 포함)",
                "component " + component + " is struck by " + scenario + " (it lists " + scenario + " in riskGroups)");
    }

    /**
     * A component without a usable path: what happened to its active placements, and why its failover (path b)
     * and its restore (path c) cannot run, each reason as Korean and English.
     */
    static LocalizedText noPath(String component, List<String> lostActive, String[] failover, String[] restore) {
        String ko = lostActive.isEmpty() ? "활성 배치 없음" : "활성 배치 " + join(lostActive) + " 손실";
        String en = lostActive.isEmpty() ? "no active placement" : "active placement in " + join(lostActive) + " lost";
        return LocalizedText.of("구성요소 " + component + ": 사용할 수 있는 경로 없음 (" + ko + "; 페일오버: " + failover[0]
                        + "; 복원: " + restore[0] + ")",
                "component " + component + ": no usable path (" + en + "; failover: " + failover[1] + "; restore: "
                        + restore[1] + ")");
    }

    static String[] noStandby() {
        return new String[] {"대기 배치 없음", "no standby placement"};
    }

    static String[] standbyLost(List<String> sites) {
        return new String[] {"대기 배치 " + join(sites) + " 손실", "standby in " + join(sites) + " lost"};
    }

    static String[] noFailover(List<String> standby) {
        return new String[] {"대기 배치 " + join(standby) + "가 남았으나 페일오버 없음(mode none)",
            "standby in " + join(standby) + " survives but there is no failover (mode none)"};
    }

    static String[] providerDecided(List<String> standby) {
        return new String[] {"대기 배치 " + join(standby) + "가 남았으나 제공자만 결정할 수 있음(decidedBy provider)",
            "standby in " + join(standby) + " survives but only the provider decides it (decidedBy: provider)"};
    }

    static String[] dataLoss(String holder, long seconds) {
        String ko = seconds == LossAnalysis.UNBOUNDED ? "무제한" : seconds + "초";
        String en = seconds == LossAnalysis.UNBOUNDED ? "unbounded" : seconds + " s";
        return new String[] {"데이터 손실이 금지(dataLoss forbidden)되었으나 " + holder + "의 RPO가 " + ko,
            "it must lose no data (dataLoss: forbidden) but " + holder + " would lose " + en};
    }

    static String[] requires(List<String> down) {
        return new String[] {join(down) + " 필요(중단됨)", "needs " + join(down) + ", which is down"};
    }

    static String[] noRestore() {
        return new String[] {"복원 없음", "none declared"};
    }

    static String[] restoreSiteLost(String site) {
        return new String[] {"복원 사이트 " + site + " 손실", "restore site " + site + " lost"};
    }

    static String[] noBackup() {
        return new String[] {"남은 사이트에 백업 없음", "no backup in a surviving site"};
    }

    static LocalizedText serviceRecovery(String service, long minutes, String scenario) {
        return LocalizedText.of("서비스 " + service + ": 예상 복구 " + minutes + "분 (시나리오 " + scenario + ")",
                "service " + service + ": estimated recovery " + minutes + " min in scenario " + scenario);
    }

    static LocalizedText componentRecovery(String component, ComponentPath path, long own, long dependencies,
                                           long total, List<String> sites) {
        String ko = switch (path) {
            case ACTIVE -> "활성 배치 " + join(sites) + " 유지 0분";
            case FAILOVER -> "대기 배치 " + join(sites) + "로 페일오버 " + own + "분";
            default -> "복원 " + own + "분";
        };
        String en = switch (path) {
            case ACTIVE -> "active placement in " + join(sites) + " survives, 0 min";
            case FAILOVER -> "failover to " + join(sites) + " " + own + " min";
            default -> "restore " + own + " min";
        };
        return LocalizedText.of("구성요소 " + component + ": " + ko + " + 의존 복구 " + dependencies + "분 = " + total + "분",
                "component " + component + ": " + en + " + dependencies " + dependencies + " min = " + total + " min");
    }

    static LocalizedText cycleRecovery(String component, List<String> cycle, String slowest, long own,
                                       long dependencies, long total) {
        return LocalizedText.of(
                "구성요소 " + component + ": 의존 순환(" + join(cycle) + ")과 함께 복구, 가장 느린 " + slowest + " " + own
                        + "분 + 의존 복구 " + dependencies + "분 = " + total + "분",
                "component " + component + ": recovers together with its dependency cycle (" + join(cycle)
                        + "); slowest " + slowest + " " + own + " min + dependencies " + dependencies + " min = "
                        + total + " min");
    }

    static LocalizedText more(int pending) {
        return LocalizedText.of("이하 원인 " + pending + "건 이상 생략", "at least " + pending + " more causes not shown");
    }
}
