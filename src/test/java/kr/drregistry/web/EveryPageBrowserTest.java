package kr.drregistry.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Browser;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;

/**
 * Every page template, as each role that opens it, at a desktop width (1440 px) and a phone width (390 px): axe-core
 * finds no violation of WCAG 2.1 A or AA (issue 19 point 6), and at the phone width no page scrolls sideways
 * ({@code scrollWidth <= innerWidth}, issue 19 point 3), in Korean and in English: a wide table or code scrolls inside
 * its own box. Fragments that pages load (the attachment list, the incidents due) are checked inside their pages.
 * With {@code -Ddrr.screenshots=ko,en} it also saves every page at both widths in those languages, whole, as
 * target/screenshots/every-{lang}-{role}-{page}-{width}.png, for people to look at ({@code -Ddrr.pages=} a regular
 * expression: only the paths it matches).
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
class EveryPageBrowserTest {
    private final Filings filings = Filings.ofNewTenant("every-page");

    @TestHTTPResource("/")
    URL base;

    /** An incident of the officer's organisation with its initial report submitted (so the regulator sees it too). */
    private String incidentWithInitialReport() {
        String token = kr.drregistry.support.Api.token(filings.officer(), "read,submit");
        java.time.Instant detected = java.time.Instant.now().minus(20, java.time.temporal.ChronoUnit.MINUTES)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        java.time.Instant occurred = detected.minus(10, java.time.temporal.ChronoUnit.MINUTES);
        String id = kr.drregistry.support.Incidents.create(token, "모든 화면 시험 사고", occurred, detected);
        kr.drregistry.support.Incidents.saveDraft(token, id, "\"d1\"", "{\"summary\": \"결제 승인 지연\", \"occurredAt\": \"" + occurred
                + "\", \"detectedAt\": \"" + detected + "\", \"affectedServices\": [{\"id\": \"pay\"}], \"affectedSites\": [\"pangyo\"],"
                + " \"cause\": {\"category\": \"software-change\"}}").then().statusCode(200);
        io.restassured.RestAssured.given().auth().oauth2(token).contentType(io.restassured.http.ContentType.JSON)
                .post("/api/v1/incidents/" + id + "/stages/initial/submit").then().statusCode(201);
        return id;
    }

    @Test
    void everyPageTemplatePassesAxeAtDesktopAndPhoneWidths() throws Exception {
        String topology = filings.submitted("모든 화면 시험", Filings.YEAR + 1);
        // a second organisation with the same IDC makes a CONC-001 concentration, so the sector page draws its map
        kr.drregistry.support.Tenants.Tenant other = kr.drregistry.support.Tenants.fresh("every-page-b");
        kr.drregistry.support.Api.submittedTopology(other, Filings.YEAR + 1, kr.drregistry.support.Api.kakao(other));
        String plan = filings.planSubmitted();
        String draft = filings.topologyWithKakaoDraft();
        String incident = incidentWithInitialReport();

        Map<String, List<String>> pages = new LinkedHashMap<>();
        pages.put("", List.of("/login", "/guide", "/guide/drr-v1", "/privacy", "/tools"));
        pages.put(filings.officer(), List.of("/portal", "/portal/filings/" + draft, "/portal/filings/" + draft + "/topology",
                "/portal/filings/" + draft + "/submit",
                "/portal/filings/" + plan + "/plan", "/portal/filings/" + topology + "/versions/1/receipt",
                "/filings/" + topology + "/versions/1", "/filings/" + topology + "/pictures", "/portal/incidents",
                "/portal/incidents/" + incident, "/portal/tokens"));
        pages.put("reviewer", List.of("/regulator", "/regulator/filings/" + topology + "/versions/1", "/regulator/sector",
                "/regulator/trends", "/regulator/coverage", "/regulator/incidents", "/regulator/incidents/" + incident,
                "/regulator/incidents/recovery",
                "/regulator/incidents/policies", "/regulator/policy", "/filings/" + plan + "/versions/1"));
        pages.put("lead", List.of("/regulator/policy", "/regulator/policy?q=%EB%B0%B0%ED%84%B0%EB%A6%AC", "/regulator/policy/rules/GEO-001",
                "/regulator/policy/parameters", "/admin/audit"));
        pages.put("admin", List.of("/admin"));

        List<String> problems = new ArrayList<>();
        // axe runs in Korean; the phone width is checked in Korean and in English (longer words, longer labels)
        boolean screenshots = System.getProperty("drr.screenshots") != null;
        List<String> languages = List.of(System.getProperty("drr.screenshots", "ko,en").split(","));
        for (String lang : languages) {
            boolean first = lang.equals(languages.get(0));
            for (var who : pages.entrySet()) {
                try (Browser b = Browser.open(base, lang)) {
                    if (!who.getKey().isEmpty()) {
                        b.signIn(who.getKey(), Browserless.PASSWORD);
                    }
                    for (String path : who.getValue()) {
                        if (screenshots && !path.matches(System.getProperty("drr.pages", ".*"))) {
                            continue; // a look at some pages only (-Ddrr.pages=a regular expression of paths)
                        }
                        for (int width : new int[] {1440, 390}) {
                            if (!first && !screenshots && width != 390) {
                                continue;
                            }
                            b.size(width, width == 390 ? 844 : 900);
                            b.go(path);
                            b.waitFor(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
                            String where = lang + " " + role(who.getKey()) + " " + path + " @" + width;
                            if (width == 390) {
                                String sideways = sideways(b);
                                if (sideways != null) {
                                    problems.add(where + ": the page scrolls sideways " + sideways);
                                }
                            }
                            if (screenshots) {
                                b.screenshotPage("every-" + lang + "-" + role(who.getKey())
                                        + path.replaceAll("[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}", "x").replaceAll("[^A-Za-z0-9]+", "-") + "-" + width);
                            }
                            if (first) {
                                for (String v : b.accessibilityViolations()) {
                                    problems.add(where + ": " + v);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /**
     * The policy list is one short row per rule (issue 19 point 4: it was 6,700 px tall on a desktop, 17,000 px on a
     * phone); an edit of one rule leads to its preview and a publishing step whose confirmation the browser asks for
     * before anything is sent; that step passes axe and fits a phone too.
     */
    @Test
    void thePolicyListIsShortAndPublishingAnEditAsksForTheConfirmation() {
        String activeBefore = kr.drregistry.support.Api.as("reviewer").get("/api/v1/policies/active").jsonPath().getString("version");
        List<String> problems = new ArrayList<>();
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("lead", Browserless.PASSWORD);
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) b.driver();
            for (int width : new int[] {1440, 390}) {
                b.size(width, width == 390 ? 844 : 900);
                b.go("/regulator/policy");
                Number rows = (Number) js.executeScript("return document.querySelectorAll('.pol-rules tbody tr').length;");
                Number height = (Number) js.executeScript("return document.querySelector('.pol-rules').getBoundingClientRect().height;");
                assertTrue(rows.intValue() == kr.drregistry.rules.Policies.RULE_IDS.size(), "one row per rule: " + rows);
                int most = width == 390 ? 180 : 100; // px per rule: a name, a meaning (two lines at most on a phone), a folded basis, its settings
                assertTrue(height.doubleValue() <= most * rows.doubleValue(), "the rules list at " + width + " px is "
                        + height + " px tall, more than " + most + " px a rule");
            }

            b.size(390, 844);
            b.go("/regulator/policy/rules/CLOUD-001");
            js.executeScript("const s = document.getElementById('sev-CLOUD-001');"
                    + "s.value = s.value === 'info' ? 'low' : 'info';");
            b.find("button[name=action][value=preview]").click();
            b.visible("#diff-title");
            b.waitFor(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            assertTrue(b.all(".exp-diff-table tbody tr").size() == 1, "the preview shows the one change");
            for (int width : new int[] {390, 1440}) {
                b.size(width, width == 390 ? 844 : 900);
                String sideways = sideways(b);
                if (width == 390 && sideways != null) {
                    problems.add("the publishing step scrolls sideways " + sideways);
                }
                b.accessibilityViolations().forEach(v -> problems.add("publishing step @" + width + ": " + v));
            }
            b.setValue("#p-note", "브라우저 시험: 게시하지 않음");
            b.find("button[name=action][value=save]").click();
            Boolean missing = (Boolean) js.executeScript("return document.getElementById('p-confirm').validity.valueMissing;");
            assertTrue(Boolean.TRUE.equals(missing) && b.all("#p-confirm").size() == 1,
                    "the browser does not send the publication without the confirmation");
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
        assertTrue(activeBefore.equals(kr.drregistry.support.Api.as("reviewer").get("/api/v1/policies/active").jsonPath().getString("version")),
                "nothing was published");
    }

    private String role(String user) {
        return user.isEmpty() ? "public" : user.equals(filings.officer()) ? "officer" : user;
    }

    /**
     * How far the page reaches past the window's right edge ("by 337 px: td > span.sr-only 337 px, …", naming the
     * elements that stick out of a parent that fits, and absolutely placed ones, farthest first), or null when the
     * page fits the window.
     */
    static String sideways(Browser b) {
        return (String) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("""
                const w = window.innerWidth, over = document.documentElement.scrollWidth - w;
                if (over <= 0) return null;
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                    + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
                const out = [];
                for (const e of document.querySelectorAll('body *')) {
                  const r = e.getBoundingClientRect(), p = e.parentElement.getBoundingClientRect();
                  const position = getComputedStyle(e).position;
                  if (position !== 'fixed' && r.width > 0 && r.right > w + 0.5 && (p.right <= w + 0.5 || position === 'absolute')) {
                    out.push([Math.round(r.right - w), name(e.parentElement) + ' > ' + name(e)]);
                  }
                }
                out.sort((a, b) => b[0] - a[0]);
                return 'by ' + over + ' px: ' + out.slice(0, 4).map(o => o[1] + ' ' + o[0] + ' px').join(', ')
                    + (out.length > 4 ? ' and ' + (out.length - 4) + ' more' : '');
                """);
    }

    /**
     * On a phone the regulator's eight menu entries fold under one "메뉴" button (they wrapped word by word and pushed
     * every regulator page 105 px sideways): the header fits the screen, and the button opens KRDS's mobile
     * navigation, a drawer over the page's right side. While it is open focus is in it and the page behind is inert;
     * Escape, its close button and a tap beside it close it, each putting focus back on the button.
     */
    /**
     * Presses the phone's menu button and waits (up to 15 s) until the drawer is open — its links show and the button
     * says so: the drawer opens by script and a transition, so a look at once can come too early.
     */
    private static boolean openMenu(Browser b, org.openqa.selenium.WebElement toggle) {
        toggle.click();
        return b.waitFor(d -> b.find("#drr-nav a[href='/regulator/trends']").isDisplayed()
                && "true".equals(b.find(".drr-menu-toggle").getAttribute("aria-expanded")));
    }

    @Test
    void onAPhoneTheMenuFoldsUnderOneButton() {
        try (Browser b = Browser.open(base, "ko")) {
            b.signIn("lead", Browserless.PASSWORD);
            b.size(390, 844);
            b.go("/regulator/policy");
            org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) b.driver();
            Number header = (Number) js.executeScript("return document.querySelector('header').scrollWidth - window.innerWidth;");
            assertTrue(header.intValue() <= 0, "the header fits a 390 px screen: " + header + " px over");
            org.openqa.selenium.WebElement toggle = b.visible(".drr-menu-toggle");
            assertTrue(toggle.getText().contains("메뉴") && "false".equals(toggle.getAttribute("aria-expanded"))
                    && "drr-nav".equals(toggle.getAttribute("aria-controls")));
            assertTrue(!b.find("#drr-nav a[href='/regulator/trends']").isDisplayed(), "folded at first");
            assertTrue(!b.find(".drr-header .drr-user").isDisplayed(), "who is signed in is not a row of the phone's header");
            b.screenshot("phone-menu-1-folded");

            assertTrue(openMenu(b, toggle), "the drawer opens: its links show and the button says so");
            assertTrue(b.find("#drr-nav .drr-nav-user").getText().contains("msit") && b.find("#drr-nav .drr-nav-user button").isDisplayed(),
                    "the drawer says who is signed in and has the sign-out");
            @SuppressWarnings("unchecked")
            Map<String, Object> drawer = (Map<String, Object>) js.executeScript("""
                    const n = document.getElementById('drr-nav'), r = n.getBoundingClientRect();
                    return {left: r.left, right: r.right, top: r.top, height: r.height, position: getComputedStyle(n).position,
                            focusInside: n.contains(document.activeElement), focused: document.activeElement.textContent.trim(),
                            mainInert: document.getElementById('main').inert, sideways: document.documentElement.scrollWidth - window.innerWidth,
                            screen: window.innerHeight};
                    """);
            assertTrue("fixed".equals(drawer.get("position")) && ((Number) drawer.get("top")).intValue() == 0
                    && ((Number) drawer.get("left")).doubleValue() > 0 && ((Number) drawer.get("right")).doubleValue() <= 390
                    && ((Number) drawer.get("height")).intValue() >= ((Number) drawer.get("screen")).intValue(), "a drawer at the right, as tall as the screen: " + drawer);
            assertTrue(Boolean.TRUE.equals(drawer.get("focusInside")) && "메뉴 닫기".equals(drawer.get("focused")),
                    "focus moves to the drawer's close button: " + drawer);
            assertTrue(Boolean.TRUE.equals(drawer.get("mainInert")), "the page behind the drawer is inert");
            assertTrue(((Number) drawer.get("sideways")).intValue() <= 0, "the open drawer does not widen the page: " + drawer);
            b.screenshot("phone-menu-2-open");
            new org.openqa.selenium.interactions.Actions(b.driver()).sendKeys(org.openqa.selenium.Keys.TAB).perform();
            assertTrue((Boolean) js.executeScript("return document.getElementById('drr-nav').contains(document.activeElement);"),
                    "Tab stays in the drawer");

            new org.openqa.selenium.interactions.Actions(b.driver()).sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
            assertTrue(!b.find("#drr-nav a[href='/regulator/trends']").isDisplayed(), "Escape folds it again");
            assertClosedWithFocusOnTheButton(b, toggle, "Escape");

            openMenu(b, toggle);
            b.find(".drr-nav-close").click();
            assertClosedWithFocusOnTheButton(b, toggle, "the close button");

            openMenu(b, toggle);
            new org.openqa.selenium.interactions.Actions(b.driver()).moveToLocation(20, 400).click().perform();
            assertClosedWithFocusOnTheButton(b, toggle, "a tap beside the drawer");

            openMenu(b, toggle);
            b.find("#drr-nav a[href='/regulator/trends']").click();
            b.waitFor(d -> b.path().equals("/regulator/trends"));

            b.size(1440, 900);
            toggle = b.find(".drr-menu-toggle");
            assertTrue(b.find("#drr-nav a[href='/regulator/trends']").isDisplayed() && !toggle.isDisplayed()
                    && !b.find(".drr-nav-close").isDisplayed(), "on a desktop the menu is a row and there is no button");
        }
    }

    /**
     * The pictures page's section tabs stick to the top of the screen; a jump to a section must leave its heading
     * below them (on a phone they wrapped to three rows and covered it), in Korean and in English.
     */
    @Test
    void onAPhoneATabJumpLeavesTheHeadingBelowTheStickyTabs() {
        String topology = filings.submitted("탭 시험", Filings.YEAR + 1);
        for (String lang : List.of("ko", "en")) {
            try (Browser b = Browser.open(base, lang)) {
                b.signIn(filings.officer(), Browserless.PASSWORD);
                b.size(390, 844);
                b.go("/filings/" + topology + "/pictures");
                for (String section : List.of("matrix", "whatif", "diagram")) {
                    b.find(".pic-toc a[href='#" + section + "']").click();
                    @SuppressWarnings("unchecked")
                    Map<String, Number> at = (Map<String, Number>) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                            "return {tabs: document.querySelector('.pic-toc').getBoundingClientRect().bottom,"
                                    + " heading: document.querySelector('#' + arguments[0] + ' h2').getBoundingClientRect().top,"
                                    + " scrolled: window.scrollY};", section);
                    assertTrue(at.get("scrolled").doubleValue() > 0 || section.equals("diagram"), lang + " #" + section + ": the tab jumped " + at);
                    assertTrue(at.get("heading").doubleValue() >= at.get("tabs").doubleValue(),
                            lang + " #" + section + ": the heading is below the sticky tabs, not under them " + at);
                    b.screenshot("phone-tabs-" + lang + "-" + section);
                }
            }
        }
    }

    /**
     * The loss matrix's footer counts the people each scenario affects under columns 44 px wide: they were rotated a
     * quarter turn; now they read horizontally, one line per group of three digits, inside their column.
     */
    @Test
    void theLossMatrixFooterReadsHorizontally() {
        String topology = filings.submitted("매트릭스 시험", Filings.YEAR + 1);
        for (String lang : List.of("ko", "en")) {
            try (Browser b = Browser.open(base, lang)) {
                b.signIn(filings.officer(), Browserless.PASSWORD);
                for (int width : new int[] {1440, 390}) {
                    b.size(width, width == 390 ? 844 : 900);
                    b.go("/filings/" + topology + "/pictures#matrix");
                    @SuppressWarnings("unchecked")
                    List<String> wrong = (List<String>) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("""
                            const foot = document.querySelector('.pic-matrix tfoot');
                            foot.scrollIntoView({block: 'end'});
                            const wrong = [];
                            for (const td of foot.querySelectorAll('tr.pic-foot-users td')) {
                              const span = td.querySelector('span'), c = td.getBoundingClientRect(), t = span.getBoundingClientRect();
                              if (getComputedStyle(span).writingMode !== 'horizontal-tb' || t.left < c.left - 0.5 || t.right > c.right + 0.5)
                                wrong.push(span.textContent + ' ' + getComputedStyle(span).writingMode + ' ' + Math.round(t.width) + '/' + Math.round(c.width));
                            }
                            return wrong;
                            """);
                    assertTrue(b.all(".pic-matrix tfoot tr.pic-foot-users td").size() > 0 && wrong.isEmpty(),
                            lang + " @" + width + ": every users-lost figure is horizontal and inside its column: " + wrong);
                    b.screenshot("matrix-footer-" + lang + "-" + width);
                }
            }
        }
    }

    private static void assertClosedWithFocusOnTheButton(Browser b, org.openqa.selenium.WebElement toggle, String how) {
        org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) b.driver();
        assertTrue(!b.find("#drr-nav a[href='/regulator/trends']").isDisplayed() && "false".equals(toggle.getAttribute("aria-expanded")),
                how + " closes the drawer");
        assertTrue((Boolean) js.executeScript("return document.activeElement === document.querySelector('.drr-menu-toggle')"
                + " && !document.getElementById('main').inert;"), how + " puts focus back on the menu button, the page is live again");
    }
}
