package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import kr.drregistry.support.Browserless;

/**
 * Cross-site request forgery against the portal, as a foreign page in the victim's browser would try it: with the
 * session cookies alone (the browser adds them), whatever the body, with a token and cookie pair of the attacker's
 * choosing, with the attacker's own valid token, and from another origin. Each is refused and the session survives.
 */
@QuarkusTest
class CsrfTest {
    private static String self() {
        return RestAssured.baseURI.replaceFirst("/$", "") + ":" + RestAssured.port;
    }

    private static RequestSpecification as(Browserless who) {
        return given().redirects().follow(false).cookies(who.cookies());
    }

    /** The victim is still signed in: the attack changed nothing. */
    private static void stillSignedIn(Browserless who) {
        who.get("/").then().statusCode(303);
    }

    @Test
    void anUnsafeRequestWithTheSessionCookieAloneIsRefusedWhateverItsBody() {
        Browserless talk = Browserless.signIn("talk-editor");
        assertEquals(403, as(talk).post("/logout").statusCode(), "no body, no Content-Type");
        assertEquals(403, as(talk).contentType("application/json").body("{}").post("/logout").statusCode(), "a JSON body");
        assertEquals(403, as(talk).contentType("text/plain").body("x").post("/logout").statusCode(), "a text body");
        assertEquals(403, as(talk).contentType("application/x-www-form-urlencoded").formParam("x", "y").post("/logout").statusCode(),
                "a form without its token");
        stillSignedIn(talk);
        Response refused = as(talk).accept("text/html").post("/logout");
        assertTrue(refused.asString().contains("보안 토큰"), "people are told why: " + refused.asString());
    }

    @Test
    void aTokenAndCookiePairChosenByTheAttackerIsRefused() {
        Browserless talk = Browserless.signIn("talk-editor");
        String chosen = "AAAAAAAAAAAAAAAAAAAAAA"; // 16 bytes, base64url: the shape of a real token

        Response r = as(talk).cookie("drr-csrf", chosen).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", chosen).post("/logout");
        assertEquals(403, r.statusCode());
        assertEquals(403, as(talk).cookie("drr-csrf", chosen).header("X-CSRF-TOKEN", chosen).post("/logout").statusCode());
        stillSignedIn(talk);
    }

    @Test
    void theAttackersOwnValidTokenDoesNotWorkInTheVictimsSession() {
        Browserless victim = Browserless.signIn("reviewer");
        Browserless attacker = Browserless.signIn("talk-editor");
        String attackersToken = attacker.csrfToken("/portal");
        Map<String, String> mixed = new java.util.HashMap<>(victim.cookies());
        attacker.cookies().entrySet().stream().filter(e -> !e.getKey().startsWith("drr-s")).forEach(e -> mixed.put(e.getKey(), e.getValue()));
        Response r = given().redirects().follow(false).cookies(mixed).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", attackersToken).post("/logout");
        assertEquals(403, r.statusCode());
        stillSignedIn(victim);
        // and a token is the same on every page of one session, different in the next session of the same person
        String token = victim.csrfToken("/regulator");
        assertEquals(token, victim.csrfToken("/regulator/sector"));
        assertTrue(!token.equals(Browserless.signIn("reviewer").csrfToken("/regulator")), "a new session, a new token");
    }

    @Test
    void theRightTokenWorksInTheFormFieldAndInTheHtmxHeader() {
        Browserless a = Browserless.signIn("talk-editor");
        as(a).contentType("application/x-www-form-urlencoded").formParam("csrf-token", a.csrfToken("/portal"))
                .post("/logout").then().statusCode(303);
        Browserless b = Browserless.signIn("talk-editor");
        as(b).header("X-CSRF-TOKEN", b.csrfToken("/portal")).header("HX-Request", "true").post("/logout").then().statusCode(303);
    }

    @Test
    void anUnsafeRequestFromAnotherOriginIsRefusedEvenWithTheRightToken() {
        Browserless talk = Browserless.signIn("talk-editor");
        String token = talk.csrfToken("/portal");
        for (Map<String, String> headers : java.util.List.of(Map.of("Origin", "https://attacker.example"),
                Map.of("Referer", "https://attacker.example/page.html"), Map.of("Origin", "null"),
                Map.of("Sec-Fetch-Site", "cross-site"), Map.of("Origin", self().replaceFirst("//[^:/]+", "//127.0.0.2")))) {
            Response r = as(talk).headers(headers).header("X-CSRF-TOKEN", token).post("/logout");
            assertEquals(403, r.statusCode(), headers.toString());
        }
        stillSignedIn(talk);
        as(talk).header("Origin", self()).header("Sec-Fetch-Site", "same-origin").header("X-CSRF-TOKEN", token).post("/logout")
                .then().statusCode(303);
    }

    @Test
    void theApiIgnoresTheSessionCookieAndNeedsNoToken() {
        Browserless talk = Browserless.signIn("talk-editor");
        given().cookies(talk.cookies()).get("/api/v1/me").then().statusCode(401);
        given().cookies(talk.cookies()).contentType("application/json").body("{\"type\":\"TOPOLOGY\",\"planYear\":2099}")
                .post("/api/v1/filings").then().statusCode(401);
        // the API's own credentials: no CSRF token, no Origin check (no browser sends them by itself)
        given().auth().preemptive().basic("talk-editor", Browserless.PASSWORD).header("Origin", "https://elsewhere.example")
                .contentType("application/yaml").body("format: drr/v1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/validate").then()
                .statusCode(org.hamcrest.Matchers.not(403));
    }
}
