package kr.drregistry.review.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * The regulator's main pages in a real browser (headless Chromium) under the Content Security Policy: the pictures
 * (cytoscape), the trends (ECharts), the sector map, the review page, the incidents and Swagger UI each draw what they
 * draw, and the console reports no violation of the policy. The operator's pages: {@code portal.OperatorCspBrowserTest}.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class CspBrowserTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("review-csp");

    @TestHTTPResource("/")
    URL base;

    @Test
    void theRegulatorsPagesWorkUnderTheContentSecurityPolicy() throws Exception {
        String topology = filings.submittedKakao("CSP 시험");
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("reviewer", Browserless.PASSWORD);
            b.go("/filings/" + topology + "/pictures");
            b.visible("#pic-matrix");
            b.waitFor(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#pic-graph canvas, [id^=pic] canvas")).isEmpty());
            b.assertNoCspViolations("pictures");
            b.screenshot("csp-01-pictures");

            b.go("/regulator/trends");
            b.waitFor(d -> !d.findElements(org.openqa.selenium.By.cssSelector(".cov-chart svg")).isEmpty());
            // the tooltip of a chart (ECharts builds it as HTML when the pointer is over the chart)
            new org.openqa.selenium.interactions.Actions(b.driver()).moveToElement(b.find(".cov-chart")).pause(java.time.Duration.ofMillis(300))
                    .moveByOffset(20, 10).pause(java.time.Duration.ofMillis(500)).perform();
            b.assertNoCspViolations("trends");
            b.screenshot("csp-02-trends");
            assertTrue(!b.all(".cov-chart svg text").isEmpty(), "the chart is drawn");

            b.go("/regulator/sector");
            b.waitFor(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            b.assertNoCspViolations("sector");
            b.screenshot("csp-03-sector");

            b.go("/regulator/filings/" + topology + "/versions/1");
            b.waitFor(d -> d.getCurrentUrl().endsWith("/versions/1"));
            b.assertNoCspViolations("review page");

            b.go("/regulator/incidents");
            b.assertNoCspViolations("regulator incidents");

            b.go("/q/swagger-ui/");
            b.visible(".swagger-ui .info");
            assertTrue(b.text().contains("DR Registry API"), "Swagger UI shows the API: " + b.text());
            b.assertNoCspViolations("swagger-ui");
            b.screenshot("csp-04-swagger");
        }
    }
}
