package kr.drregistry.topology.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Tenants;

/**
 * The pictures page of a 10,000-component filing in a real browser (issue 18, "done when"): it opens as the site ×
 * component-kind overview, one site opens by a click (htmx) and shows every box placed there, and the page stays
 * responsive — no long task over 1 s from loading the page to the opened site, as the browser's own
 * PerformanceObserver ('longtask') counts them. In Korean and in English. Screenshots: target/screenshots/picbig-*.png.
 */
@QuarkusTest
@Tag("browser")
class PicturesAtScaleBrowserTest {
    @TestHTTPResource("/")
    URL base;

    /** Collects every long task from the page's start (buffered) into window.__drrLongTasks (ms), via WebDriver. */
    private static final String OBSERVE = "window.__drrLongTasks = [];"
            + "new PerformanceObserver(function (list) { list.getEntries().forEach(function (e) { window.__drrLongTasks.push(e.duration); }); })"
            + ".observe({type: 'longtask', buffered: true});";

    @Test
    void aTenThousandComponentFilingOpensOneSiteWithoutALongTask() throws Exception {
        Tenants.Tenant tenant = Tenants.fresh("picbigb");
        String id = PicturesAtScaleTest.bigFiling(tenant, 10_000, 10);
        for (String language : List.of("ko", "en")) {
            try (Browser b = Browser.open(base, language)) {
                b.signIn(tenant.editor(), tenant.password());
                b.size(1440, 1000);
                b.go("/filings/" + id + "/pictures");
                b.visible("table.pic-ov");
                JavascriptExecutor js = (JavascriptExecutor) b.driver();
                js.executeScript(OBSERVE);
                assertTrue(b.all("#pic-cy").isEmpty(), "no diagram of 10,000 components' boxes");
                js.executeScript("document.getElementById('diagram').scrollIntoView()");
                b.screenshot("picbig-01-overview-1440-" + language);

                String placed = b.find("a[data-site='site-003']").findElement(By.xpath("ancestor::tr"))
                        .findElement(By.cssSelector("td.pic-ov-total")).getText().replace(",", "");
                int expected = Integer.parseInt(placed);
                assertTrue(expected > 1_000, "a site of more than a thousand components: " + expected);
                b.find("a[data-site='site-003']").click();
                b.waitFor(d -> d.findElements(By.cssSelector("#pic-opened li.pic-box")).size() == expected);
                assertTrue(b.find("#pic-opened h3").getText().contains(language.equals("ko")
                        ? "Site 3에 배치된 구성요소 " + expected + "개" : expected + " components placed in Site 3"),
                        b.find("#pic-opened h3").getText());
                assertTrue(b.find("a[data-site='site-003']").findElement(By.xpath("ancestor::tr")).getAttribute("class").contains("pic-ov-open"),
                        "the opened site's row is marked");
                assertTrue(b.driver().getCurrentUrl().contains("focus=site%3Asite-003"), "the address names the opened site: "
                        + b.driver().getCurrentUrl());
                Thread.sleep(800); // a long task still running would be reported after it ends
                @SuppressWarnings("unchecked")
                List<Number> longTasks = (List<Number>) js.executeScript("return window.__drrLongTasks;");
                double worst = longTasks.stream().mapToDouble(Number::doubleValue).max().orElse(0);
                assertTrue(worst < 1_000, "no long task over 1 s: " + longTasks);
                js.executeScript("document.getElementById('pic-opened').scrollIntoView()");
                b.screenshot("picbig-02-site-open-1440-" + language);

                js.executeScript("document.getElementById('matrix').scrollIntoView()");
                assertTrue(!b.find("#pic-side").isDisplayed(), "the side panel stays closed until a cell is chosen");
                b.find("#pic-matrix td.pic-c button").click();
                b.waitFor(d -> !d.findElement(By.id("pic-side")).getText().isBlank());
                assertEquals(true, b.find("#pic-side").isDisplayed(), "the side panel opens once a cell is chosen");
                b.screenshot("picbig-03-matrix-cell-1440-" + language);
                b.assertNoCspViolations("pictures of a 10,000-component filing (" + language + ")");
            }
        }
    }
}
