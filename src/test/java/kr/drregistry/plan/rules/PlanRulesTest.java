package kr.drregistry.plan.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import kr.drregistry.plan.model.AlertLevel;
import kr.drregistry.plan.model.AlertLevelKind;
import kr.drregistry.plan.model.Contact;
import kr.drregistry.plan.model.Department;
import kr.drregistry.plan.model.Detection;
import kr.drregistry.plan.model.DrillPlan;
import kr.drregistry.plan.model.EscalationStep;
import kr.drregistry.plan.model.Multicloud;
import kr.drregistry.plan.model.NoticeTemplate;
import kr.drregistry.plan.model.Notification;
import kr.drregistry.plan.model.Officer;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanFixture;
import kr.drregistry.plan.model.RegulatorReport;
import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.plan.model.ScenarioPlan;
import kr.drregistry.plan.model.ServiceProcedure;
import kr.drregistry.plan.model.UpdateValidation;
import kr.drregistry.plan.model.UserNotice;
import kr.drregistry.rules.ChainStep;
import kr.drregistry.rules.Finding;
import kr.drregistry.rules.Policies;
import kr.drregistry.rules.Policy;
import kr.drregistry.topology.validation.RuleFixture;
import kr.drregistry.rules.Severity;

/** A positive (fires) and a negative (silent) case for every MAN rule. */
class PlanRulesTest {
    private static final Policy POLICY = Policies.defaultPolicy();

    private static List<Finding> run(PlanRule rule, PlanContent plan) {
        return rule.check(plan, POLICY, PlanFixture.TIER1);
    }

    /** Exactly one finding of {@code rule} about {@code section}; returns it. */
    private static Finding one(PlanRule rule, PlanContent plan, String section) {
        List<Finding> findings = run(rule, plan);
        assertEquals(1, findings.size(), rule.id() + ": " + findings);
        Finding f = findings.get(0);
        assertEquals(rule.id(), f.rule());
        assertEquals("plan-section", f.subject().kind());
        assertEquals(section, f.subject().id());
        assertEquals(POLICY.rule(rule.id()).severity(), f.severity());
        assertEquals(POLICY.rule(rule.id()).basis(), f.basis());
        assertTrue(!f.message().ko().isBlank() && !f.message().en().isBlank());
        assertTrue(!f.remedy().ko().isBlank() && !f.remedy().en().isBlank());
        return f;
    }

    private static List<String> chainIds(Finding f) {
        return f.chain().stream().map(ChainStep::id).toList();
    }

    private static void silent(PlanRule rule, PlanContent plan) {
        assertEquals(List.of(), run(rule, plan), rule.id());
    }

    @Test
    void man001NoOfficerOrIncompleteOfficer() {
        Finding none = one(new Man001(), PlanFixture.complete().officer(null).build(), "officer");
        assertEquals(List.of("officer/name", "officer/title", "officer/phone24x7"), chainIds(none));
        Finding noPhone = one(new Man001(), PlanFixture.complete()
                .officer(new Officer("김재난", "CTO", null, null)).build(), "officer");
        assertEquals(List.of("officer/phone24x7"), chainIds(noPhone));
    }

    @Test
    void man001NamedOfficerWithoutEmailIsEnough() {
        silent(new Man001(), PlanFixture.complete().officer(new Officer("김재난", "CTO", "010-1", null)).build());
    }

    @Test
    void man002NoDepartmentOrNotDedicatedOrNoStaff() {
        assertEquals(3, chainIds(one(new Man002(), PlanFixture.complete().department(null).build(), "department")).size());
        Finding f = one(new Man002(), PlanFixture.complete().department(new Department("IT운영팀", false, 0)).build(),
                "department");
        assertEquals(List.of("department/dedicated", "department/staffCount"), chainIds(f));
    }

    @Test
    void man002DedicatedDepartmentWithStaff() {
        silent(new Man002(), PlanFixture.complete().department(new Department("재난관리팀", true, 1)).build());
    }

    @Test
    void man003OneReachableContactOrNoEscalation() {
        PlanContent oneContact = PlanFixture.complete().contacts(List.of(
                new Contact("상황실", null, "02-000", true), new Contact("담당자", null, "010-1", false),
                new Contact("무전화", null, null, true))).build();
        one(new Man003(), oneContact, "contacts");
        one(new Man003(), PlanFixture.complete().escalation(List.of()).build(), "escalation");
        List<Finding> both = run(new Man003(), PlanFixture.complete().contacts(List.of()).escalation(List.of()).build());
        assertEquals(List.of("contacts", "escalation"), both.stream().map(f -> f.subject().id()).toList());
    }

    @Test
    void man003TwoReachableContactsAndAnEscalationStep() {
        silent(new Man003(), PlanFixture.complete().escalation(List.of(new EscalationStep(1, "상황실", null, null))).build());
    }

    @Test
    void man004MissingLevelOrLevelWithoutCriteria() {
        PlanContent plan = PlanFixture.complete().alertLevels(List.of(
                new AlertLevel(AlertLevelKind.ATTENTION, "기준", List.of()),
                new AlertLevel(AlertLevelKind.CAUTION, null, List.of("조치")),
                new AlertLevel(AlertLevelKind.SERIOUS, "기준", List.of()))).build();
        Finding f = one(new Man004(), plan, "alertLevels");
        assertEquals(List.of("alertLevels/caution", "alertLevels/alert"), chainIds(f));
        assertTrue(f.message().ko().contains("주의") && f.message().ko().contains("경계"), f.message().ko());
    }

    @Test
    void man004AllFourLevelsWithCriteria() {
        silent(new Man004(), PlanFixture.plan());
    }

    @Test
    void man005NoFireScenarioOrFireScenarioWithoutResponse() {
        Finding missing = one(new Man005(), PlanFixture.complete().withoutScenarios(ScenarioKind.DATACENTER_FIRE).build(),
                "scenarios/datacenter-fire");
        assertEquals(List.of("scenarios/datacenter-fire"), chainIds(missing));
        PlanContent noResponse = PlanFixture.complete().withoutScenarios(ScenarioKind.DATACENTER_FIRE).build();
        List<ScenarioPlan> scenarios = new ArrayList<>(noResponse.scenarios());
        scenarios.add(new ScenarioPlan(ScenarioKind.DATACENTER_FIRE, "화재", "설명", null));
        Finding f = one(new Man005(), PlanFixture.complete().scenarios(scenarios).build(), "scenarios/datacenter-fire");
        assertEquals(List.of("scenarios/datacenter-fire/response"), chainIds(f));
    }

    @Test
    void man005FireScenarioWithResponse() {
        silent(new Man005(), PlanFixture.complete().scenarios(List.of(
                new ScenarioPlan(ScenarioKind.DATACENTER_FIRE, null, null, "다른 사이트로 전환"))).build());
    }

    @Test
    void man006NoPowerLossScenario() {
        one(new Man006(), PlanFixture.complete().withoutScenarios(ScenarioKind.POWER_LOSS).build(), "scenarios/power-loss");
    }

    @Test
    void man006PowerLossScenarioWithResponse() {
        silent(new Man006(), PlanFixture.complete().withoutScenarios(ScenarioKind.DATACENTER_FIRE).build());
    }

    @Test
    void man007ListsEveryMissingScenarioInOneFinding() {
        Finding f = one(new Man007(), PlanFixture.complete()
                .withoutScenarios(ScenarioKind.FLOOD, ScenarioKind.FAULTY_UPDATE, ScenarioKind.DATACENTER_FIRE).build(),
                "scenarios");
        assertEquals(List.of("scenarios/flood", "scenarios/faulty-update"), chainIds(f));
        assertTrue(f.message().en().contains("flood") && f.message().en().contains("faulty update"), f.message().en());
    }

    @Test
    void man007AllOtherScenariosPresentEvenWithoutFireAndOther() {
        silent(new Man007(), PlanFixture.complete()
                .withoutScenarios(ScenarioKind.DATACENTER_FIRE, ScenarioKind.POWER_LOSS, ScenarioKind.OTHER).build());
    }

    @Test
    void man008NoRealTimeMonitoringOrNoDeclarationCriteria() {
        Finding f = one(new Man008(), PlanFixture.complete()
                .detection(new Detection("일일 점검", false, "CTO", null, 10)).build(), "detection");
        assertEquals(List.of("detection/realTimeMonitoring", "detection/declarationCriteria"), chainIds(f));
        assertEquals(3, one(new Man008(), PlanFixture.complete().detection(null).build(), "detection").chain().size());
    }

    @Test
    void man008RealTimeMonitoringWithAuthorityAndCriteria() {
        silent(new Man008(), PlanFixture.complete().detection(new Detection(null, true, "CTO", "기준", null)).build());
    }

    @Test
    void man009ThresholdAbsentOrAbovePolicyOrNoRegulatorChannel() {
        Finding above = one(new Man009(), PlanFixture.complete()
                .detection(new Detection("감시", true, "CTO", "기준", 30)).build(), "detection");
        assertEquals("above-threshold", above.chain().get(0).relation());
        Finding absent = one(new Man009(), PlanFixture.complete()
                .detection(new Detection("감시", true, "CTO", "기준", null))
                .notification(new Notification(PlanFixture.plan().notification().userNotice(), null)).build(), "detection");
        assertEquals(List.of("detection/outageReportThresholdMinutes", "notification/regulatorReport/channel"),
                chainIds(absent));
    }

    @Test
    void man009ThresholdAtOrBelowPolicyFollowsThePolicyParameter() {
        silent(new Man009(), PlanFixture.complete().detection(new Detection("감시", true, "CTO", "기준", 5)).build());
        PlanContent thirty = PlanFixture.complete().detection(new Detection("감시", true, "CTO", "기준", 30)).build();
        Policy lenient = RuleFixture.withParam(POLICY,
                Policy.MANUAL_REPORT_THRESHOLD_MINUTES, 30);
        assertEquals(List.of(), new Man009().check(thirty, lenient));
    }

    @Test
    void man010NoticeThresholdAboveTwoHoursOrTemplateIncomplete() {
        UserNotice late = new UserNotice(List.of("앱 공지"), 240, new NoticeTemplate("사실", null, "조치", null));
        Finding f = one(new Man010(), PlanFixture.complete()
                .notification(new Notification(late, new RegulatorReport("창구", 10))).build(), "notification");
        assertEquals(List.of("notification/userNotice/thresholdMinutes", "notification/userNotice/template/cause",
                "notification/userNotice/template/contact"), chainIds(f));
        assertTrue(f.message().ko().contains("120분"), f.message().ko());
        Finding none = one(new Man010(), PlanFixture.complete().notification(null).build(), "notification");
        assertEquals(List.of("notification/userNotice"), chainIds(none));
    }

    @Test
    void man010CompleteNoticeWithinTwoHours() {
        silent(new Man010(), PlanFixture.complete().notification(new Notification(
                new UserNotice(List.of("문자"), 120, new NoticeTemplate("a", "b", "c", "d")), null)).build());
    }

    @Test
    void man011Tier1ServiceWithoutProcedureAndIncompleteProcedure() {
        PlanContent plan = PlanFixture.complete().procedures(List.of(
                new ServiceProcedure("talk", List.of("전환"), List.of(), null),
                new ServiceProcedure("search", List.of("전환"), List.of("복구"), null))).build();
        List<Finding> findings = new Man011().check(plan, POLICY, Set.of("talk", "login", "pay"));
        assertEquals(List.of("procedures/login", "procedures/pay", "procedures/talk"),
                findings.stream().map(f -> f.subject().id()).toList());
        assertEquals(List.of("procedures/talk/recoverySteps"), chainIds(findings.get(2)));
        assertEquals(List.of("procedures/login", "procedures/talk"), run(new Man011(),
                PlanFixture.complete().procedures(List.of()).build()).stream().map(f -> f.subject().id()).toList());
        Finding nothing = new Man011().check(PlanFixture.complete().procedures(List.of()).build(), POLICY).get(0);
        assertEquals("procedures", nothing.subject().id());
    }

    @Test
    void man011EveryTier1ServiceHasACompleteProcedure() {
        silent(new Man011(), PlanFixture.plan());
        assertEquals(List.of(), new Man011().check(PlanFixture.plan(), POLICY));
    }

    @Test
    void man012NoDrillInThePlanYear() {
        PlanContent lastYear = PlanFixture.complete().drills(List.of(
                new DrillPlan(LocalDate.of(PlanFixture.YEAR - 1, 12, 1), ScenarioKind.FLOOD, List.of()))).build();
        Finding f = one(new Man012(), lastYear, "drills");
        assertTrue(f.message().en().contains(String.valueOf(PlanFixture.YEAR)), f.message().en());
        one(new Man012(), PlanFixture.complete().drills(List.of()).build(), "drills");
    }

    @Test
    void man012DrillInThePlanYear() {
        silent(new Man012(), PlanFixture.complete().drills(List.of(
                new DrillPlan(LocalDate.of(PlanFixture.YEAR, 12, 31), ScenarioKind.OTHER, List.of()))).build());
    }

    @Test
    void man013NoTestEnvironmentOrUpdatesNotPrevalidated() {
        Finding f = one(new Man013(), PlanFixture.complete()
                .updateValidation(new UpdateValidation(true, false, null)).build(), "updateValidation");
        assertEquals(List.of("updateValidation/thirdPartyAndSecurityPrevalidated"), chainIds(f));
        assertEquals(2, one(new Man013(), PlanFixture.complete().updateValidation(null).build(), "updateValidation")
                .chain().size());
    }

    @Test
    void man013UpdatesPrevalidatedInATestEnvironment() {
        silent(new Man013(), PlanFixture.complete().updateValidation(new UpdateValidation(true, true, null)).build());
    }

    @Test
    void man014OneCloudOrNoneIsALowFinding() {
        one(new Man014(), PlanFixture.complete().multicloud(null).build(), "multicloud");
        Finding f = one(new Man014(), PlanFixture.complete()
                .multicloud(new Multicloud(List.of("AWS", " aws "))).build(), "multicloud");
        assertEquals(Severity.LOW, f.severity());
    }

    @Test
    void man014TwoDistinctProviders() {
        silent(new Man014(), PlanFixture.complete().multicloud(new Multicloud(List.of("AWS", "NCP"))).build());
    }

    @Test
    void everyRuleIsInThePolicyAndSilentWhenDisabled() {
        PlanContent empty = new PlanContent(PlanFixture.YEAR, null, null, null, null, null, null, null, null, null,
                null, null, null);
        List<String> ids = PlanRules.list().stream().map(PlanRule::id).toList();
        assertEquals(List.of("MAN-001", "MAN-002", "MAN-003", "MAN-004", "MAN-005", "MAN-006", "MAN-007", "MAN-008",
                "MAN-009", "MAN-010", "MAN-011", "MAN-012", "MAN-013", "MAN-014"), ids);
        for (PlanRule rule : PlanRules.list()) {
            assertTrue(Policies.RULE_IDS.contains(rule.id()), rule.id());
            assertTrue(POLICY.enabled(rule.id()), rule.id());
            assertFalse(rule.check(empty, POLICY).isEmpty(), rule.id() + " fires on an empty plan");
            Policy off = RuleFixture.disabled(POLICY, rule.id());
            assertTrue(PlanValidator.validate(empty, off).stream().noneMatch(f -> f.rule().equals(rule.id())),
                    rule.id() + " disabled: the plan validator does not run it");
        }
    }
}
