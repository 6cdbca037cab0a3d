package kr.drregistry.plan.form;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kr.drregistry.plan.model.AlertLevelKind;
import kr.drregistry.plan.model.PlanContent;
import kr.drregistry.plan.model.PlanFixture;
import kr.drregistry.plan.model.PlanJson;
import kr.drregistry.plan.model.ScenarioKind;
import kr.drregistry.plan.form.PlanFormReader.Problem;
import kr.drregistry.plan.form.PlanFormReader.Result;
import kr.drregistry.topology.parse.ParseError;

/** The editor's form and plan/v1: the same plan both ways, and every error back at the field it concerns. */
class PlanFormTest {

    private static PlanContent example() throws IOException {
        return PlanJson.read(Files.readAllBytes(Path.of("examples", "plan-example-talk-2026.json")));
    }

    private static PlanForm form(String... nameValue) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            params.put(nameValue[i], List.of(nameValue[i + 1]));
        }
        return PlanForm.of(params);
    }

    private static List<String> fields(Result r) {
        return r.problems().stream().map(Problem::field).toList();
    }

    @Test
    void theExamplePlanSurvivesTheFormUnchanged() throws IOException {
        PlanContent example = example();
        PlanForm form = PlanForm.of(example);
        assertEquals("김재난", form.value("/officer/name"));
        assertEquals("12", form.value("/department/staffCount"));
        assertTrue(form.checked("/department/dedicated"));
        assertEquals(List.of(0, 1, 2), form.rows("contacts"));
        assertEquals("앱 공지\n공식 홈페이지\n공식 SNS", form.value("/notification/userNotice/channels"));

        Result r = PlanFormReader.read(form, 2027);
        assertTrue(r.clean(), r.problems()::toString);
        assertEquals(example, r.plan());
        assertArrayEquals(PlanJson.canonical(example), r.json());
    }

    @Test
    void theFixturePlanSurvivesTheFormUnchanged() {
        PlanContent plan = PlanFixture.plan();
        Result r = PlanFormReader.read(PlanForm.of(plan), plan.planYear());
        assertTrue(r.clean());
        assertEquals(plan, r.plan());
    }

    @Test
    void anEmptyFormIsAnEmptyPlanOfTheFilingsYear() {
        Result r = PlanFormReader.read(PlanForm.empty(), 2031);
        assertTrue(r.clean());
        assertEquals(new PlanContent(2031, null, null, null, null, null, null, null, null, null, null, null, null), r.plan());
    }

    @Test
    void aNumberThatIsNotANumberIsReportedAtItsFieldAndEverythingElseIsKept() {
        PlanForm form = form("/officer/name", "김재난", "/department/name", "안정성실", "/department/staffCount", "열두 명",
                "/detection/outageReportThresholdMinutes", " 10 ");
        Result r = PlanFormReader.read(form, 2027);
        assertEquals(List.of("/department/staffCount"), fields(r));
        assertTrue(r.problems().get(0).ko().contains("열두 명"));
        assertTrue(r.problems().get(0).en().contains("whole number"));
        assertEquals("김재난", r.plan().officer().name());
        assertEquals("안정성실", r.plan().department().name());
        assertNull(r.plan().department().staffCount());
        assertEquals(10, r.plan().detection().outageReportThresholdMinutes());
        assertEquals("열두 명", form.value("/department/staffCount"), "the typed text is still in the form");
    }

    @Test
    void blankRowsAreLeftOutAndErrorsNameTheRowTheUserSees() {
        PlanForm form = form(
                "/contacts/0/name", "상황실", "/contacts/0/phone", "02-000-0000",
                "/contacts/3/name", "", "/contacts/3/phone", "",
                "/contacts/5/phone", "010-1111-2222", "/contacts/5/available24x7", "true",
                "/contacts/7/name", "이복구");
        Result r = PlanFormReader.read(form, 2027);
        assertEquals(List.of("/contacts/5/name"), fields(r));
        assertEquals(ParseError.REQUIRED, r.problems().get(0).code());
        assertEquals(List.of("상황실", "이복구"), r.plan().contacts().stream().map(c -> c.name()).toList());
        assertEquals(List.of(0, 3, 5, 7), form.rows("contacts"));
    }

    @Test
    void aDuplicateScenarioIsReportedAtTheLaterRowAndTheFirstIsKept() {
        PlanForm form = form("/scenarios/0/kind", "flood", "/scenarios/0/response", "차수판",
                "/scenarios/4/kind", "flood", "/scenarios/4/response", "또 차수판",
                "/scenarios/6/kind", "earthquake", "/scenarios/6/title", "x".repeat(PlanJson.NAME_MAX + 1));
        Result r = PlanFormReader.read(form, 2027);
        assertEquals(List.of("/scenarios/4/kind", "/scenarios/6/title"), fields(r));
        assertEquals("\"홍수·침수\"는 이미 1번째 항목에 있습니다. 한 번만 적으십시오.", r.problems().get(0).ko());
        assertEquals("\"flood\" is already used by item 1; each may appear once.", r.problems().get(0).en());
        assertEquals(List.of(ScenarioKind.FLOOD, ScenarioKind.EARTHQUAKE), r.plan().scenarios().stream().map(s -> s.kind()).toList());
        assertEquals("차수판", r.plan().scenarios().get(0).response());
        assertNull(r.plan().scenarios().get(1).title());
    }

    @Test
    void aBadLineIsReportedAtItsListAndTheOtherLinesAreKept() {
        PlanForm form = form("/drills/2/date", "2027-05-20", "/drills/2/scenario", "datacenter-fire",
                "/drills/2/services", "talk\n\n  Talk App \nlogin\n",
                "/drills/4/date", "2027-02-30", "/drills/4/scenario", "flood");
        Result r = PlanFormReader.read(form, 2027);
        assertEquals(List.of("/drills/2/services", "/drills/4/date"), fields(r));
        assertEquals(List.of(ParseError.SLUG, ParseError.DATE), r.problems().stream().map(Problem::code).toList());
        assertEquals(1, r.plan().drills().size(), "the drill without a valid date is left out whole");
        assertEquals(List.of("talk", "login"), r.plan().drills().get(0).services());
    }

    @Test
    void escalationStepsWithoutAnOrderNumberAreReportedOnce() {
        PlanForm form = form("/escalation/0/order", "첫째", "/escalation/0/role", "상황실",
                "/escalation/1/order", "2", "/escalation/1/role", "CTO", "/escalation/1/withinMinutes", "-5",
                "/escalation/2/order", "3", "/escalation/2/role", "대표");
        Result r = PlanFormReader.read(form, 2027);
        assertEquals(List.of("/escalation/0/order", "/escalation/1/withinMinutes"), fields(r));
        assertEquals(List.of("CTO", "대표"), r.plan().escalation().stream().map(s -> s.role()).toList());
        assertNull(r.plan().escalation().get(0).withinMinutes());
    }

    @Test
    void alertLevelsAreFixedRowsOnePerLevel() {
        PlanForm form = form("/alertLevels/3/criteria", "복수 서비스 30분 중단", "/alertLevels/3/actions", "재난 선포\n전사 비상",
                "/alertLevels/1/actions", "");
        Result r = PlanFormReader.read(form, 2027);
        assertTrue(r.clean());
        assertEquals(1, r.plan().alertLevels().size());
        assertEquals(AlertLevelKind.SERIOUS, r.plan().alertLevels().get(0).level());
        assertEquals(List.of("재난 선포", "전사 비상"), r.plan().alertLevels().get(0).actions());
        PlanForm back = PlanForm.of(r.plan());
        assertEquals("복수 서비스 30분 중단", back.value("/alertLevels/3/criteria"));
        assertEquals(List.of(0, 1, 2, 3), back.rows("alertLevels"));
    }

    @Test
    void checkboxesNestedGroupsAndUnknownParametersAreHandled() {
        PlanForm form = form("csrf-token", "abc", "draftVersion", "3", "/bogus", "x", "/officer/nickname", "y",
                "/updateValidation/testEnvironment", "true", "/notification/userNotice/template/fact", "장애 사실",
                "/notification/regulatorReport/withinMinutes", "10");
        assertEquals(3, form.values().size());
        Result r = PlanFormReader.read(form, 2027);
        assertTrue(r.clean());
        assertTrue(r.plan().updateValidation().testEnvironment());
        assertEquals("장애 사실", r.plan().notification().userNotice().template().fact());
        assertEquals(10, r.plan().notification().regulatorReport().withinMinutes());
    }

    @Test
    void aProcedureWithABadServiceIdIsLeftOutAndTheOthersKept() {
        PlanForm form = form("/procedures/0/serviceId", "Talk!", "/procedures/0/failoverSteps", "전환",
                "/procedures/1/serviceId", "login", "/procedures/1/recoverySteps", "재기동", "/procedures/1/targetRtoMinutes", "15");
        Result r = PlanFormReader.read(form, 2027);
        assertEquals(List.of("/procedures/0/serviceId"), fields(r));
        assertEquals(List.of("login"), r.plan().procedures().stream().map(p -> p.serviceId()).toList());
    }

    @Test
    void aDocumentTooLargeAsAWholeIsNotSavedAtAll() {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (int i = 0; i < 30; i++) {
            params.put("/procedures/" + i + "/failoverSteps", List.of("단계 ".repeat(20_000)));
        }
        Result r = PlanFormReader.read(PlanForm.of(params), 2027);
        assertNull(r.plan());
        assertNull(r.json());
        assertEquals(ParseError.TOO_LARGE, r.problems().get(0).code());
        assertEquals("", r.problems().get(0).field());
    }

    @Test
    void theTypeOfAFieldComesFromTheSpec() {
        assertEquals(PlanFormSpec.Type.INTEGER, PlanFormSpec.typeOf("/escalation/12/withinMinutes"));
        assertEquals(PlanFormSpec.Type.LINES, PlanFormSpec.typeOf("/multicloud/providers"));
        assertEquals(PlanFormSpec.Type.TEXT, PlanFormSpec.typeOf("/notification/userNotice/template/contact"));
        assertNull(PlanFormSpec.typeOf("/escalation/x/role"));
        assertNull(PlanFormSpec.typeOf("/officer"));
        assertNotNull(PlanFormSpec.rows("drills"));
        assertEquals(2, PlanForm.of(PlanFixture.plan()).rowWhere("procedures", "serviceId", "login") + 1);
    }

    @Test
    void findingsLeadToTheFieldTheyAreAbout() {
        PlanForm form = PlanForm.of(PlanFixture.plan());
        assertEquals("/officer/phone24x7", form.fieldFor("officer/phone24x7"));
        assertEquals("/alertLevels/3/criteria", form.fieldFor("alertLevels/serious"));
        int flood = form.rowWhere("scenarios", "kind", "flood");
        assertEquals("/scenarios/" + flood + "/response", form.fieldFor("scenarios/flood/response"));
        assertEquals("/procedures/1/serviceId", form.fieldFor("procedures/login"));
        assertEquals("/procedures/0/failoverSteps", form.fieldFor("procedures/talk/failoverSteps"));
        assertEquals("/notification/userNotice/template/cause", form.fieldFor("notification/userNotice/template/cause"));
        assertEquals("", form.fieldFor("procedures/gift"));
        assertEquals("", form.fieldFor("contacts"));
        assertEquals("", form.fieldFor("notification/userNotice"));
        assertEquals("", PlanForm.empty().fieldFor("scenarios/flood"));
    }
}
