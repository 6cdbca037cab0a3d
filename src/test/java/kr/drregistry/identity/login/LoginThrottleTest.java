package kr.drregistry.identity.login;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Organisation;

/** Guessing a password: five wrong ones in a row lock the account for a while, on the form and the API alike. */
@QuarkusTest
class LoginThrottleTest {
    private static final String PASSWORD = "correct-horse-2026";

    private static String newAccount() {
        String username = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser u = new AppUser();
            u.id = UUID.randomUUID();
            u.username = username;
            u.displayName = "잠금 시험";
            u.email = username + "@example.org";
            u.passwordHash = BcryptUtil.bcryptHash(PASSWORD);
            u.organisation = Organisation.findBySlug("example-talk");
            u.roles = "operator-editor";
            u.active = true;
            u.createdAt = Instant.now();
            u.persist();
        });
        return username;
    }

    private static Response form(String username, String password) {
        return given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", password).post("/j_security_check");
    }

    private static boolean signedIn(Response r) {
        return r.getCookies().containsKey("drr-session") && !r.getCookies().get("drr-session").isEmpty();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() {
        String user = newAccount();
        for (int i = 1; i <= 4; i++) {
            Response wrong = form(user, "guess-" + i);
            assertFalse(signedIn(wrong));
            assertTrue(wrong.getHeader("Location").endsWith("/login?error=1"), wrong.getHeader("Location"));
        }
        assertEquals(4, QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(user).failedLogins), "failures are counted");
        assertTrue(signedIn(form(user, PASSWORD)), "four failures and the right password: signed in, and the count starts again");
        for (int i = 1; i <= 4; i++) {
            assertFalse(signedIn(form(user, "again-" + i)));
        }
        given().auth().preemptive().basic(user, "api-guess").get("/api/v1/me").then().statusCode(401); // the fifth, on the API
        assertFalse(signedIn(form(user, PASSWORD)), "locked: the right password is refused too");
        given().auth().preemptive().basic(user, PASSWORD).get("/api/v1/me").then().statusCode(401);

        Instant until = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(user).lockedUntil);
        assertNotNull(until);
        assertTrue(until.isAfter(Instant.now().plusSeconds(14 * 60)), "locked for 15 minutes: " + until);
        long audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.count("action = ?1 and subjectId = ?2", "login.locked", user));
        assertEquals(1, audited, "the lock is in the audit trail");

        String page = given().accept("text/html").get("/login?error=1").then().statusCode(200).extract().asString();
        assertTrue(page.contains("5번 잇달아 틀리면 그 계정은 15분 동안 로그인할 수 없습니다"), "the sign-in page says how the lock works");

        // once the lock has passed, the right password works again
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("lockedUntil = ?1 where username = ?2", Instant.now().minusSeconds(1), user));
        assertTrue(signedIn(form(user, PASSWORD)));
        assertNull(QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(user).lockedUntil));
        given().auth().preemptive().basic(user, PASSWORD).get("/api/v1/me").then().statusCode(200);
    }

    @Test
    void unknownUserNamesAreRefusedLikeWrongPasswords() {
        Response r = form("no-such-user-" + UUID.randomUUID(), "whatever");
        assertFalse(signedIn(r));
        assertTrue(r.getHeader("Location").endsWith("/login?error=1"));
    }
}
