package kr.drregistry.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.filing.web.FindingsView;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * The review flow in a real browser (headless Debian Chromium): the reviewer opens the queue and the submitted
 * Kakao-like filing, accepts the critical talk SPOF as a risk with a justification, comments and requests changes
 * with a due date; the operator sees the request, the disposition and the comment on the filing page; after the
 * revised version is submitted the reviewer sees what changed and the carried-over disposition. Screenshots of
 * every step land in target/screenshots/ (review-*).
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class ReviewFlowBrowserTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("review-flow");

    @TestHTTPResource("/")
    URL base;

    @Test
    void reviewerDisposesCommentsAndRequestsChangesTheOperatorSeesItAndTheRevisionCarriesOver() throws Exception {
        String id = filings.submittedKakao("브라우저 심사 시험");
        String review = "/regulator/filings/" + id + "/versions/1";
        String talk = FindingsView.anchorOf(Filings.TALK);
        String due = LocalDate.now(ZoneId.of("Asia/Seoul")).plusDays(21).toString();

        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("reviewer", Browserless.PASSWORD);
            b.go("/regulator?operator=" + filings.tenant().slug() + "&size=200");
            b.find("a[href='" + review + "']").click();
            b.waitFor(d -> d.getCurrentUrl().endsWith(review));
            assertTrue(b.text().contains("제출됨 · 심사 대기"), "the version's status");
            b.screenshot("review-01-page-ko");

            // accept the critical talk SPOF as a risk, with a justification
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).open = true", talk);
            b.find("label[for='" + talk + "-d-ACCEPTED_RISK']").click();
            b.find("#" + talk + "-j").sendKeys("2027년 2분기 안산 이중화 완료 예정");
            b.find("#" + talk + " form.rev-dispose button[type=submit]").click();
            b.waitFor(d -> d.getCurrentUrl().contains("done="));
            b.visible("#" + talk + " .rev-done");
            assertTrue(b.find("#" + talk).getText().contains("위험 수용"), b.find("#" + talk).getText());
            b.screenshot("review-02-disposed-ko");

            // a comment on the finding and one on the version
            b.find("#" + talk + "-c").sendKeys("배포 도구 이중화 일정을 적어 주십시오");
            b.find("#" + talk + " form.rev-comment button[type=submit]").click();
            b.waitFor(d -> d.getCurrentUrl().contains("done=comment"));
            b.find("#vc-body").sendKeys("판교 외 사이트의 인증·세션 구성을 보완해 주십시오");
            b.find("form.rev-version-comment button[type=submit]").click();
            b.waitFor(d -> d.findElement(org.openqa.selenium.By.id("comments")).getText().contains("판교 외 사이트의"));

            // request changes: first without a due date (refused at the field), then with one
            b.find("label[for=dec-REQUEST_CHANGES]").click();
            b.find("#dec-reason").sendKeys("안산 이중화 계획과 일정 보완");
            b.find("form.rev-decide button[type=submit]").click();
            b.visible("#dec-due-e");
            assertTrue(b.find("#dec-due-e").getText().contains("오늘 이후의 기한"));
            assertEquals("안산 이중화 계획과 일정 보완", b.find("#dec-reason").getAttribute("value"), "what was typed is kept");
            b.screenshot("review-03-due-date-refused-ko");
            b.setValue("#dec-due", due);
            b.find("form.rev-decide button[type=submit]").click();
            b.waitFor(d -> d.getCurrentUrl().contains("done=decide"));
            assertTrue(b.text().contains("결정을 등록했습니다") && b.text().contains(due));
            b.screenshot("review-04-changes-requested-ko");
        }

        try (Browser b = Browser.open(base, "ko")) {
            b.signIn(filings.editor(), Browserless.PASSWORD);
            b.go("/portal/filings/" + id);
            String page = b.text();
            assertTrue(page.contains("안산 이중화 계획과 일정 보완"), "the request's reason");
            assertTrue(page.contains(due), "its due date");
            assertTrue(page.contains("배포 도구 이중화 일정을 적어 주십시오"), "the reviewer's comment");
            assertTrue(page.contains("위험 수용"), "the disposition");
            b.screenshot("review-05-operator-filing-ko");
        }

        filings.saveAndSubmit(id, filings.revised(), 1);

        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("reviewer", Browserless.PASSWORD);
            b.go("/regulator/filings/" + id + "/versions/2");
            String changes = b.find("#changes").getText();
            assertTrue(changes.contains("제출 버전 1") && changes.contains("서비스"), changes);
            String carried = b.find("#" + talk).getText();
            assertTrue(carried.contains("제출 버전 1에서 이어짐") && carried.contains("위험 수용"), carried);
            b.screenshot("review-06-revision-diff-ko");
            b.go("/lang/en?back=/regulator/filings/" + id + "/versions/2");
            b.waitFor(d -> d.findElement(org.openqa.selenium.By.tagName("h1")).getText().contains("review of version 2"));
            assertTrue(b.find("#" + talk).getText().contains("carried over from version 1"));
            b.screenshot("review-07-revision-diff-en");
        }
    }
}
