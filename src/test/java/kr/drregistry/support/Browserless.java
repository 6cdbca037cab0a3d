package kr.drregistry.support;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/** Signs in through the login form like a browser does and keeps the cookies, for page tests. */
public final class Browserless {
    public static final String PASSWORD = "demo-pass-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    private final Map<String, String> cookies;

    private Browserless(Map<String, String> cookies) {
        this.cookies = new java.util.HashMap<>(cookies);
    }

    public static Browserless signIn(String username) {
        Response r = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("j_username", username).formParam("j_password", PASSWORD)
                .post("/j_security_check");
        if (!r.getCookies().containsKey("drr-session")) {
            throw new AssertionError("sign-in of " + username + " failed: " + r.statusCode() + " " + r.getHeader("Location"));
        }
        return new Browserless(r.getCookies());
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    /** GETs a page and keeps any cookie it sets (the CSRF cookie among them). */
    public Response get(String path) {
        Response r = given().redirects().follow(false).cookies(cookies).accept("text/html").get(path);
        cookies.putAll(r.getCookies());
        return r;
    }

    /** The CSRF token of the forms in a page. */
    public String csrfToken(String page) {
        Matcher m = CSRF.matcher(get(page).asString());
        if (!m.find()) {
            throw new AssertionError("no CSRF token in " + page);
        }
        return m.group(1);
    }
}
