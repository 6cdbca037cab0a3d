package kr.drregistry.identity.sso;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The default: OIDC off. No SSO button, no /oidc endpoints, the login form as before. */
@QuarkusTest
class OidcOffTest {

    @Test
    void noSsoButtonAndNoOidcEndpoints() {
        given().accept("text/html").get("/login").then().statusCode(200)
                .body(containsString("name=\"j_password\""), not(containsString("/oidc/login")), not(containsString("SSO")));
        given().redirects().follow(false).get("/oidc/login").then().statusCode(404);
        given().redirects().follow(false).get("/oidc/login?code=x&state=y").then().statusCode(404);
    }
}
