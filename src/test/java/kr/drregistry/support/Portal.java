package kr.drregistry.support;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;

/** The operator portal's forms as a signed-in browser posts them (CSRF token from the page), for page tests. */
public final class Portal {
    private Portal() {
    }

    /** Starts a topology filing for {@code planYear} through the dashboard's form (303 to its workspace); its id. */
    public static String startTopology(Browserless b, int planYear, String title) {
        Response r = post(b, "/portal/filings", "/portal", "type", "TOPOLOGY", "planYear", planYear, "title", title);
        assertEquals(303, r.statusCode(), r.asString());
        String location = r.getHeader("Location");
        assertTrue(location.endsWith("/topology"), location);
        return location.replaceAll(".*/filings/([0-9a-f-]+)/topology", "$1");
    }

    /** POSTs a form to {@code path} with the CSRF token of {@code csrfPage} and the name/value pairs of {@code form}. */
    public static Response post(Browserless b, String path, String csrfPage, Object... form) {
        String csrf = b.csrfToken(csrfPage); // first: it may set the CSRF cookie the form is sent with
        var req = given().redirects().follow(false).cookies(b.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf);
        for (int i = 0; i < form.length; i += 2) {
            req = req.formParam((String) form[i], form[i + 1]);
        }
        return req.post(path);
    }
}
