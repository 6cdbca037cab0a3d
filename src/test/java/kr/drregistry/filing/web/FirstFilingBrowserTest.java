package kr.drregistry.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * A new operator's first filing in a real browser (headless Chromium at 1440 px): the login page with the government
 * masthead and the footer, the dashboard, the empty workspace that offers the skeleton and the examples, an example
 * loaded and checked, the question before it replaces one's text, the line-number gutter and an error's link that
 * puts the caret on its line, and the format guide — in Korean and English, each page without a console error (no
 * 404 stylesheet, font, icon or script). Screenshots land in target/screenshots/first-*.png.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class FirstFilingBrowserTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("first");

    @TestHTTPResource("/")
    URL base;

    private static void noConsoleErrors(Browser b, String page) {
        List<String> errors = b.consoleErrors();
        assertTrue(errors.isEmpty(), page + ": " + errors);
    }

    private static Object js(Browser b, String script, Object... args) {
        return ((JavascriptExecutor) b.driver()).executeScript(script, args);
    }

    private static String editorText(Browser b) {
        return (String) js(b, "return document.getElementById('document').value;");
    }

    @Test
    void aFirstFilingInKorean() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"), StandardCharsets.UTF_8);
        String healthy = Files.readString(Path.of("examples", "healthy-multisite.yaml"), StandardCharsets.UTF_8);
        String id = filings.create("TOPOLOGY", "첫 신고 시험");
        try (Browser b = Browser.open(base, "ko")) {
            b.size(1440, 1000);
            b.go("/login");
            assertTrue(b.visible("#krds-masthead").getText().contains("이 누리집은 대한민국 공식 전자정부 누리집입니다."));
            String footer = b.find("#krds-footer").getText();
            assertTrue(footer.contains("과학기술정보통신부") && footer.contains("개인정보처리방침"), footer);
            b.screenshotPage("first-01-login-ko");
            noConsoleErrors(b, "/login");

            b.signIn(filings.editor(), Browserless.PASSWORD);
            b.visible("a[href='/guide/drr-v1']");
            b.screenshotPage("first-02-dashboard-ko");
            noConsoleErrors(b, "/portal");

            // the empty workspace offers the skeleton and the examples, and numbers the editor's lines
            b.go("/portal/filings/" + id + "/topology");
            b.visible(".drr-start");
            assertTrue(b.find(".drr-start").getText().contains("처음 작성하시나요?"));
            assertEquals(5, b.all("#example-loader button[data-example-url]").size(), "skeleton + three drr/v1 examples + the drr/v2 one");
            assertEquals("1", b.find(".drr-gutter-lines div").getText(), "an empty editor has line 1");
            assertEquals("true", b.find(".drr-gutter").getAttribute("aria-hidden"), "the gutter is not read out");
            assertEquals("textarea", b.find("#editor-form #document").getTagName().toLowerCase(java.util.Locale.ROOT), "the textarea stays the form field");
            b.screenshot("first-03-workspace-empty-ko");
            noConsoleErrors(b, "workspace");

            // load the Kakao-like example: it is checked as if typed
            b.find("#example-loader button[value='kakao-like-2022.yaml']").click();
            b.visible("#check .drr-findings-group.sev-critical");
            assertEquals(kakao, editorText(b));
            assertTrue(b.find("#check").getText().contains("SPOF-002"));
            assertTrue(b.find("#example-status").getText().contains("카카오형 2022 예제"), "says what was loaded");
            assertTrue(b.find(".drr-gutter-lines").getText().startsWith("1\n2\n3"), "numbered lines");
            b.screenshot("first-04-workspace-example-ko");

            // another example asks before it replaces the text; "cancel" keeps it
            b.find("#example-loader button[value='healthy-multisite.yaml']").click();
            WebDriverWait wait = new WebDriverWait(b.driver(), Duration.ofSeconds(15));
            wait.until(ExpectedConditions.alertIsPresent());
            assertTrue(b.driver().switchTo().alert().getText().contains("저장하지 않은 변경은 사라집니다"));
            b.driver().switchTo().alert().dismiss();
            assertEquals(kakao, editorText(b), "dismissed: the text stays");
            b.find("#example-loader button[value='healthy-multisite.yaml']").click();
            wait.until(ExpectedConditions.alertIsPresent());
            b.driver().switchTo().alert().accept();
            b.waitFor(d -> healthy.equals(editorText(b)));

            // an error far down cites its line; the gutter marks it and a click puts the caret there
            List<String> lines = new ArrayList<>(List.of(kakao.split("\n", -1)));
            assertEquals("    kind: app", lines.get(80));
            lines.set(80, "    kind: castle");
            b.setValue("#document", String.join("\n", lines));
            WebElement link = b.visible("#check a[data-line='81']");
            assertTrue(link.getText().contains("81행"), link.getText());
            js(b, "document.getElementById('document').scrollTop = 0;");
            link.click();
            b.waitFor(d -> "81".equals(b.find(".drr-gutter-lines div.cur").getText()));
            assertEquals(81L, js(b, "const e = document.getElementById('document');"
                    + "return e.value.slice(0, e.selectionStart).split('\\n').length;"), "the caret is on line 81");
            assertTrue(b.all(".drr-gutter-lines div.err").stream().anyMatch(e -> e.getText().equals("81")),
                    "the gutter marks the line of the error");
            assertTrue((Long) js(b, "return document.getElementById('document').scrollTop;") > 0, "scrolled to it");
            assertTrue(b.find("#editor-position").getText().startsWith("81행"), b.find("#editor-position").getText());
            b.screenshot("first-05-workspace-error-line-ko");
            noConsoleErrors(b, "workspace after loading");

            // the guide, linked from the workspace
            b.find("#example-loader a[href='/guide/drr-v1']").click();
            b.waitFor(d -> d.getCurrentUrl().endsWith("/guide/drr-v1"));
            assertTrue(b.visible("#rule-OPS-001").getText().contains("카카오 함정"));
            b.screenshot("first-06-guide-ko");
            js(b, "window.scrollTo(0, document.getElementById('s-components').getBoundingClientRect().top + window.scrollY - 16);");
            b.screenshot("first-06b-guide-fields-ko");
            js(b, "window.scrollTo(0, document.getElementById('gd-rules').getBoundingClientRect().top + window.scrollY - 16);");
            b.screenshot("first-07-guide-rules-ko");
            noConsoleErrors(b, "/guide/drr-v1");
        }
    }

    @Test
    void aFirstFilingInEnglish() throws Exception {
        String id = filings.create("TOPOLOGY", "First filing test");
        try (Browser b = Browser.open(base, "en")) {
            b.size(1440, 1000);
            b.go("/login");
            assertTrue(b.visible("#krds-masthead").getText().contains("official e-government website of the Republic of Korea"));
            assertTrue(b.find("#krds-footer").getText().contains("Privacy notice"));
            b.screenshotPage("first-11-login-en");
            noConsoleErrors(b, "/login");

            b.go("/guide/drr-v1");
            assertTrue(b.visible("h1").getText().contains("drr/v1 format guide"));
            b.screenshot("first-16-guide-en");
            js(b, "window.scrollTo(0, document.getElementById('s-components').getBoundingClientRect().top + window.scrollY - 16);");
            b.screenshot("first-16b-guide-fields-en");
            js(b, "window.scrollTo(0, document.getElementById('gd-rules').getBoundingClientRect().top + window.scrollY - 16);");
            b.screenshot("first-17-guide-rules-en");
            noConsoleErrors(b, "/guide/drr-v1");

            b.go("/privacy");
            assertTrue(b.visible("h1").getText().contains("Privacy notice"));
            noConsoleErrors(b, "/privacy");

            b.signIn(filings.editor(), Browserless.PASSWORD);
            b.visible("a[href='/guide/drr-v1']");
            b.screenshotPage("first-12-dashboard-en");
            noConsoleErrors(b, "/portal");

            b.go("/portal/filings/" + id + "/topology");
            assertTrue(b.visible(".drr-start").getText().contains("Your first filing?"));
            b.screenshot("first-13-workspace-empty-en");
            b.find(".drr-start button[value='drr-v1-skeleton.yaml']").click();
            b.visible("#check .drr-check-ok");
            assertTrue(editorText(b).contains("# Sites: where systems run"), "the skeleton's comments, in English too");
            assertTrue(b.all("#check .drr-findings-group.sev-critical, #check .drr-findings-group.sev-high").isEmpty(),
                    "the skeleton has no critical or high finding");
            b.screenshot("first-14-workspace-skeleton-en");
            noConsoleErrors(b, "workspace");

            // the console check sees a failed load (so its silence above means something)
            b.go("/guide/drr-v9");
            assertTrue(b.consoleErrors().stream().anyMatch(e -> e.contains("404")), "a 404 shows in the console");
        }
    }
}
