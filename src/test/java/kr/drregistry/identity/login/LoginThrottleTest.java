package kr.drregistry.identity.login;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kr.drregistry.audit.AuditEntry;
import kr.drregistry.identity.AuthAudit;
import kr.drregistry.support.Accounts;

/**
 * Guessing passwords is slowed down per address and account, and a stranger can never lock the owner out. The
 * tests come from made-up addresses: the test profile trusts the local proxy's X-Forwarded-For (as the chart trusts
 * its ingress), so each address is a different client to the app.
 */
@QuarkusTest
class LoginThrottleTest {
    private static final String PASSWORD = "correct-horse-2026";

    @Inject
    AuthAudit authAudit;

    private static String newAccount() {
        return Accounts.create("throttle", PASSWORD);
    }

    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "198.51." + r.nextInt(100, 255) + "." + r.nextInt(1, 255);
    }

    private static Response basic(String user, String password, String from) {
        return given().auth().preemptive().basic(user, password).header("X-Forwarded-For", from).get("/api/v1/me");
    }

    private static Response form(String user, String password, String from) {
        return given().redirects().follow(false).header("X-Forwarded-For", from).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", user).formParam("j_password", password).post("/j_security_check");
    }

    private static boolean signedIn(Response r) {
        return r.getCookies().containsKey("drr-session") && !r.getCookies().get("drr-session").isEmpty();
    }

    @Test
    void aStrangersWrongPasswordsNeverLockTheOwnerOut() {
        String user = newAccount();
        String stranger = address();
        for (int i = 1; i <= 5; i++) {
            basic(user, "guess-" + i, stranger).then().statusCode(401);
        }
        Response waiting = basic(user, PASSWORD, stranger);
        assertEquals(429, waiting.statusCode(), "the stranger's next try waits, even with the right password: " + waiting.asString());
        assertTrue(Integer.parseInt(waiting.getHeader("Retry-After")) >= 1, waiting.getHeader("Retry-After"));
        assertTrue(waiting.getContentType().startsWith("application/problem+json"));

        String owner = address();
        basic(user, PASSWORD, owner).then().statusCode(200);
        assertTrue(signedIn(form(user, PASSWORD, owner)), "the owner signs in from elsewhere at once");
        // the stranger keeps trying: the owner is never affected
        for (int i = 0; i < 3; i++) {
            basic(user, "more-" + i, stranger);
        }
        basic(user, PASSWORD, owner).then().statusCode(200);
    }

    @Test
    void theWaitDoublesAndTheRightPasswordAfterTheWaitStartsAfresh() throws Exception {
        String user = newAccount();
        String from = address();
        for (int i = 1; i <= 5; i++) {
            form(user, "guess-" + i, from);
        }
        // (the test profile's first wait is 5 s, so that a busy machine's next request still falls inside it)
        Response formWaiting = form(user, PASSWORD, from);
        assertFalse(signedIn(formWaiting), "the form waits too, the right password is not even looked at");
        assertTrue(formWaiting.getHeader("Location").contains("/login?error"), formWaiting.getHeader("Location"));
        int first = Integer.parseInt(basic(user, "again", from).then().statusCode(429).extract().header("Retry-After"));
        assertTrue(first >= 1 && first <= 5, "the first wait: " + first);
        Thread.sleep(first * 1000L + 300);
        basic(user, "wrong-after-the-wait", from).then().statusCode(401); // checked, and wrong: the next wait doubles
        int second = Integer.parseInt(basic(user, "again", from).then().statusCode(429).extract().header("Retry-After"));
        assertTrue(second > first && second <= 10, first + " then " + second);
        Thread.sleep(second * 1000L + 300);
        basic(user, PASSWORD, from).then().statusCode(200);
        basic(user, "one-wrong", from).then().statusCode(401); // counted from zero again: no wait
        basic(user, PASSWORD, from).then().statusCode(200);
    }

    @Test
    void unknownNamesAreAnsweredExactlyLikeRealOnes() {
        List<List<Integer>> answers = new ArrayList<>();
        for (String name : List.of(newAccount(), "no-such-" + UUID.randomUUID().toString().substring(0, 8))) {
            String from = address();
            List<Integer> statuses = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                statuses.add(basic(name, "guess-" + i, from).statusCode());
            }
            answers.add(statuses);
        }
        assertEquals(List.of(401, 401, 401, 401, 401, 429), answers.get(0));
        assertEquals(answers.get(0), answers.get(1), "a name that does not exist is throttled the same way");
    }

    @Test
    void oneAddressSprayingManyAccountsIsSlowedDown() {
        String real = newAccount();
        String sprayer = address();
        for (int i = 0; i < 30; i++) {
            basic("spray-" + i + "-" + UUID.randomUUID().toString().substring(0, 4), "Winter2026!", sprayer).then().statusCode(401);
        }
        basic(real, PASSWORD, sprayer).then().statusCode(429);
        basic(real, PASSWORD, address()).then().statusCode(200);
    }

    @Test
    void failuresAndTheThrottleAreAuditedWithTheirReasonNeverThePassword() {
        authAudit.flushAll();
        String user = newAccount();
        String from = address();
        for (int i = 1; i <= 5; i++) {
            basic(user, "secret-guess-" + i, from);
        }
        basic(user, PASSWORD, from).then().statusCode(429);
        String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        basic(unknown, "secret-guess", address());
        List<AuditEntry> entries = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "subjectId in (?1, ?2) order by seq", user, unknown));
        assertEquals(5, entries.stream().filter(e -> e.action.equals("user.sign-in-failed") && e.detail.startsWith("wrong-password")).count(),
                entries.stream().map(e -> e.action + ": " + e.detail).toList().toString());
        assertEquals(1, entries.stream().filter(e -> e.action.equals("user.sign-in-failed") && e.detail.startsWith("throttled")).count());
        assertEquals(1, entries.stream().filter(e -> e.action.equals("login.throttled")).count(), "the throttle engaging is audited once");
        assertEquals(1, entries.stream().filter(e -> e.action.equals("user.sign-in-failed") && e.detail.startsWith("unknown-account")).count());
        assertTrue(entries.stream().allMatch(e -> e.detail == null || !e.detail.contains("secret-guess") && !e.detail.contains(PASSWORD)),
                "no password in the audit trail");
        assertTrue(entries.stream().filter(e -> e.action.equals("user.sign-in-failed")).allMatch(e -> e.detail.contains(from) || e.subjectId.equals(unknown)),
                "the source address is recorded");
    }

    @Test
    void theDelayGrowsOneTwoFourSecondsUpToTheCap() {
        java.time.Duration s = java.time.Duration.ofSeconds(1);
        java.time.Duration cap = java.time.Duration.ofMinutes(15);
        assertEquals(java.time.Duration.ZERO, LoginThrottle.delayAfter(4, 5, s, cap));
        assertEquals(s, LoginThrottle.delayAfter(5, 5, s, cap));
        assertEquals(java.time.Duration.ofSeconds(2), LoginThrottle.delayAfter(6, 5, s, cap));
        assertEquals(java.time.Duration.ofSeconds(4), LoginThrottle.delayAfter(7, 5, s, cap));
        assertEquals(cap, LoginThrottle.delayAfter(20, 5, s, cap));
        assertEquals(cap, LoginThrottle.delayAfter(Integer.MAX_VALUE, 5, s, cap));
    }
}
