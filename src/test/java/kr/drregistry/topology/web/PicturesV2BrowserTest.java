package kr.drregistry.topology.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Tenants;

/**
 * The drr/v2 pictures in a real browser under the Content Security Policy: the amber degraded cell opens its
 * explanation, the diagram overlays the gateway release (a component risk group), and the page reads at 1440 and
 * 390 px. Screenshots: target/screenshots/picv2-*.png.
 */
@QuarkusTest
class PicturesV2BrowserTest {
    @TestHTTPResource("/")
    URL base;

    private static void scrollTo(Browser b, String id) throws InterruptedException {
        ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("document.getElementById(arguments[0]).scrollIntoView()", id);
        Thread.sleep(300);
    }

    @Test
    void theDegradedCellExplainsItselfAndTheDiagramOverlaysTheComponentGroup() throws Exception {
        Tenants.Tenant tenant = Tenants.fresh("picv2b");
        String id = PicturesV2Test.v2Filing(tenant);
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn(tenant.editor(), tenant.password());
            b.size(1440, 1000);
            b.go("/filings/" + id + "/pictures");
            b.visible("#pic-matrix");
            b.waitFor(d -> !d.findElements(By.cssSelector("#pic-cy canvas")).isEmpty());
            b.screenshot("picv2-01-page-1440");

            b.find("#row-map td.pic-c.degraded button").click();
            b.waitFor(d -> d.findElement(By.id("pic-side")).getText().contains("60%"));
            assertTrue(b.find("#pic-side").getText().contains("유효 용량이 60%로"), b.find("#pic-side").getText());
            b.find("#row-pay td.pic-c.pic-first-comp button").click();
            b.waitFor(d -> d.findElement(By.id("pic-side")).getText().contains("구성요소 위험군 하나를 잃는 경우"));
            scrollTo(b, "matrix");
            b.screenshot("picv2-02-matrix-cell-1440");

            new Select(b.find("#pic-f-loss")).selectByValue("software:gateway-3.1");
            scrollTo(b, "diagram");
            Thread.sleep(800);
            b.screenshot("picv2-03-diagram-overlay-1440");

            new Select(b.find("#pic-whatif-select")).selectByValue("software:gateway-3.1");
            b.waitFor(d -> d.findElement(By.id("pic-whatif-result")).getText().contains("사이트는 하나도 잃지 않습니다"));
            scrollTo(b, "whatif");
            b.screenshot("picv2-04-whatif-1440");
            scrollTo(b, "pic-sites-title");
            b.screenshot("picv2-09-sites-1440");
            b.assertNoCspViolations("pictures v2");

            b.size(390, 844);
            b.go("/filings/" + id + "/pictures?scenario=software:gateway-3.1");
            b.visible("#pic-matrix");
            scrollTo(b, "pic-sites-title");
            b.screenshot("picv2-05-sites-390");
            scrollTo(b, "pic-matrix");
            ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("window.scrollBy(0, -60)");
            b.screenshot("picv2-06-matrix-390");
            b.find("#row-map td.pic-c.degraded button").click();
            b.waitFor(d -> d.findElement(By.id("pic-side")).getText().contains("60%"));
            Thread.sleep(600);
            b.screenshot("picv2-07-cell-390");
            scrollTo(b, "whatif-title");
            b.screenshot("picv2-08-whatif-390");
            Number overflow = (Number) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            Object wide = ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                    "var w = document.documentElement.clientWidth; return Array.from(document.querySelectorAll('body *'))"
                    + ".filter(function (e) { var r = e.getBoundingClientRect(); return r.right > w + 1 && r.width > 0; })"
                    + ".slice(0, 12).map(function (e) { return e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right); }).join(' | ');");
            assertTrue(overflow.intValue() <= 0, "nothing is wider than a 390 px screen: " + overflow + " " + wide);
            b.assertNoCspViolations("pictures v2 at 390 px");
        }
    }
}
