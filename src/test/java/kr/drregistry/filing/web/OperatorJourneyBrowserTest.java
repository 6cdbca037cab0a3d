package kr.drregistry.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;

/**
 * The operator's journey in a real browser (headless Debian Chromium): the editor starts the year's topology, puts
 * in the Kakao-like example and sees its critical findings while typing, saves it, looks at the loss matrix (red
 * cells, a cell's chain), saves the plan; the officer signs off and submits, gets the receipt with the content hash
 * and downloads the PDF. Screenshots of every step land in target/screenshots/.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class OperatorJourneyBrowserTest {
    @TestHTTPResource("/")
    URL base;

    private void newFiling(Browser b, String type, int year, String title) {
        b.go("/portal");
        b.find("details.drr-new-filing summary").click();
        new Select(b.find("#nf-type")).selectByValue(type);
        b.find("#nf-year").clear();
        b.find("#nf-year").sendKeys(Integer.toString(year));
        b.find("#nf-title").sendKeys(title);
        b.find("details.drr-new-filing button[type=submit]").click();
    }

    @Test
    void fromSignInToASubmittedTopologyAndPlanInKorean() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        String topologyId;
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("talk-editor", Browserless.PASSWORD);
            assertTrue(b.path().startsWith("/portal"), b.path());
            assertTrue(b.text().contains("할 일"), "the dashboard shows what is due");
            b.screenshot("01-dashboard-ko");

            // 1. the topology: paste, see the critical findings live, save
            newFiling(b, "TOPOLOGY", 2070, "브라우저 시험 토폴로지");
            b.waitFor(d -> d.getCurrentUrl().endsWith("/topology"));
            topologyId = b.path().replaceAll(".*/filings/([0-9a-f-]+)/topology", "$1");
            b.visible("#document");
            b.setValue("#document", kakao);
            b.visible("#check .drr-findings-group.sev-critical");
            String results = b.find("#check").getText();
            assertTrue(results.contains("SPOF-002") && results.contains("심각"), results);
            b.screenshot("02-workspace-live-check-ko");
            b.find("#editor-form button[type=submit]").click();
            b.visible(".drr-alert.success");
            b.screenshot("03-workspace-saved-ko");

            // 2. the pictures: red (down) cells in the loss matrix, and a cell's chain
            b.go("/filings/" + topologyId + "/pictures");
            b.visible("#pic-matrix");
            int down = b.all("#pic-matrix td.pic-c.down").size();
            assertTrue(down > 0, "the matrix shows services going down");
            assertTrue(!b.all("#row-talk td.pic-c.down").isEmpty(), "talk goes down somewhere");
            String red = b.find("#row-talk td.pic-c.down").getCssValue("background-color");
            assertTrue(red.startsWith("rgba(") || red.startsWith("rgb("), red);
            b.find("#row-talk td.pic-c.down button").click();
            b.waitFor(d -> d.findElement(By.id("pic-side")).getText().contains("pangyo"));
            b.screenshot("04-pictures-matrix-ko");
            // the diagram by keyboard: focus it, ] selects the first component and shows its details, Esc clears
            b.waitFor(d -> !d.findElement(By.id("pic-loading")).isDisplayed());
            org.openqa.selenium.WebElement diagram = b.find("#pic-cy");
            assertEquals("0", diagram.getAttribute("tabindex"), "the diagram takes the keyboard focus");
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("arguments[0].focus();", diagram);
            new org.openqa.selenium.interactions.Actions(b.driver()).sendKeys("]").perform();
            b.waitFor(d -> d.findElement(By.id("pic-detail")).isDisplayed());
            String first = b.find("#pic-detail").getText();
            new org.openqa.selenium.interactions.Actions(b.driver()).sendKeys("]").perform();
            b.waitFor(d -> !d.findElement(By.id("pic-detail")).getText().equals(first));
            b.screenshot("04b-pictures-diagram-keyboard-ko");
            new org.openqa.selenium.interactions.Actions(b.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
            b.waitFor(d -> !d.findElement(By.id("pic-detail")).isDisplayed());

            // 3. the plan: write a field and save it
            newFiling(b, "PLAN", 2070, "브라우저 시험 계획");
            b.waitFor(d -> d.getCurrentUrl().endsWith("/plan"));
            b.visible("[name='/officer/name']");
            b.find("[name='/officer/name']").clear();
            b.find("[name='/officer/name']").sendKeys("이담당");
            b.find(".plan-bottom .plan-save").click();
            b.waitFor(d -> d.findElement(By.id("plan-status")).getText().contains("저장"));
            b.screenshot("05-plan-saved-ko");
            b.go(b.path());
            assertEquals("이담당", b.find("[name='/officer/name']").getAttribute("value"), "the plan was saved");
        }

        try (Browser b = Browser.open(base, "ko")) {
            // 4. the officer signs off with the password and gets the receipt
            b.signIn("talk-officer", Browserless.PASSWORD);
            b.go("/portal/filings/" + topologyId + "/submit");
            assertTrue(b.text().contains("SPOF-002"), "the summary lists the findings");
            b.screenshot("06-signoff-ko");
            b.find("label[for=signoff-confirm]").click();
            b.find("#signoff-password").sendKeys(Browserless.PASSWORD);
            b.find("form.sub-form button[type=submit]").click();
            b.waitFor(d -> d.getCurrentUrl().contains("/receipt"));
            String receipt = b.text();
            assertTrue(receipt.matches("(?s).*[0-9a-f]{64}.*"), "the receipt shows the SHA-256");
            b.screenshot("07-receipt-ko");

            // 5. the PDF of the submitted version, downloaded with the officer's session
            String pdfHref = b.find("a[href$='/export.pdf']").getAttribute("href");
            String cookies = b.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
            HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfHref))
                    .header("Cookie", cookies).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, pdf.statusCode());
            assertTrue(new String(pdf.body(), 0, 5).startsWith("%PDF"), "a PDF");
            assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
            Files.write(Path.of("target", "screenshots", "08-version.pdf"), pdf.body());
        }
    }

    @Test
    void theDashboardAndWorkspaceReadInEnglish() {
        try (Browser b = Browser.open(base, "en")) {
            b.signIn("portal-editor", Browserless.PASSWORD);
            String text = b.text();
            assertTrue(text.contains("Open findings") && text.contains("To do"), text);
            b.screenshot("09-dashboard-en");
        }
    }
}
