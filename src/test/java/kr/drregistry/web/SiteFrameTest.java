package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;

/**
 * What a new user meets on every page: the KRDS government masthead, the footer (who runs the service, the privacy
 * notice, how to reach them), the favicon, and stylesheets, imports, fonts and scripts that all load.
 */
@QuarkusTest
class SiteFrameTest {
    private static final Pattern LINKED = Pattern.compile("<(?:link[^>]*rel=\"(?:stylesheet|icon)\"[^>]*href|script[^>]*src)=\"([^\"]+)\"");
    private static final Pattern CSS_REF = Pattern.compile("@import\\s+(?:url\\()?[\"']?([^\"')]+)[\"']?\\)?|url\\([\"']?([^\"')]+)[\"']?\\)");

    private static String page(String path, String lang) {
        return given().cookie("drr-lang", lang).accept("text/html").get(path).then().statusCode(200).extract().asString();
    }

    @Test
    void theLoginPageCarriesTheMastheadAndTheFooterInKoreanAndEnglish() {
        String ko = page("/login", "ko");
        assertTrue(ko.contains("<div id=\"krds-masthead\">"), "the KRDS masthead");
        assertTrue(ko.contains("이 누리집은 대한민국 공식 전자정부 누리집입니다."));
        assertTrue(ko.contains("운영: 과학기술정보통신부 · DR 레지스트리"), "who runs the service");
        assertTrue(ko.contains("<a href=\"/privacy\" class=\"point\">개인정보처리방침</a>"), "the privacy notice");
        assertTrue(ko.contains("href=\"mailto:help@dr-registry.example\""), "the contact");
        assertTrue(ko.contains("이 누리집은 과학기술정보통신부 누리집입니다."), "the KRDS identifier");
        assertTrue(ko.contains("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">"));

        String en = page("/login", "en");
        assertTrue(en.contains("This is an official e-government website of the Republic of Korea."));
        assertTrue(en.contains("Operated by the Ministry of Science and ICT"));
        assertTrue(en.contains(">Privacy notice</a>"));
        assertFalse(en.contains("누리집"), "no Korean left in the frame of the English page");
    }

    @Test
    void theFrameKeepsItsLandmarksAndSkipLinkAndHasNoInlineScript() {
        Browserless editor = Browserless.signIn("talk-editor");
        for (String html : List.of(page("/login", "ko"), page("/guide/drr-v1", "ko"), page("/privacy", "en"),
                editor.get("/portal").then().statusCode(200).extract().asString())) {
            String body = html.substring(html.indexOf("<body"));
            int skip = body.indexOf("<a class=\"skip-link\" href=\"#main\">");
            assertTrue(skip > 0 && skip < body.indexOf("<header"), "the skip link comes first");
            int banner = body.indexOf("<header class=\"drr-header\" role=\"banner\">");
            assertTrue(banner > 0 && banner < body.indexOf("krds-masthead"), "the masthead is inside the banner landmark");
            assertTrue(body.contains("<main id=\"main\""));
            assertTrue(body.contains("role=\"contentinfo\""));
            assertEquals(body.indexOf("<main"), body.lastIndexOf("<main"), "one main landmark");
            Matcher script = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>").matcher(html);
            assertFalse(script.find(), "no inline script: " + (script.find(0) ? script.group() : ""));
            assertFalse(Pattern.compile("\\son[a-z]+=\"").matcher(html).find(), "no inline event handler");
        }
    }

    @Test
    void thePrivacyNoticeIsPublicInKoreanAndEnglish() {
        String ko = page("/privacy", "ko");
        assertTrue(ko.contains("<h1>개인정보처리방침</h1>") && ko.contains("drr-session") && ko.contains("감사 기록"));
        String en = page("/privacy", "en");
        assertTrue(en.contains("<h1>Privacy notice</h1>") && en.contains("drr-lang") && en.contains("help@dr-registry.example"));
    }

    @Test
    void theFaviconIsServed() {
        Response ico = given().get("/favicon.ico");
        assertEquals(200, ico.statusCode());
        byte[] bytes = ico.asByteArray();
        assertTrue(bytes.length > 22 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 1 && bytes[3] == 0, "an ICO file");
        Response svg = given().get("/favicon.svg");
        assertEquals(200, svg.statusCode());
        assertTrue(svg.contentType().startsWith("image/svg+xml"), svg.contentType());
        assertTrue(svg.asString().contains("<svg") && svg.asString().contains("DR Registry"));
    }

    /**
     * Every stylesheet, icon and script the pages link loads, and so does everything the stylesheets pull in with
     * {@code @import} or {@code url()} (fonts, icons) — transitively.
     */
    @Test
    void everythingThePagesAndTheirStylesheetsReferToLoads() {
        Browserless editor = Browserless.signIn(kr.drregistry.support.Tenants.fresh("frame").editor());
        String workspace = "/portal/filings/" + kr.drregistry.support.Portal.startTopology(editor, 2027, "화면 시험 토폴로지") + "/topology";
        Map<String, String> pages = Map.of(
                "/login", page("/login", "ko"),
                "/guide/drr-v1", page("/guide/drr-v1", "en"),
                "/privacy", page("/privacy", "ko"),
                "/portal", editor.get("/portal").asString(),
                workspace, editor.get(workspace).asString());
        Set<String> checked = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>();
        pages.forEach((path, html) -> {
            Matcher m = LINKED.matcher(html);
            while (m.find()) {
                pending.add(URI.create(path).resolve(m.group(1)).toString());
            }
        });
        assertTrue(pending.stream().anyMatch(u -> u.endsWith("/component.css")), "the pages link the KRDS stylesheet: " + pending);
        while (!pending.isEmpty()) {
            String url = pending.poll();
            if (!checked.add(url)) {
                continue;
            }
            Response r = given().get(url);
            assertEquals(200, r.statusCode(), url + " loads");
            if (url.endsWith(".css")) {
                Matcher m = CSS_REF.matcher(r.asString());
                while (m.find()) {
                    String ref = m.group(1) != null ? m.group(1) : m.group(2);
                    if (!ref.startsWith("data:")) {
                        pending.add(URI.create(url).resolve(ref.trim()).toString());
                    }
                }
            }
        }
        assertTrue(checked.contains("/vendor/krds-uiux/css/krds_tokens.css"), "the KRDS tokens are imported: " + checked);
        assertTrue(checked.stream().anyMatch(u -> u.endsWith(".woff2")), "fonts are followed");
        assertTrue(checked.stream().anyMatch(u -> u.endsWith("ico_flag.svg")), "the masthead's flag icon is followed");
        assertTrue(checked.size() > 50, "icons are followed too: " + checked.size());
    }
}
