package kr.drregistry.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Incidents;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/**
 * The incident report form's errors speak to the officer (issue 19, point 2): each names its field by the label on
 * the form, links to it and stands at the field; the page says whether the draft was saved.
 */
@QuarkusTest
class IncidentFormErrorsTest {
    private final Tenant tenant = Tenants.fresh("incform");

    private String incident() {
        Incidents.fileKakaoTopology(tenant);
        Instant detected = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        return Incidents.create(Api.token(tenant.officer(), "read,submit"), "폼 오류 시험", detected.minus(10, ChronoUnit.MINUTES), detected);
    }

    /** A time {@code minutesAgo} before now as the form's date-time field holds it (Korean time). */
    private static String local(int minutesAgo) {
        return java.time.LocalDateTime.now(java.time.ZoneId.of("Asia/Seoul")).minusMinutes(minutesAgo).withSecond(0).withNano(0)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    private static String post(Browserless b, String id, String language, Object... form) {
        String page = "/portal/incidents/" + id;
        String csrf = b.csrfToken(page);
        var req = given().redirects().follow(false).cookies(b.cookies()).header("Accept-Language", language)
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf);
        for (int i = 0; i < form.length; i += 2) {
            req = req.formParam((String) form[i], form[i + 1]);
        }
        return req.post(page).then().extract().asString();
    }

    @Test
    void submittingAnEmptyInitialReportSavesTheDraftAndNamesEachMissingFieldByItsLabel() {
        String id = incident();
        Browserless officer = Browserless.signIn(tenant.officer());
        String page = post(officer, id, "ko", "draftVersion", "1", "submitStage", "initial");
        assertTrue(page.contains("초안은 저장했습니다(초안 버전 2). 아래 항목을 채우거나 고쳐야 제출할 수 있습니다."),
                "the draft was saved: the page says so, not that nothing was saved");
        assertFalse(page.contains("저장되지 않았습니다"), "never both");
        assertTrue(page.contains("<a href=\"#f-summary\">사고 개요</a>: "), "the summary names the field by its label and links to it");
        assertTrue(page.contains("<a href=\"#f-causeCategory\">원인 분류</a>: "), "the cause category too");
        assertFalse(page.contains("<code>/summary</code>") || page.contains("<code>/cause/category</code>"),
                "no JSON Pointer is shown to a person");
        assertTrue(page.contains("id=\"f-summary\" aria-invalid=\"true\" aria-describedby=\"f-summary-err\""),
                "the field is marked invalid and described by its error");
        assertTrue(page.matches("(?s).*</textarea><div class=\"drr-field-error\" id=\"f-summary-err\"><p>.*"),
                "the error stands right under the field");

        String english = post(officer, id, "en", "draftVersion", "2", "submitStage", "initial");
        assertTrue(english.contains("The draft is saved (draft version 3)."), "English page, same outcome");
        assertTrue(english.contains("<a href=\"#f-summary\">Summary</a>: "), english);
    }

    @Test
    void aValueThatCannotBeReadIsNotSavedAndStaysOnThePageAtItsField() {
        String id = incident();
        Browserless officer = Browserless.signIn(tenant.officer());
        String page = post(officer, id, "ko", "draftVersion", "1", "summary", "판교 전원 장애", "usersAffected", "사천칠백만");
        assertTrue(page.contains("저장되지 않았습니다. 입력한 내용은 이 화면에 그대로 있습니다."), "nothing was saved and it says so");
        assertTrue(page.contains("<a href=\"#f-usersAffected\">영향받은 이용자 수</a>: "), page);
        assertTrue(page.contains("value=\"사천칠백만\"") && page.contains("판교 전원 장애"), "what was typed is kept");
        assertTrue(page.contains("id=\"f-usersAffected-err\""), "the error is at the field");
    }

    @Test
    void theRegulatorReadsTheReportAsTextAndClosingNeedsConfirmation() {
        String id = incident();
        String submitted = post(Browserless.signIn(tenant.officer()), id, "ko", "draftVersion", "1", "summary", "판교 전원 장애로 메신저 중단",
                "service", "talk", "site", "pangyo", "causeCategory", "power", "submitStage", "initial",
                "occurredAt", local(30), "detectedAt", local(20));
        assertTrue(submitted.isEmpty(), "the initial report is submitted (a redirect): " + submitted);
        Browserless reviewer = Browserless.signIn("reviewer");
        String page = reviewer.get("/regulator/incidents/" + id).then().statusCode(200).extract().asString();
        assertTrue(page.contains("class=\"drr-facts inc-dl\"") && page.contains("판교 전원 장애로 메신저 중단")
                        && !page.contains("id=\"report-form\""),
                "a definition list, no disabled form");
        String csrf = reviewer.csrfToken("/regulator/incidents/" + id);
        String refused = given().redirects().follow(false).cookies(reviewer.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf)
                .post("/regulator/incidents/" + id + "/close").then().statusCode(400).extract().asString();
        assertTrue(refused.contains("처리하지 못했습니다") && refused.contains("<a href=\"#cl-confirm\">"), refused);
        given().redirects().follow(false).cookies(reviewer.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf)
                .formParam("confirm", "yes").post("/regulator/incidents/" + id + "/close").then()
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("#cl-confirm"))); // confirmed: the box is not asked for again
    }

    /** Opening an incident without its detection time: the field is named and linked, and what was typed stays. */
    @Test
    void theNewIncidentFormNamesTheMissingFieldAndKeepsWhatWasTyped() {
        Browserless officer = Browserless.signIn(tenant.officer());
        String csrf = officer.csrfToken("/portal/incidents");
        String occurred = local(30);
        String page = given().redirects().follow(false).cookies(officer.cookies())
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", csrf)
                .formParam("title", "판교 결제 지연").formParam("occurredAt", occurred).formParam("detectedAt", "")
                .post("/portal/incidents").then().statusCode(400).extract().asString();
        assertTrue(page.contains("아래 항목을 고치세요. 저장되지 않았습니다."), "nothing was saved, and the page says so");
        assertTrue(page.contains("<a href=\"#ni-detected\">탐지 시각</a>: 탐지 시각이 필요합니다"), "the field by its label, linked");
        assertTrue(page.contains("aria-invalid=\"true\" aria-describedby=\"ni-detected-err\"")
                && page.contains("id=\"ni-detected-err\""), "the error stands at the field");
        assertTrue(page.contains("value=\"판교 결제 지연\"") && page.contains("value=\"" + occurred + "\""),
                "the title and the time typed are still in the form");
    }
}
