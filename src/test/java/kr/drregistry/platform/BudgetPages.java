package kr.drregistry.platform;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;

import static io.restassured.RestAssured.given;

/** The portal's topology workspace as the budget tests use it. */
final class BudgetPages {
    private BudgetPages() {
    }

    /** A new topology filing of {@code user}'s organisation in the first free plan year from {@code year}; its id. */
    static String newTopology(String user, int year) {
        for (int y = year; y < year + 40; y++) {
            Response r = given().auth().preemptive().basic(user, Browserless.PASSWORD).contentType(ContentType.JSON)
                    .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + y + ", \"title\": \"예산 " + y + "\"}").post("/api/v1/filings");
            if (r.statusCode() != 409) {
                return r.then().statusCode(201).extract().path("id");
            }
        }
        throw new AssertionError("no free plan year from " + year);
    }

    /** The topology workspace page of a new filing of {@code user}'s organisation (see {@link #newTopology}). */
    static String workspace(String user, int year) {
        return "/portal/filings/" + newTopology(user, year) + "/topology";
    }

    /** A form post of the signed-in browser (with the CSRF token of {@code csrfPage}). */
    static Response post(Browserless b, String path, String csrfPage, Object... form) {
        String csrf = b.csrfToken(csrfPage); // first: it may set the CSRF cookie
        var req = given().redirects().follow(false).cookies(b.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf);
        for (int i = 0; i < form.length; i += 2) {
            req = req.formParam((String) form[i], form[i + 1]);
        }
        return req.post(path);
    }
}
