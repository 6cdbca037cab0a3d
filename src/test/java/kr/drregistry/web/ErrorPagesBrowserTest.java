package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;

/**
 * Issue 19: the error pages a person meets, in a real browser in Korean and in English, at 1440 and 390 px: a
 * duplicate filing leads to the existing one, a 403 says whom to ask, a 404 leads to the dashboard; each inside the
 * signed-in layout, in the page's language, with no page-level sideways scroll and no axe violation. Screenshots land
 * in target/screenshots/ (error-*).
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class ErrorPagesBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    void errorPagesSayWhatHappenedAndLeadOnInBothLanguagesAndWidths() {
        Tenants.Tenant t = Tenants.fresh("errpages");
        String existing = given().auth().preemptive().basic(t.officer(), t.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2033, \"title\": \"있는 신고\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        for (String language : List.of("ko", "en")) {
            boolean ko = language.equals("ko");
            try (Browser b = Browser.open(base, language)) {
                b.signIn(t.editor(), Browserless.PASSWORD);
                if (!ko) {
                    b.go("/lang/en?back=%2Fportal");
                }
                for (int width : new int[] {1440, 390}) {
                    b.size(width, 900);
                    // 409: the same filing again, from the dashboard's form
                    b.go("/portal");
                    b.find("details.drr-new-filing summary").click();
                    new org.openqa.selenium.support.ui.Select(b.find("#nf-type")).selectByValue("TOPOLOGY");
                    b.setValue("#nf-year", "2033");
                    b.find("#nf-title").sendKeys("again");
                    b.find("#nf-title").submit();
                    b.waitFor(d -> d.getTitle().contains(ko ? "신고가 이미 있습니다" : "The filing exists already"));
                    String page = b.find("main").getText();
                    assertTrue(page.contains(ko ? "2033년 DR 구성 신고가 이미 있습니다." : "A topology filing for 2033 exists already"), page);
                    assertEquals(base.toString().replaceAll("/$", "") + "/portal/filings/" + existing,
                            b.find(".drr-error a.krds-btn.primary").getAttribute("href"), "the way forward is the existing filing");
                    check(b, ko, "error-409-" + language + "-" + width);

                    // 403: a regulator's page
                    b.go("/regulator/coverage");
                    page = b.find("main").getText();
                    assertTrue(page.contains(ko ? "기관의 재난관리책임자에게" : "ask your organisation's disaster-management officer"), page);
                    check(b, ko, "error-403-" + language + "-" + width);

                    // 404: a filing that is not there
                    b.go("/portal/filings/" + UUID.randomUUID());
                    page = b.find("main").getText();
                    assertTrue(page.contains(ko ? "찾는 자료가 없거나" : "was not found"), page);
                    assertTrue(b.find(".drr-error a[href='/portal']").isDisplayed(), "the dashboard is one click away");
                    check(b, ko, "error-404-" + language + "-" + width);
                }
            }
        }
    }

    /** The page keeps the signed-in header, speaks one language, does not scroll sideways and passes axe. */
    private static void check(Browser b, boolean ko, String screenshot) {
        b.screenshotPage(screenshot);
        assertTrue(b.find(".drr-user").isDisplayed() || b.find(".drr-menu-toggle").isDisplayed(), "the signed-in header stays");
        String main = b.find("main").getText();
        assertTrue(ko ? !main.matches("(?s).*\\b(?!HTTP)[A-Za-z]{5,}\\b.*") : !main.matches("(?s).*[가-힣].*"),
                "one language on the page: " + main);
        Object wide = ((org.openqa.selenium.JavascriptExecutor) b.driver())
                .executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
        assertEquals(Boolean.TRUE, wide, "no sideways scroll on " + screenshot);
        assertEquals(List.of(), b.accessibilityViolations(), screenshot);
    }
}
