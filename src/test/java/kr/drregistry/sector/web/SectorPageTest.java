package kr.drregistry.sector.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Browserless;

/** CONC-001 in the regulator's sector view: two operators filing the same IDC building. */
@QuarkusTest
class SectorPageTest {
    static String submit(String officer, String operator, int year, String yaml) {
        String id = given().auth().preemptive().basic(officer, Browserless.PASSWORD).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + year + ", \"title\": \"집중 시험 " + operator + "\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(officer, Browserless.PASSWORD).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body(yaml.getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(officer, Browserless.PASSWORD).contentType(ContentType.JSON)
                .post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        return id;
    }

    @Test
    void twoTenantsOfOneIdcShowAsAConcentrationWithTheirReviewStatus() throws Exception {
        String kakao = Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
        // plan year 2100: the latest topology of each organisation, whatever other tests filed
        String talk = submit("talk-officer", "example-talk", 2100, kakao);
        submit("portal-officer", "example-portal", 2100, kakao.replace("operator: example-talk", "operator: example-portal"));

        String page = Browserless.signIn("lead").get("/regulator/sector").then().statusCode(200).extract().asString();
        int row = page.indexOf("facility:example-idc/pangyo-a");
        assertTrue(row > 0, "the shared building is listed");
        String place = page.substring(row, page.indexOf("</tr>", row));
        assertTrue(place.contains("CONC-001"), place);
        assertTrue(place.contains("example-talk") && place.contains("example-portal"), place);
        assertTrue(place.contains("제출됨"), "each operator's review status is shown: " + place);
        assertTrue(page.contains("순위 계산 시각"), "the page says when the ranking was made");

        // the ranking is kept between views, but a decision shows at once: the talk share now reads accepted
        Browserless reviewer = Browserless.signIn("reviewer");
        String csrf = reviewer.csrfToken("/regulator"); // sets the CSRF cookie the form is sent with
        given().redirects().follow(false).cookies(reviewer.cookies()).contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", csrf).formParam("decision", "ACCEPT").formParam("reason", "")
                .post("/regulator/filings/" + talk + "/versions/1/decision").then().statusCode(303);
        String after = Browserless.signIn("lead").get("/regulator/sector").then().statusCode(200).extract().asString();
        int at = after.indexOf("facility:example-idc/pangyo-a");
        String decided = after.substring(at, after.indexOf("</tr>", at));
        int talkShare = decided.indexOf("<code>example-talk</code>");
        assertTrue(talkShare > 0, decided);
        String talkLine = decided.substring(talkShare, decided.indexOf("</li>", talkShare));
        assertTrue(talkLine.contains("승인"), "the accepted filing shows as accepted: " + talkLine);

        Browserless.signIn("talk-editor").get("/regulator/sector").then().statusCode(403);
    }
}
