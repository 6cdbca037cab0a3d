package kr.drregistry.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;

@QuarkusTest
class SignInTest {

    @Test
    void theLoginPageIsKoreanByDefault() {
        given().accept("text/html").get("/login").then().statusCode(200)
                .header("Content-Language", "ko")
                .body(containsString("<html lang=\"ko\">"), containsString("로그인"), containsString("아이디"));
    }

    @Test
    void englishByAcceptLanguageAndByTheSwitchCookie() {
        given().accept("text/html").header("Accept-Language", "en-GB,en;q=0.8").get("/login").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"), containsString("Sign in"), not(containsString("비밀번호")));
        Response switched = given().redirects().follow(false).queryParam("back", "/login").get("/lang/en");
        assertEquals(303, switched.statusCode());
        assertTrue(switched.getHeader("Location").endsWith("/login"));
        given().accept("text/html").cookie(UiLocale.COOKIE, switched.getCookie(UiLocale.COOKIE))
                .header("Accept-Language", "ko").get("/login").then()
                .body(containsString("User name"), containsString("Password"));
    }

    @Test
    void theLanguageSwitchNeverRedirectsOffSite() {
        Response r = given().redirects().follow(false).queryParam("back", "//evil.example/x").get("/lang/en");
        assertTrue(r.getHeader("Location").endsWith("/"), r.getHeader("Location"));
    }

    @Test
    void aDemoUserSignsInAndLandsOnTheirRoleHome() {
        Browserless talk = Browserless.signIn("talk-editor");
        talk.get("/").then().statusCode(303).header("Location", endsWith("/portal"));
        talk.get("/portal").then().statusCode(200).body(containsString("예시톡 재난관리 업무"));

        Browserless reviewer = Browserless.signIn("reviewer");
        reviewer.get("/").then().statusCode(303).header("Location", endsWith("/regulator"));
        reviewer.get("/regulator").then().statusCode(200).body(containsString("심사 대기열"), containsString("name=\"operator\""));

        Browserless admin = Browserless.signIn("admin");
        admin.get("/").then().statusCode(303).header("Location", endsWith("/admin"));
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "talk-officer").formParam("j_password", Browserless.PASSWORD)
                .post("/j_security_check");
        String setCookie = r.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("drr-session=")).findFirst().orElseThrow();
        assertTrue(setCookie.toLowerCase().contains("httponly"), setCookie);
        assertTrue(setCookie.toLowerCase().contains("samesite=strict"), setCookie);
    }

    @Test
    void theSignInFormPostedFromAnotherSiteIsRefused() {
        Response foreign = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", "https://attacker.example").formParam("j_username", "talk-officer")
                .formParam("j_password", Browserless.PASSWORD).post("/j_security_check");
        assertEquals(403, foreign.statusCode(), "login CSRF: a foreign page cannot sign the browser in");
        assertFalse(foreign.getCookies().containsKey("drr-session"));
        assertTrue(foreign.asString().contains("이 사이트에서만"));

        String self = io.restassured.RestAssured.baseURI.replaceFirst("/$", "") + ":" + io.restassured.RestAssured.port;
        Response own = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .header("Origin", self).formParam("j_username", "talk-officer")
                .formParam("j_password", Browserless.PASSWORD).post("/j_security_check");
        assertTrue(own.getCookies().containsKey("drr-session"), "the form from this site signs in: " + own.statusCode() + " " + self);
    }

    @Test
    void aWrongPasswordIsRefused() {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", "talk-editor").formParam("j_password", "wrong")
                .post("/j_security_check");
        assertEquals(302, r.statusCode());
        assertTrue(r.getHeader("Location").contains("/login?error"), r.getHeader("Location"));
        assertFalse(r.getCookies().containsKey("drr-session"));
        given().accept("text/html").get("/login?error=1").then().body(containsString("아이디 또는 비밀번호가 올바르지 않습니다"));
    }

    @Test
    void pagesNeedASignIn() {
        given().redirects().follow(false).accept("text/html").get("/portal").then().statusCode(302)
                .header("Location", containsString("/login"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        Browserless talk = Browserless.signIn("talk-editor");
        given().redirects().follow(false).cookies(talk.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("x", "y").post("/logout").then().statusCode(403);
        String token = talk.csrfToken("/portal");
        given().redirects().follow(false).cookies(talk.cookies()).contentType("application/x-www-form-urlencoded")
                .formParam("csrf-token", token).post("/logout").then().statusCode(303)
                .header("Location", endsWith("/login?out=1"));
    }

    @Test
    void operatorsDoNotReachRegulatorPages() {
        Browserless talk = Browserless.signIn("talk-editor");
        talk.get("/regulator").then().statusCode(403);
    }
}
