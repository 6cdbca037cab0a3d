package kr.drregistry.filing.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * The root causes on a submitted version, in a browser, Korean and English, on a desk and on a phone: they come
 * before the findings by severity, closed; opening one shows what it takes down and its findings, each opening to
 * its chain; the page does not scroll sideways on a phone.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class RootCausesBrowserTest {
    private final Filings filings = Filings.ofNewTenant("roots");

    @TestHTTPResource("/")
    URL base;

    @Test
    void aRootCauseOpensToWhatItTakesDownAndItsFindings() {
        String id = filings.submitted();
        for (String lang : new String[] {"ko", "en"}) {
            try (Browser b = Browser.open(base, lang)) {
                b.signIn(filings.officer(), Browserless.PASSWORD);
                b.size(1440, 900).go("/filings/" + id + "/versions/1#roots");
                b.visible("#roots");
                String deploy = lang.equals("ko") ? "구성요소 deploy-tool: 장소 pangyo를 잃으면 쓸 수 있는 배치가 없음"
                        : "component deploy-tool: no usable placement once site pangyo is lost";
                var root = b.all("#roots .drr-root").stream().filter(e -> e.getText().contains(deploy)).findFirst()
                        .orElseThrow(() -> new AssertionError("no deploy-tool root cause in " + lang));
                root.findElement(org.openqa.selenium.By.cssSelector("summary")).click();
                var first = root.findElement(org.openqa.selenium.By.cssSelector(".drr-root-finding summary"));
                assertTrue(first.isDisplayed(), "its findings are shown once it is open");
                first.click();
                assertTrue(root.findElement(org.openqa.selenium.By.cssSelector(".drr-root-finding .drr-chain")).isDisplayed(),
                        "a finding opens to its chain");
                assertTrue(root.getText().contains(lang.equals("ko") ? "중단되는 서비스" : "Services taken down"));
                b.screenshot("roots-" + lang + "-desktop");

                b.size(390, 844).go("/filings/" + id + "/versions/1#roots");
                b.visible("#roots");
                long overflow = (Long) ((JavascriptExecutor) b.driver()).executeScript(
                        "return document.querySelector('#roots').scrollWidth - document.querySelector('#roots').clientWidth");
                b.screenshot("roots-" + lang + "-phone");
                Object offenders = ((JavascriptExecutor) b.driver()).executeScript(
                        "var r=document.querySelector('#roots').getBoundingClientRect().right;var out=[];"
                        + "document.querySelectorAll('#roots *').forEach(function(e){var x=e.getBoundingClientRect();"
                        + "if(x.right>r+1&&x.width>0)out.push(e.tagName+'.'+e.className+' '+Math.round(x.right-r)+' '+(e.textContent||'').substring(0,40));});"
                        + "return out.slice(0,8).join(' | ');");
                assertEquals(0L, overflow, "the root causes fit a phone's width; wider than it: " + offenders);
            }
        }
    }
}
