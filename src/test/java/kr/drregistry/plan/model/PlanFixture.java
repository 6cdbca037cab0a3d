package kr.drregistry.plan.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A complete plan that no MAN rule objects to, and a builder to change one section of it:
 * {@code PlanFixture.complete().officer(null).build()}. Tier-1 services are {@link #TIER1}.
 */
public final class PlanFixture {
    /** The tier-1 services of the fixture operator. */
    public static final Set<String> TIER1 = Set.of("talk", "login");
    /** The fixture's plan year. */
    public static final int YEAR = 2027;

    private int planYear = YEAR;
    private Officer officer = new Officer("김재난", "CTO", "010-1234-5678", "officer@example.kr");
    private Department department = new Department("서비스안정성실", true, 5);
    private List<Contact> contacts = List.of(new Contact("상황실", "당직", "02-000-0000", true),
            new Contact("이복구", "인프라", "010-0000-0000", true));
    private List<EscalationStep> escalation = List.of(new EscalationStep(1, "상황실", "전화", 5),
            new EscalationStep(2, "CTO", "전화", 15));
    private List<AlertLevel> alertLevels = List.of(
            new AlertLevel(AlertLevelKind.ATTENTION, "구성요소 장애", List.of("감시 강화")),
            new AlertLevel(AlertLevelKind.CAUTION, "오류율 5% 초과", List.of("대응팀 소집")),
            new AlertLevel(AlertLevelKind.ALERT, "서비스 10분 이상 중단", List.of("장애 전환")),
            new AlertLevel(AlertLevelKind.SERIOUS, "복수 서비스 30분 이상 중단", List.of("재난 선포")));
    private List<ScenarioPlan> scenarios = allScenarios();
    private Detection detection = new Detection("1분 주기 감시", true, "CTO", "심각 단계 기준 충족 시", 10);
    private List<ServiceProcedure> procedures = List.of(
            new ServiceProcedure("talk", List.of("사이트 격리", "트래픽 전환"), List.of("재동기화"), 30),
            new ServiceProcedure("login", List.of("세션 저장소 전환"), List.of("재기동"), 15));
    private Notification notification = new Notification(
            new UserNotice(List.of("앱 공지"), 120, new NoticeTemplate("장애 사실", "원인", "대응 조치", "고객센터")),
            new RegulatorReport("보고 창구", 10));
    private List<DrillPlan> drills = List.of(
            new DrillPlan(LocalDate.of(YEAR, 5, 20), ScenarioKind.DATACENTER_FIRE, List.of("talk", "login")));
    private UpdateValidation updateValidation = new UpdateValidation(true, true, "시험 환경 검증 후 단계 배포");
    private Multicloud multicloud = new Multicloud(List.of("자체 IDC", "AWS"));

    private PlanFixture() {
    }

    /** The builder, starting from the complete plan. */
    public static PlanFixture complete() {
        return new PlanFixture();
    }

    /** The complete plan itself. */
    public static PlanContent plan() {
        return complete().build();
    }

    private static List<ScenarioPlan> allScenarios() {
        List<ScenarioPlan> all = new ArrayList<>();
        for (ScenarioKind kind : ScenarioKind.values()) {
            all.add(new ScenarioPlan(kind, kind.ko(), kind.ko() + " 상황", kind.ko() + " 대응"));
        }
        return all;
    }

    public PlanFixture planYear(int value) {
        planYear = value;
        return this;
    }

    public PlanFixture officer(Officer value) {
        officer = value;
        return this;
    }

    public PlanFixture department(Department value) {
        department = value;
        return this;
    }

    public PlanFixture contacts(List<Contact> value) {
        contacts = value;
        return this;
    }

    public PlanFixture escalation(List<EscalationStep> value) {
        escalation = value;
        return this;
    }

    public PlanFixture alertLevels(List<AlertLevel> value) {
        alertLevels = value;
        return this;
    }

    public PlanFixture scenarios(List<ScenarioPlan> value) {
        scenarios = value;
        return this;
    }

    /** Removes the scenarios of the given kinds. */
    public PlanFixture withoutScenarios(ScenarioKind... kinds) {
        Set<ScenarioKind> drop = Set.of(kinds);
        scenarios = scenarios.stream().filter(s -> !drop.contains(s.kind())).toList();
        return this;
    }

    public PlanFixture detection(Detection value) {
        detection = value;
        return this;
    }

    public PlanFixture procedures(List<ServiceProcedure> value) {
        procedures = value;
        return this;
    }

    public PlanFixture notification(Notification value) {
        notification = value;
        return this;
    }

    public PlanFixture drills(List<DrillPlan> value) {
        drills = value;
        return this;
    }

    public PlanFixture updateValidation(UpdateValidation value) {
        updateValidation = value;
        return this;
    }

    public PlanFixture multicloud(Multicloud value) {
        multicloud = value;
        return this;
    }

    public PlanContent build() {
        return new PlanContent(planYear, officer, department, contacts, escalation, alertLevels, scenarios, detection,
                procedures, notification, drills, updateValidation, multicloud);
    }
}
