package kr.drregistry.sector.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** CONC-001 in the regulator's sector view: two operators filing the same IDC building. */
@QuarkusTest
class SectorPageTest {
    /**
     * The row of the shared building with every share: other test classes file the same example, so when the row
     * lists only the largest shares, its "more" link (the place alone, all its shares) is followed.
     */
    private static String placeRow(Browserless lead, String page) {
        int row = page.indexOf("facility:example-idc/pangyo-a");
        assertTrue(row > 0, "the shared building is listed");
        String place = page.substring(row, page.indexOf("</tr>", row));
        java.util.regex.Matcher more = java.util.regex.Pattern.compile("href=\"(/regulator/sector\\?place=[^\"#]+)").matcher(place);
        if (!more.find()) {
            return place;
        }
        // the link's parameter is URL-encoded; the request encodes it again, so it goes decoded
        String link = java.net.URLDecoder.decode(more.group(1).replace("&amp;", "&"), java.nio.charset.StandardCharsets.UTF_8);
        String all = lead.get(link).then().statusCode(200).extract().asString();
        int at = all.indexOf("facility:example-idc/pangyo-a");
        assertTrue(at > 0, "the place alone lists the building");
        return all.substring(at, all.indexOf("</tr>", at));
    }

    @Test
    void twoTenantsOfOneIdcShowAsAConcentrationWithTheirReviewStatus() throws Exception {
        // two organisations of this test's own, each filing the Kakao-like topology (its IDC building shared)
        Tenant first = Tenants.fresh("sector-a");
        Tenant second = Tenants.fresh("sector-b");
        String talk = Api.submittedTopology(first, 2027, Api.kakao(first));
        Api.submittedTopology(second, 2027, Api.kakao(second));

        Browserless lead = Browserless.signIn("lead");
        String page = lead.get("/regulator/sector").then().statusCode(200).extract().asString();
        String place = placeRow(lead, page);
        assertTrue(place.contains("CONC-001"), place);
        assertTrue(place.contains(first.slug()) && place.contains(second.slug()), place);
        assertTrue(place.contains("제출됨"), "each operator's review status is shown: " + place);
        assertTrue(page.contains("순위 계산 시각"), "the page says when the ranking was made");

        // the ranking is kept between views, but a decision shows at once: the talk share now reads accepted
        Browserless reviewer = Browserless.signIn("reviewer");
        String csrf = reviewer.csrfToken("/regulator"); // sets the CSRF cookie the form is sent with
        given().redirects().follow(false).cookies(reviewer.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("decision", "ACCEPT").formParam("reason", "")
                .post("/regulator/filings/" + talk + "/versions/1/decision").then().statusCode(303);
        String decided = placeRow(lead, lead.get("/regulator/sector").then().statusCode(200).extract().asString());
        int talkShare = decided.indexOf("<code>" + first.slug() + "</code>");
        assertTrue(talkShare > 0, decided);
        String talkLine = decided.substring(talkShare, decided.indexOf("</li>", talkShare));
        assertTrue(talkLine.contains("승인"), "the accepted filing shows as accepted: " + talkLine);

        Browserless.signIn(first.editor()).get("/regulator/sector").then().statusCode(403);
    }
}
