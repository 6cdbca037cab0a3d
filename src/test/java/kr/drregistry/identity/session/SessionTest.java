package kr.drregistry.identity.session;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.support.Accounts;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;
import kr.drregistry.support.Browserless;

/**
 * Sessions end on the server: a copy of the cookies taken before sign-out opens nothing; neither does one older than
 * the absolute lifetime, however recently it was renewed; and a change of what the account may do (roles, password,
 * organisation, deactivation) ends its sessions at once. Sign-in and sign-out are in the audit trail.
 */
@QuarkusTest
class SessionTest {
    private static final String PASSWORD = "session-test-2026";

    @Inject
    EntityManager em;

    private static String newAccount() {
        return Accounts.create("session", PASSWORD);
    }

    private static Map<String, String> signIn(String username) {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD).post("/j_security_check");
        assertTrue(r.getCookies().containsKey("drr-session"), "signed in: " + r.statusCode());
        return r.getCookies();
    }

    private static Response portal(Map<String, String> cookies) {
        return given().redirects().follow(false).cookies(cookies).accept("text/html").get("/portal");
    }

    private static void refused(Map<String, String> cookies, String why) {
        Response r = portal(cookies);
        assertEquals(302, r.statusCode(), why);
        assertTrue(r.getHeader("Location").contains("/login"), why + ": " + r.getHeader("Location"));
    }

    private static List<String> audit(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("actor = ?1 or subjectId = ?1 order by seq", subject)
                .stream().map(e -> e.action).toList());
    }

    private static Instant instant(Object o) {
        return o instanceof Timestamp t ? t.toInstant() : o instanceof java.time.OffsetDateTime d ? d.toInstant() : (Instant) o;
    }

    @Test
    void aCookieSavedBeforeSignOutNoLongerOpensThePortal() {
        Tenant tenant = Tenants.fresh("signout");
        Browserless talk = Browserless.signIn(tenant.officer());
        Map<String, String> saved = Map.copyOf(talk.cookies());
        Browserless elsewhere = Browserless.signIn(tenant.officer());
        String token = talk.csrfToken("/portal");
        Response out = given().redirects().follow(false).cookies(talk.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).post("/logout");
        assertEquals(303, out.statusCode());
        for (String name : List.of("drr-session=", "drr-sid=")) {
            assertTrue(out.getHeaders().getValues("Set-Cookie").stream().anyMatch(c -> c.startsWith(name) && c.contains("Max-Age=0")),
                    name + " is emptied: " + out.getHeaders().getValues("Set-Cookie"));
        }
        refused(saved, "the cookies saved before sign-out");
        elsewhere.get("/portal").then().statusCode(200); // the person's session in another browser stays
    }

    @Test
    void aSessionEndsAtItsAbsoluteLifetimeHoweverFreshItsCookie() {
        String user = newAccount();
        Map<String, String> cookies = signIn(user);
        portal(cookies).then().statusCode(200);
        Object[] times = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select s.created_at, s.expires_at from user_session s join app_user u on u.id = s.user_id where u.username = ?1")
                .setParameter(1, user).getSingleResult());
        Duration lifetime = Duration.between(instant(times[0]), instant(times[1]));
        assertEquals(Duration.ofHours(12), lifetime, "the absolute lifetime of a session (drr.session.max-age)");
        // twelve hours later (the row says so): the form cookie, renewed a moment ago, opens nothing
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update user_session set expires_at = now() - interval '1 second' where user_id = (select id from app_user where username = ?1)")
                .setParameter(1, user).executeUpdate());
        refused(cookies, "past the absolute lifetime");
    }

    @Test
    void changingRolesPasswordOrOrganisationOrDeactivatingEndsTheSessions() {
        for (String change : List.of("roles = 'operator-editor,operator-officer'", "password_hash = 'x'",
                "organisation_id = (select id from organisation where slug = 'example-portal')", "active = false")) {
            String user = newAccount();
            Map<String, String> first = signIn(user);
            Map<String, String> second = signIn(user);
            portal(first).then().statusCode(200);
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update app_user set " + change + " where username = ?1")
                    .setParameter(1, user).executeUpdate());
            refused(first, change);
            refused(second, change);
        }
        // a change that does not touch what the account may do leaves the sessions alone
        String user = newAccount();
        Map<String, String> cookies = signIn(user);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("update app_user set display_name = 'new name' where username = ?1")
                .setParameter(1, user).executeUpdate());
        portal(cookies).then().statusCode(200);
    }

    @Test
    void aSessionCookieOfOneAccountCannotBeUsedWithAnothersSessionId() {
        Tenant tenant = Tenants.fresh("mixed");
        Browserless editor = Browserless.signIn(tenant.editor());
        Browserless officer = Browserless.signIn(tenant.officer());
        Map<String, String> mixed = new java.util.HashMap<>(editor.cookies());
        mixed.put("drr-sid", officer.cookies().get("drr-sid"));
        refused(mixed, "the form cookie of one account with the session id of another");
        Map<String, String> noId = new java.util.HashMap<>(editor.cookies());
        noId.remove("drr-sid");
        refused(noId, "a form cookie without a server-side session");
    }

    @Test
    void signInAndSignOutAreAudited() {
        String user = newAccount();
        Map<String, String> cookies = signIn(user);
        String page = portal(cookies).then().statusCode(200).extract().asString();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(page);
        assertTrue(m.find());
        given().redirects().follow(false).cookies(cookies).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", m.group(1)).post("/logout").then().statusCode(303);
        List<String> actions = audit(user);
        assertTrue(actions.contains("user.sign-in"), actions.toString());
        assertTrue(actions.contains("user.sign-out"), actions.toString());
        assertFalse(actions.contains("session.revoked"), actions.toString());
        given().accept("text/html").get("/login?out=1").then().body(containsString("로그아웃되었습니다"));
    }
}
