package kr.drregistry.identity.token;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;

/** The portal's API-token page: create with scopes (shown once), use, revoke; forms need their CSRF token. */
@QuarkusTest
class TokenPagesTest {

    @Test
    void anOfficerCreatesATokenSeesItOnceUsesItAndRevokesIt() {
        Browserless officer = Browserless.signIn(Tenants.fresh("tokens").officer());
        String csrf = officer.csrfToken("/portal/tokens");
        Response created = given().cookies(officer.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("name", "배포 파이프라인").formParam("scope", "read")
                .formParam("scope", "submit").post("/portal/tokens");
        created.then().statusCode(200).body(containsString("다시 볼 수 없습니다"));
        Matcher m = Pattern.compile("id=\"token-secret\">(drr_[A-Za-z0-9_-]+)<").matcher(created.asString());
        assertTrue(m.find(), "the secret is shown");
        String secret = m.group(1);
        given().auth().oauth2(secret).get("/api/v1/filings").then().statusCode(200);

        String page = officer.get("/portal/tokens").then().statusCode(200)
                .body(containsString("배포 파이프라인"), not(containsString(secret))).extract().asString();
        Matcher revoke = Pattern.compile("action=\"(/portal/tokens/[0-9a-f-]+/revoke)\"").matcher(page);
        assertTrue(revoke.find());
        given().cookies(officer.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8").redirects().follow(false)
                .formParam("csrf-token", officer.csrfToken("/portal/tokens")).post(revoke.group(1)).then().statusCode(303);
        given().auth().oauth2(secret).get("/api/v1/filings").then().statusCode(401);
    }

    @Test
    void anEditorCannotMintASubmittingTokenAndFormsNeedTheirCsrfToken() {
        Browserless editor = Browserless.signIn(Tenants.fresh("tokens").editor());
        String csrf = editor.csrfToken("/portal/tokens");
        given().cookies(editor.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("name", "x").formParam("scope", "submit").post("/portal/tokens")
                .then().statusCode(403).body(containsString("role=\"alert\""));
        given().cookies(editor.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("name", "x").formParam("scope", "read").post("/portal/tokens").then().statusCode(403);
        Browserless.signIn("reviewer").get("/portal/tokens").then().statusCode(403);
    }
}
