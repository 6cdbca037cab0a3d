package kr.drregistry.incident;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;

/**
 * The officer files an incident's initial and final reports in the Korean portal (headless Chromium), the final one
 * getting INC-001 against the filed RTO; the reviewer sees it in the regulator's list, acknowledges and closes it.
 * Screenshots land in target/screenshots/.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class IncidentBrowserTest {
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @TestHTTPResource("/")
    URL base;

    @Test
    void theOfficerFilesAnInitialAndAFinalReportAndTheReviewerClosesIt() throws Exception {
        // an organisation of its own: the dashboard's tile lists an organisation's five most urgent incidents, and
        // other classes' incidents of a shared organisation could push this one out of it
        Tenants.Tenant t = Tenants.fresh("incbrowser");
        kr.drregistry.support.Incidents.fileKakaoTopology(t);
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Seoul")).withSecond(0).withNano(0);
        String title = "메신저 장애 브라우저 시험 " + System.nanoTime() % 100000;
        String id;
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn(t.officer(), Browserless.PASSWORD);
            b.go("/portal/incidents");
            b.find("#ni-title").sendKeys(title);
            b.setValue("#ni-occurred", LOCAL.format(now.minusHours(3)));
            b.setValue("#ni-detected", LOCAL.format(now.minusMinutes(20)));
            b.screenshot("inc-01-list-ko");
            b.find("form.inc-new button[type=submit]").click();
            b.waitFor(d -> d.getCurrentUrl().matches(".*/portal/incidents/[0-9a-f-]{36}$"));
            id = b.path().replaceAll(".*/incidents/", "");
            assertTrue(b.text().contains("최초 보고") && b.text().contains("남음"), "the initial report's countdown is shown");
            // the countdown is kept current by static/countdown.js in the page's words; when the due time passes it turns overdue
            org.openqa.selenium.WebElement countdown = b.find("time.drr-countdown");
            assertTrue(countdown.getAttribute("datetime").matches("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z"), countdown.getAttribute("datetime"));
            b.waitFor(d -> countdown.getAttribute("data-skew") != null);
            assertTrue(countdown.getText().matches("(\\d+시간 )?\\d+분 남음"), countdown.getText());
            org.openqa.selenium.WebElement chip = b.find(".inc-chip.state-DUE");
            assertTrue(chip.getText().contains("제출 대기"), chip.getText());
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("var el = arguments[0];"
                    + "var past = new Date(Date.now() + Number(el.dataset.skew) - 95.5 * 60000).toISOString();"
                    + "el.setAttribute('datetime', past); arguments[1].dataset.overdueAt = past;"
                    + "document.body.dispatchEvent(new Event('htmx:afterSwap'));", countdown, chip);
            assertTrue(chip.getText().equals("⚠ 기한 지남") && chip.getAttribute("class").contains("state-OVERDUE"),
                    "the stage's state turns overdue too: " + chip.getText());
            assertTrue(countdown.getText().equals("1시간 35분 지남"), countdown.getText());
            assertTrue(countdown.getAttribute("class").contains("drr-countdown-over")
                    && countdown.findElement(org.openqa.selenium.By.xpath("..")).getAttribute("class").contains("inc-due-over"));
            b.go(b.path());

            // submitting the initial report before filling it in: the draft is kept, each missing field is named by
            // its label, linked, and marked where it is
            b.find("#submit-initial").click();
            b.visible("#errors");
            assertTrue(b.find("#errors").getText().contains("초안은 저장했습니다"), b.find("#errors").getText());
            b.find("#errors a[href='#f-summary']").click();
            assertTrue("f-summary".equals(b.driver().switchTo().activeElement().getAttribute("id")), "the link takes the officer to the field");
            assertTrue(b.find("#f-summary-err").getText().contains("필요"), b.find("#f-summary-err").getText());
            b.screenshot("inc-01b-errors-at-fields-ko");
            b.find("#f-summary").sendKeys("판교 센터 전원 장애로 메신저 중단");
            b.find("#svc-talk + label").click();
            b.find("#site-pangyo + label").click();
            new Select(b.find("#f-causeCategory")).selectByValue("power");
            b.find("#submit-initial").click();
            b.visible(".drr-alert.success");
            String page = b.text();
            assertTrue(page.contains("최초 보고를 제출했습니다") && page.contains("기한 내 제출"), page);
            b.screenshot("inc-02-initial-submitted-ko");
            b.go("/portal");
            b.waitFor(d -> d.findElement(org.openqa.selenium.By.id("inc-due")).getText().contains(title));
            assertTrue(b.find("#inc-due").getText().contains("최종 보고"), "the dashboard names the next stage");
            b.go("/portal/incidents/" + id);

            b.setValue("#tl-at", LOCAL.format(now.minusMinutes(150)));
            b.find("#tl-text").sendKeys("안산 센터로 전환 시작");
            b.find("#tl-add").click();
            b.waitFor(d -> d.getPageSource().contains("안산 센터로 전환 시작"));

            b.setValue("#f-recoveredAt", LOCAL.format(now.minusMinutes(60)));
            b.find("#f-usersAffected").sendKeys("47000000");
            b.find("#f-causeDescription").sendKeys("UPS 전원 차단");
            b.find("#f-actions").sendKeys("재해 복구 계획 발동");
            b.find("#f-rootCauses").sendKeys("단일 전원 계통");
            b.find("#f-resolution").sendKeys("전원 이중화 후 재기동");
            b.find("#f-recurrencePrevention").sendKeys("전원 계통 분리와 분기별 전환 훈련");
            new Select(b.find("#f-recurring")).selectByValue("no");
            b.find("#submit-final").click();
            b.visible(".drr-alert.success");
            page = b.text();
            assertTrue(page.contains("최종 보고를 제출했습니다"), page);
            assertTrue(page.contains("INC-001") && page.contains("목표 복구 시간(RTO)"), "2 hours of outage against an RTO of 1 hour: " + page);
            assertTrue(page.contains("INC-003"), "no notice to users after 2 hours");
            b.screenshot("inc-03-final-submitted-ko");
        }
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("reviewer", Browserless.PASSWORD);
            b.go("/regulator/incidents");
            assertTrue(b.text().contains(title), "the regulator's list shows the incident");
            b.screenshot("inc-04-regulator-list-ko");
            b.go("/regulator/incidents/" + id);
            assertTrue(b.text().contains("안산 센터로 전환 시작"), "the timeline submitted with the final report");
            b.find("#ack").click();
            b.visible(".drr-alert.success");
            assertTrue(b.text().contains("접수를 확인했습니다"));
            assertTrue(b.all("#report-form").isEmpty() && b.find(".inc-dl").getText().contains("판교 센터 전원 장애로 메신저 중단"),
                    "the regulator reads the report as text, not as disabled form boxes");
            b.screenshot("inc-04b-regulator-report-ko");
            b.find("#close").click();
            assertFalse(b.text().contains("종결된 사고입니다"), "closing waits for the confirmation box (required)");
            b.find("#cl-confirm + label").click();
            b.find("#close").click();
            b.visible(".drr-alert.success");
            assertTrue(b.text().contains("종결된 사고입니다"));
            b.screenshot("inc-05-regulator-closed-ko");
            b.go("/regulator/incidents");
            b.find("#pol-link").click();
            b.waitFor(d -> d.getCurrentUrl().endsWith("/regulator/incidents/policies"));
            assertTrue(b.text().contains("탐지 후 1시간 이내") && b.text().contains("복구 후 1개월 이내"), "the reporting policy in words");
            b.screenshot("inc-06-regulator-policies-ko");
        }
    }
}
