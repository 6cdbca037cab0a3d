package kr.drregistry.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * The operator's main pages in a real browser under the Content Security Policy: the dashboard, the topology
 * workspace with its live check (htmx posting with the X-CSRF-TOKEN header), the plan editor with its autosave, the
 * incident pages, and signing out through the header's form. The console reports no violation of the policy.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class OperatorCspBrowserTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("csp");

    @TestHTTPResource("/")
    URL base;

    private static void loaded(Browser b) {
        b.waitFor(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    @Test
    void theOperatorsPagesWorkUnderTheContentSecurityPolicy() throws Exception {
        String topology = filings.create("TOPOLOGY", "CSP 시험");
        String plan = filings.create("PLAN", "CSP 시험 계획");
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn(filings.editor(), Browserless.PASSWORD);
            loaded(b);
            b.assertNoCspViolations("dashboard");

            b.go("/portal/filings/" + topology + "/topology");
            b.visible("#document");
            b.setValue("#document", new String(filings.kakao(), StandardCharsets.UTF_8));
            b.visible("#check .drr-findings-group.sev-critical");
            b.assertNoCspViolations("workspace with the live check");
            b.screenshot("csp-05-workspace");

            b.go("/portal/filings/" + plan + "/plan");
            loaded(b);
            b.find("[name='/officer/name']").sendKeys("박담당");
            // the autosave (htmx, X-CSRF-TOKEN header) saves it
            b.waitFor(d -> d.findElement(org.openqa.selenium.By.id("plan-status")).getText().contains("저장"));
            b.assertNoCspViolations("plan editor");
            b.screenshot("csp-06-plan-editor");

            b.go("/portal/incidents");
            loaded(b);
            b.assertNoCspViolations("incidents");

            b.find("form[action='/logout'] button[type=submit]").click();
            b.waitFor(d -> d.getCurrentUrl().contains("/login"));
            b.go("/portal");
            assertEquals("/login", b.path(), "signed out through the header's form");
            b.assertNoCspViolations("sign-out");
        }
    }
}
