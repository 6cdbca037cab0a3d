package kr.drregistry.review.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * The review queue's bar as a reviewer meets it: on a desktop the five filters are one row under the views; on a
 * phone they fold under one summary that says how many apply, so the queue's first filing is on the first screen;
 * a view saved in the browser is then the marked one. Screenshots: target/screenshots/queue-bar-*.png.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class QueueBarBrowserTest {
    private final Filings filings = Filings.ofNewTenant("queue-bar");

    @TestHTTPResource("/")
    URL base;

    @Test
    void theFiltersAreOneRowOnADesktopAndFoldedOnAPhone() {
        filings.submitted("보기 막대 시험", Filings.YEAR + 2);
        String slug = filings.tenant().slug();
        for (String lang : List.of("ko", "en")) {
            try (Browser b = Browser.open(base, lang)) {
                b.signIn("reviewer", Browserless.PASSWORD);
                JavascriptExecutor js = (JavascriptExecutor) b.driver();

                b.size(1440, 900);
                b.go("/regulator?operator=" + slug);
                @SuppressWarnings("unchecked")
                Map<String, Object> desk = (Map<String, Object>) js.executeScript("""
                        const tops = [...document.querySelectorAll('.q-filter-row > *')].filter(e => e.type !== 'hidden')
                            .map(e => Math.round(e.getBoundingClientRect().bottom));
                        return {open: document.getElementById('q-filters').open, rows: new Set(tops).size, n: tops.length,
                                firstRow: Math.round(document.querySelector('.drr-queue tbody tr').getBoundingClientRect().top)};
                        """);
                assertEquals(Boolean.TRUE, desk.get("open"), lang + ": the filters are open on a desktop");
                assertEquals(1L, ((Number) desk.get("rows")).longValue(), lang + ": the five filters and the buttons are one row: " + desk);
                assertTrue(((Number) desk.get("firstRow")).intValue() < 900, lang + ": the first filing is on the first screen: " + desk);
                b.screenshot("queue-bar-" + lang + "-1440");

                b.size(390, 844);
                b.go("/regulator?operator=" + slug);
                @SuppressWarnings("unchecked")
                Map<String, Object> phone = (Map<String, Object>) js.executeScript("""
                        const d = document.getElementById('q-filters');
                        return {open: d.open, summary: d.querySelector('summary').textContent.trim(),
                                firstRow: Math.round(document.querySelector('.drr-queue tbody tr').getBoundingClientRect().top),
                                sideways: document.documentElement.scrollWidth - window.innerWidth};
                        """);
                assertEquals(Boolean.FALSE, phone.get("open"), lang + ": folded on a phone");
                assertTrue(String.valueOf(phone.get("summary")).matches(".*(1개 적용 중|1 applied)"),
                        lang + ": the summary says one filter applies: " + phone);
                assertTrue(((Number) phone.get("firstRow")).intValue() < 844, lang + ": the first filing is on the first screen: " + phone);
                assertTrue(((Number) phone.get("sideways")).intValue() <= 0, lang + ": no sideways scroll: " + phone);
                b.screenshot("queue-bar-" + lang + "-390");
                b.find("#q-filters summary").click();
                assertTrue(b.find("#q-operator").isDisplayed(), lang + ": the summary opens the filters");
                b.screenshot("queue-bar-" + lang + "-390-open");
                assertTrue(b.accessibilityViolations().isEmpty(), lang + ": " + b.accessibilityViolations());
            }
        }

        // a view saved in the browser, marked as the one shown, opened again from the views
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("reviewer", Browserless.PASSWORD);
            b.size(1440, 900);
            b.go("/regulator?type=TOPOLOGY&operator=" + slug);
            String name = "위상 " + slug;
            b.setValue("#view-name", name);
            b.find(".q-save button[type=submit]").click();
            b.waitFor(d -> d.getPageSource().contains("보기를 저장했습니다"));
            String marked = b.find(".q-view[aria-current=page]").getText();
            assertEquals(name, marked, "the saved view is the one shown");
            b.go("/regulator");
            b.find("a.q-view[href*='" + slug + "']").click();
            b.waitFor(d -> d.getCurrentUrl().contains("operator=" + slug));
            assertEquals("TOPOLOGY", b.find("#q-type").getAttribute("value"), "opening the view applies its filters");
            b.find(".q-view-del[aria-label*='" + slug + "']").click();
            b.waitFor(d -> d.getPageSource().contains("보기를 삭제했습니다"));
        }
    }
}
