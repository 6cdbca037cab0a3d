package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;

/**
 * Every response carries the security headers; pages run under a Content Security Policy that allows no inline
 * script; HSTS and Secure cookies when the request came over HTTPS (here: as the trusted proxy of the test profile
 * says with X-Forwarded-Proto).
 */
@QuarkusTest
class SecurityHeadersTest {

    private static void hasTheHeaders(Response r, String what) {
        String csp = r.getHeader("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                && csp.contains("default-src 'self'") && !csp.contains("unsafe-eval"), what + ": " + csp);
        assertEquals("nosniff", r.getHeader("X-Content-Type-Options"), what);
        assertEquals("same-origin", r.getHeader("Referrer-Policy"), what);
        assertTrue(r.getHeader("Permissions-Policy") != null && r.getHeader("Permissions-Policy").contains("camera=()"), what);
        assertEquals("DENY", r.getHeader("X-Frame-Options"), what);
    }

    @Test
    void pagesStaticFilesRedirectsAndRefusalsCarryTheHeaders() {
        Browserless talk = Browserless.signIn("talk-editor");
        Response page = talk.get("/portal");
        hasTheHeaders(page, "a page");
        String csp = page.getHeader("Content-Security-Policy");
        assertFalse(csp.contains("'unsafe-inline'") && csp.matches(".*script-src[^;]*'unsafe-inline'.*"), "no inline script: " + csp);
        hasTheHeaders(given().get("/login"), "the sign-in page");
        hasTheHeaders(given().get("/static/app.css"), "a static file");
        hasTheHeaders(given().redirects().follow(false).get("/portal"), "the redirect to the sign-in page");
        hasTheHeaders(talk.get("/regulator"), "a 403 page");
        hasTheHeaders(given().get("/api/v1/me"), "an API 401");
        assertNull(page.getHeader("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    @Test
    void overHttpsThereIsHstsAndEveryCookieIsSecure() {
        Response login = given().redirects().follow(false).header("X-Forwarded-Proto", "https").contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "talk-editor").formParam("j_password", Browserless.PASSWORD).post("/j_security_check");
        assertTrue(login.getHeader("Strict-Transport-Security").startsWith("max-age=31536000"), login.getHeader("Strict-Transport-Security"));
        List<String> cookies = login.getHeaders().getValues("Set-Cookie");
        for (String name : List.of("drr-session=", "drr-sid=")) {
            String cookie = cookies.stream().filter(c -> c.startsWith(name)).findFirst().orElseThrow(() -> new AssertionError(name + " in " + cookies));
            assertTrue(cookie.contains("Secure"), cookie);
            assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
            assertTrue(cookie.toLowerCase().contains("samesite=strict"), cookie);
        }
        String lang = given().redirects().follow(false).header("X-Forwarded-Proto", "https").get("/lang/en").getHeader("Set-Cookie");
        assertTrue(lang.contains("Secure"), lang);
        assertFalse(given().redirects().follow(false).get("/lang/en").getHeader("Set-Cookie").contains("Secure"), "plain HTTP: no Secure");
    }

    @Test
    void swaggerUiHasItsOwnPolicyAndNoInlineScript() {
        Response r = given().get("/q/swagger-ui/");
        assertEquals(200, r.statusCode());
        String csp = r.getHeader("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self';") && csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(r.asString().contains("/static/swagger-init.js"), r.asString());
        assertTrue(inlineScripts(r.asString()).isEmpty(), "no inline script in Swagger UI's page");
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().get("/static/swagger-init.js").then().statusCode(200);
    }

    /** No template has an inline script, an inline event handler, hx-on or a javascript: URL (the CSP would block them). */
    @Test
    void noTemplateHasInlineScriptOrEventHandlers() throws IOException {
        Pattern handler = Pattern.compile("\\s(on[a-z]+|hx-on[:\\w-]*)\\s*=", Pattern.CASE_INSENSITIVE);
        List<String> found = new java.util.ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("/mail/")).toList()) {
                String html = Files.readString(f);
                inlineScripts(html).forEach(s -> found.add(f + ": inline script " + s));
                Matcher m = handler.matcher(html);
                while (m.find()) {
                    found.add(f + ": " + m.group().trim());
                }
                if (html.toLowerCase().contains("javascript:")) {
                    found.add(f + ": javascript: URL");
                }
            }
        }
        assertTrue(found.isEmpty(), String.join("\n", found));
    }

    /** Script elements with content that would run: neither a src nor a data type (application/json). */
    static List<String> inlineScripts(String html) {
        Matcher m = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE).matcher(html);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            String attributes = m.group(1);
            if (!attributes.contains("src=") && !attributes.contains("application/json") && !m.group(2).isBlank()) {
                out.add(m.group().substring(0, Math.min(80, m.group().length())));
            }
        }
        return out;
    }
}
