package kr.drregistry.portal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;

/**
 * The operator's journey in a real browser (headless Chromium): sign in as the editor, start the year's topology,
 * put in the Kakao-like example and see its critical findings while typing, save it.
 */
@QuarkusTest
class OperatorJourneyBrowserTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    void editorUploadsTheKakaoLikeTopologyAndSeesItsCriticalFindingsLive() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("talk-editor", Browserless.PASSWORD);
            assertTrue(b.path().startsWith("/portal"), b.path());
            b.screenshot("01-dashboard-ko");
            assertTrue(b.text().contains("할 일"), "the dashboard shows what is due");

            // start a new topology filing of its own year from the dashboard's form
            b.find("details.drr-new-filing summary").click();
            b.find("#nf-type").sendKeys("DR");
            b.driver().findElement(org.openqa.selenium.By.id("nf-year")).clear();
            b.find("#nf-year").sendKeys("2070");
            b.find("#nf-title").sendKeys("브라우저 시험 토폴로지");
            b.find("details.drr-new-filing button[type=submit]").click();
            b.waitFor(d -> d.getCurrentUrl().endsWith("/topology"));

            b.setValue("#document", kakao);
            b.visible("#check .drr-findings-group.sev-critical");
            String results = b.find("#check").getText();
            assertTrue(results.contains("SPOF-002"), results);
            assertTrue(results.contains("심각"), "severity in Korean");
            b.screenshot("02-workspace-live-check-ko");

            b.find("#editor-form button[type=submit]").click();
            b.visible(".drr-alert.success");
            assertFalse(b.find("#check").getText().isBlank());
            b.screenshot("03-workspace-saved-ko");
        }
    }
}
