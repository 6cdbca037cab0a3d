package kr.drregistry.identity.sso;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.identity.AppUser;

/**
 * Sign-in through an OpenID Connect provider (the WireMock OIDC server of quarkus-test-oidc-server) the way a
 * browser does it: /login's SSO button → /oidc/login → the provider → back with a code → the app's ordinary
 * session. The provider's token endpoint is re-stubbed per test to hand out an ID token with the claims under test.
 */
@org.junit.jupiter.api.Tag("browser")
@QuarkusTest
@TestProfile(OidcLoginTest.OidcOn.class)
class OidcLoginTest {
    static final String CLIENT = "dr-registry";

    /** OIDC on, pointing at the WireMock provider (its own Quarkus start; keep every OIDC-on test in this class). */
    public static class OidcOn implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("drr.oidc.enabled", "true",
                    "quarkus.oidc.auth-server-url", "${keycloak.url}/realms/quarkus/",
                    "quarkus.oidc.client-id", CLIENT,
                    "quarkus.oidc.credentials.secret", "test-client-secret-0123456789abcdef",
                    "drr.oidc.organisation-claim", "organisation",
                    "drr.oidc.roles-claim", "realm_access/roles");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
        }
    }

    @OidcWireMock
    WireMockServer provider;

    /** The next sign-in at the provider yields an ID token with these claims. */
    void providerSignsIn(String subject, String username, Object organisation, List<String> roles) {
        var claims = Jwt.issuer("https://server.example.com").audience(CLIENT).subject(subject)
                .claim("preferred_username", username).claim("name", username).claim("email", username + "@sso.example")
                .claim("realm_access", Map.of("roles", roles)).expiresIn(300);
        if (organisation != null) {
            claims.claim("organisation", organisation);
        }
        String idToken = claims.jws().keyId("1").sign("privateKey.jwk");
        String accessToken = OidcWiremockTestResource.getAccessToken(username, Set.copyOf(roles.isEmpty() ? List.of("none") : roles));
        provider.stubFor(post("/auth/realms/quarkus/token").withRequestBody(containing("authorization_code")).atPriority(1)
                .willReturn(aResponse().withHeader("Content-Type", "application/json").withBody("""
                        {"access_token": "%s", "id_token": "%s", "token_type": "Bearer", "expires_in": 300}
                        """.formatted(accessToken, idToken))));
    }

    /** Follows the code flow like a browser; returns the final response of /oidc/login and the app's cookies. */
    record Flow(Response page, Map<String, String> cookies) {
        String session() {
            return cookies.get("drr-session");
        }
    }

    Flow signInThroughSso() {
        return signInThroughSso("ko");
    }

    Flow signInThroughSso(String language) {
        Map<String, String> cookies = new HashMap<>();
        Response start = given().redirects().follow(false).get("/oidc/login");
        assertEquals(302, start.statusCode(), start.asString());
        cookies.putAll(start.getCookies());
        String authorize = start.getHeader("Location");
        assertTrue(authorize.startsWith(provider.baseUrl() + "/auth/realms/quarkus"), authorize);
        assertTrue(authorize.contains("code_challenge="), "PKCE: " + authorize);
        // the provider's login page, then its form post: it redirects back with state and code
        Map<String, String> q = query(authorize);
        given().get(authorize).then().statusCode(200);
        Response back = given().redirects().follow(false).queryParam("username", "someone").queryParam("state", q.get("state"))
                .queryParam("redirect_uri", q.get("redirect_uri")).get(provider.baseUrl() + "/login");
        assertEquals(302, back.statusCode());
        String callback = back.getHeader("Location");
        assertTrue(callback.contains("/oidc/login?state="), callback);
        Response r = given().redirects().follow(false).cookies(cookies).get(callback);
        for (int hops = 0; r.statusCode() == 302 && hops < 3; hops++) {
            cookies.putAll(r.getCookies());
            r = given().redirects().follow(false).cookies(cookies).accept("text/html").header("Accept-Language", language).get(URI.create(r.getHeader("Location")).getRawPath());
        }
        cookies.putAll(r.getCookies());
        return new Flow(r, cookies);
    }

    static Map<String, String> query(String url) {
        Map<String, String> out = new HashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            out.put(pair.substring(0, eq), java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
        }
        return out;
    }

    Response get(Flow flow, String path) {
        return given().redirects().follow(false).cookie("drr-session", flow.session()).cookie("drr-sid", flow.cookies().get("drr-sid"))
                .accept("text/html").get(path);
    }

    @Test
    void theLoginPageOffersSsoNextToTheForm() {
        given().accept("text/html").get("/login").then().statusCode(200)
                .body(containsString("href=\"/oidc/login\""), containsString("기관 SSO로 로그인"), containsString("name=\"j_password\""));
        given().accept("text/html").header("Accept-Language", "en").get("/login").then().body(containsString("Sign in with SSO"));
    }

    @Test
    void anOperatorEditorSignsInAndSeesTheirOrganisationsDashboard() {
        String sub = UUID.randomUUID().toString();
        providerSignsIn(sub, "kim.editor", "example-talk", List.of("operator-editor", "offline_access", "uma_authorization"));
        Flow flow = signInThroughSso();
        flow.page().then().statusCode(200).body(containsString("로그인되었습니다"), containsString("처음 만들어졌습니다"),
                containsString("id=\"sso-continue\""), containsString("kim.editor 님"));
        assertTrue(!flow.page().asString().contains("http-equiv=\"refresh\""),
                "a first sign-in waits for the person: no timed refresh moves a screen reader away from the notice");
        assertNotNull(flow.session(), "the app's own session cookie is set");
        assertTrue(flow.page().getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("q_session=;")
                && c.contains("Max-Age=0")), "the provider's tokens are dropped: " + flow.page().getHeaders().getValues("Set-Cookie"));
        String sessionCookie = flow.page().getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("drr-session="))
                .findFirst().orElseThrow();
        assertTrue(sessionCookie.toLowerCase().contains("httponly") && sessionCookie.toLowerCase().contains("samesite=strict"), sessionCookie);
        get(flow, "/").then().statusCode(303).header("Location", endsWith("/portal"));
        get(flow, "/portal").then().statusCode(200).body(containsString("예시톡 재난관리 업무"), containsString("kim.editor (example-talk)"));
        // tenancy and role checks are the ordinary ones: no regulator pages
        get(flow, "/regulator").then().statusCode(403);
        // the next time, the person goes on to the start page at once (no delay to wait through)
        providerSignsIn(sub, "kim.editor", "example-talk", List.of("operator-editor"));
        String again = signInThroughSso().page().then().statusCode(200).extract().asString();
        assertTrue(again.contains("<meta http-equiv=\"refresh\" content=\"0;url=/\">") && !again.contains("처음 만들어졌습니다"), again);

        AppUser user = QuarkusTransaction.requiringNew().call(() -> {
            AppUser u = AppUser.findByOidcSubject("https://server.example.com", sub);
            u.organisation.slug.length();
            return u;
        });
        assertEquals("kim.editor", user.username);
        assertEquals("operator-editor", user.roles, "unknown roles from the provider are ignored");
        assertEquals("example-talk", user.organisation.slug);
        // no usable password: the login form never lets this account in
        given().redirects().follow(false).contentType("application/x-www-form-urlencoded").formParam("j_username", "kim.editor")
                .formParam("j_password", "").post("/j_security_check").then().header("Location", containsString("/login?error"));

        List<String> actions = audit(user.id);
        assertTrue(actions.contains("user.oidc-provisioned"), actions.toString());
        assertTrue(actions.contains("user.oidc-login"), actions.toString());
    }

    @Test
    void theSsoSessionWorksForCsrfProtectedForms() {
        providerSignsIn(UUID.randomUUID().toString(), "lee.officer", "example-talk", List.of("operator-officer"));
        Flow flow = signInThroughSso();
        Response dash = get(flow, "/portal");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(dash.asString());
        assertTrue(m.find());
        given().redirects().follow(false).cookies(flow.cookies()).contentType("application/x-www-form-urlencoded")
                .post("/logout").then().statusCode(403);
        given().redirects().follow(false).cookies(flow.cookies())
                .contentType("application/x-www-form-urlencoded").formParam("csrf-token", m.group(1)).post("/logout")
                .then().statusCode(303).header("Location", endsWith("/login?out=1"));
        // signed out on the server: the same cookies open nothing any more
        given().redirects().follow(false).cookies(flow.cookies()).get("/portal").then().statusCode(302);
    }

    @Test
    void aRegulatorReviewerReachesTheReviewQueue() {
        providerSignsIn(UUID.randomUUID().toString(), "park.reviewer", "msit", List.of("regulator-reviewer"));
        Flow flow = signInThroughSso();
        flow.page().then().statusCode(200);
        get(flow, "/").then().statusCode(303).header("Location", endsWith("/regulator"));
        get(flow, "/regulator").then().statusCode(200).body(containsString("심사 대기열"));
    }

    @Test
    void rolesThatDoNotFitTheOrganisationAreIgnoredAndChangesAreAudited() {
        String sub = UUID.randomUUID().toString();
        providerSignsIn(sub, "choi", "example-talk", List.of("operator-editor", "regulator-lead", "admin"));
        Flow first = signInThroughSso();
        first.page().then().statusCode(200);
        get(first, "/portal").then().statusCode(200);
        providerSignsIn(sub, "choi", "example-talk", List.of("operator-officer"));
        Flow again = signInThroughSso();
        again.page().then().statusCode(200);
        AppUser user = QuarkusTransaction.requiringNew().call(() -> AppUser.findByOidcSubject("https://server.example.com", sub));
        assertEquals("choi", user.username, "the same subject signs in to the same account");
        assertEquals("operator-officer", user.roles);
        assertTrue(audit(user.id).contains("user.roles-changed"));
        // the session of the first sign-in had the old roles: it has ended (audited), the new one works
        get(first, "/portal").then().statusCode(302);
        assertTrue(audit(user.id).contains("session.revoked"), audit(user.id).toString());
        get(again, "/portal").then().statusCode(200);
        get(again, "/admin").then().statusCode(403);

        // an administrator disabled the account: the provider cannot bring it back
        QuarkusTransaction.requiringNew().run(() -> AppUser.<AppUser>findById(user.id).active = false);
        signInThroughSso().page().then().statusCode(403).body(containsString("비활성화되어 있습니다"));
        get(again, "/portal").then().statusCode(not(200));
    }

    @Test
    void aProviderUserNamedLikeALocalAccountNeverTakesItOver() {
        String rolesBefore = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("talk-officer").roles);
        providerSignsIn(UUID.randomUUID().toString(), "talk-officer", "example-talk", List.of("operator-editor"));
        Flow flow = signInThroughSso();
        flow.page().then().statusCode(200);
        get(flow, "/portal").then().statusCode(200).body(containsString("(example-talk)"));
        AppUser local = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("talk-officer"));
        assertNull(local.oidcSubject);
        assertEquals(rolesBefore, local.roles);
        assertNotNull(QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("talk-officer-2")));
    }

    @Test
    void anUnknownOrganisationIsRefusedAndNothingIsCreated() {
        String sub = UUID.randomUUID().toString();
        providerSignsIn(sub, "stranger", "no-such-org", List.of("operator-editor"));
        Flow flow = signInThroughSso();
        flow.page().then().statusCode(403).body(containsString("기관 SSO 로그인을 할 수 없습니다"), containsString("no-such-org"),
                containsString("등록되어 있지 않습니다"));
        assertNull(flow.session());
        assertNull(QuarkusTransaction.requiringNew().call(() -> AppUser.findByOidcSubject("https://server.example.com", sub)));
        assertNull(QuarkusTransaction.requiringNew().call(() -> kr.drregistry.identity.Organisation.findBySlug("no-such-org")));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("action = ?1 and actor = ?2",
                "user.oidc-login-refused", "oidc:stranger").count()) > 0);
    }

    @Test
    void noRolesIsRefusedInKoreanAndEnglish() {
        providerSignsIn(UUID.randomUUID().toString(), "nobody", "example-talk", List.of("offline_access"));
        Flow flow = signInThroughSso();
        flow.page().then().statusCode(403).body(containsString("DR 레지스트리 역할이 없습니다"), not(containsString("로그인되었습니다")));
        assertNull(flow.session());
        providerSignsIn(UUID.randomUUID().toString(), "nobody2", "example-talk", List.of());
        Flow en = signInThroughSso("en");
        en.page().then().statusCode(403).body(containsString("SSO sign-in is not possible"), containsString("has no DR Registry role"));
        assertNull(en.session());
    }

    @Test
    void aMissingOrganisationClaimIsRefused() {
        providerSignsIn(UUID.randomUUID().toString(), "orphan", null, List.of("operator-editor"));
        signInThroughSso().page().then().statusCode(403).body(containsString("소속 기관 정보가 없거나"));
        providerSignsIn(UUID.randomUUID().toString(), "twice", List.of("example-talk", "example-portal"), List.of("operator-editor"));
        signInThroughSso().page().then().statusCode(403).body(containsString("소속 기관 정보가 없거나"));
    }

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URL base;

    /**
     * A real browser. The app is opened as 127.0.0.1 and the provider runs on localhost: two different sites, as in
     * production, so the SameSite=Strict session cookie really has to survive the hand-over from the provider.
     */
    @Test
    void inABrowserTheSsoButtonLeadsToTheDashboard() throws Exception {
        providerSignsIn(UUID.randomUUID().toString(), "jung.browser", "example-talk", List.of("operator-editor"));
        java.net.URL app = new java.net.URL("http://127.0.0.1:" + base.getPort() + "/");
        try (kr.drregistry.support.Browser b = kr.drregistry.support.Browser.open(app, "ko")) {
            b.go("/login");
            b.screenshot("sso-login");
            assertTrue(b.accessibilityViolations().isEmpty(), "the sign-in page with its SSO button: " + b.accessibilityViolations());
            b.find("#sso-login").click();
            b.waitFor(d -> d.getCurrentUrl().startsWith(provider.baseUrl()));
            b.find("#username").sendKeys("jung.browser");
            b.find("#login").click();
            // a first sign-in: the page that says an account was made stays until the person goes on
            b.waitFor(d -> !d.findElements(org.openqa.selenium.By.id("sso-continue")).isEmpty());
            assertTrue(b.text().contains("처음 만들어졌습니다"), b.text());
            assertTrue(b.accessibilityViolations().isEmpty(), "the first SSO sign-in's page: " + b.accessibilityViolations());
            b.find("#sso-continue").click();
            b.waitFor(d -> d.getCurrentUrl().endsWith("/portal"));
            assertTrue(b.text().contains("예시톡 재난관리 업무"), b.text());
            assertTrue(b.text().contains("jung.browser (example-talk)"), b.text());
            b.screenshot("sso-dashboard");

            providerSignsIn(UUID.randomUUID().toString(), "no.org", "no-such-org", List.of("operator-editor"));
            b.driver().manage().deleteAllCookies();
            b.go("/login");
            b.find("#sso-login").click();
            b.waitFor(d -> d.getCurrentUrl().startsWith(provider.baseUrl()));
            b.find("#username").sendKeys("no.org");
            b.find("#login").click();
            b.waitFor(d -> d.getCurrentUrl().contains("/oidc/login") && !d.getCurrentUrl().contains("code="));
            assertTrue(b.text().contains("등록되어 있지 않습니다"), b.text());
            b.screenshot("sso-refused");
            assertTrue(b.accessibilityViolations().isEmpty(), "the refused sign-in: " + b.accessibilityViolations());
            b.size(390, 844);
            Number sideways = (Number) ((org.openqa.selenium.JavascriptExecutor) b.driver())
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
            assertTrue(sideways.intValue() <= 0, "the refused sign-in fits a phone: " + sideways + " px over");
            assertTrue(b.accessibilityViolations().isEmpty(), "the refused sign-in on a phone: " + b.accessibilityViolations());
        }
    }

    static List<String> audit(UUID userId) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>find("subjectId = ?1 order by seq", userId.toString())
                .list().stream().map(e -> e.action).toList());
    }
}
