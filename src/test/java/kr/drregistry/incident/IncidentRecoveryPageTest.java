package kr.drregistry.incident;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Incidents;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The regulator's declared-vs-drill-vs-actual recovery page against a Kakao-like topology and outage. */
@QuarkusTest
class IncidentRecoveryPageTest {
    static final String PW = Browserless.PASSWORD;

    /** The row of {@code service} in {@code operator}'s table. */
    static String row(String page, String operator, String service) {
        int section = page.indexOf("id=\"op-" + operator + "\"");
        assertTrue(section >= 0, "a section for " + operator);
        String s = page.substring(section, page.indexOf("</section>", section));
        int tr = s.indexOf("data-service=\"" + service + "\"");
        assertTrue(tr >= 0, "a row for " + service);
        return s.substring(tr, s.indexOf("</tr>", tr));
    }

    @Test
    void theReviewerSeesTheKakaoLikeOutageAgainstTheDeclaredRtoAndTheDrill() throws Exception {
        Tenant tenant = Tenants.fresh("recovery");
        Incidents.fileKakaoTopology(tenant);
        String token = Api.token(tenant.officer(), "read,submit");
        String title = "판교 화재 비교 " + System.nanoTime() % 100000;
        String id = Incidents.create(token, title, Instant.parse("2022-10-15T06:33:00Z"), Instant.parse("2022-10-15T06:40:00Z"));
        Incidents.saveDraft(token, id, "\"d1\"", """
                {"summary": "판교 데이터센터 화재", "occurredAt": "2022-10-15T15:33:00+09:00",
                 "detectedAt": "2022-10-15T15:40:00+09:00", "recoveredAt": "2022-10-20T22:33:00+09:00",
                 "affectedServices": [{"id": "talk", "dataLossMinutes": 0}], "affectedSites": ["pangyo"],
                 "cause": {"category": "fire", "description": "UPS 배터리 화재"}}
                """).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/initial/submit")
                .then().statusCode(201);

        Browserless reviewer = Browserless.signIn("reviewer");
        Response r = reviewer.get("/regulator/incidents/recovery");
        assertEquals(200, r.statusCode(), r.asString());
        String page = r.asString();
        assertTrue(page.contains("선언·훈련·실제 복구 비교"), "Korean title");
        String talk = row(page, tenant.slug(), "talk");
        assertTrue(talk.contains("class=\"rec-declared-rto\">1시간 (60분)"), talk);
        assertTrue(talk.contains("rec-drill-rto rec-over\">4시간 (240분)"), "the drill took 240 min: " + talk);
        assertTrue(talk.contains("127시간 (7620분)"), "the actual 127 h recovery: " + talk);
        assertTrue(talk.contains("INC-001 실제 복구 시간이 RTO를 넘음"), talk);
        assertTrue(talk.contains("훈련 복구 시간이 RTO를 넘음"), talk);
        assertFalse(talk.contains("INC-002"), "no data was lost: " + talk);
        String map = row(page, tenant.slug(), "map");
        assertFalse(map.contains("INC-001"), "map was not affected: " + map);

        assertTrue(reviewer.get("/regulator/incidents").asString().contains("href=\"/regulator/incidents/recovery\""));
        assertTrue(reviewer.get("/regulator/sector").asString().contains("href=\"/regulator/incidents/recovery\""));
        assertEquals(200, reviewer.get("/regulator/incidents/" + id).statusCode(), "the incident page still opens");

        Response csv = given().cookies(reviewer.cookies()).get("/regulator/incidents/recovery/export.csv");
        assertEquals(200, csv.statusCode());
        String text = csv.asString();
        assertTrue(text.lines().anyMatch(l -> l.startsWith(tenant.slug() + ",") && l.contains(",talk,") && l.contains(",60,5,drill-2022-06,2022-06-15,240,10,")
                && l.contains("7620") && l.contains("INC-001 actual recovery > RTO")), text);

        // the same table on paper: Korean headers, the operator's row with its numbers and INC-001
        byte[] paper = kr.drregistry.support.Pdfs.download(reviewer, "/regulator/incidents/recovery/export.pdf");
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "exports"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "exports", "recovery.pdf"), paper); // to look at
        String pdf = kr.drregistry.support.Pdfs.text(paper);
        assertTrue(pdf.contains("선언·훈련·실제복구비교") && pdf.contains(tenant.slug()) && pdf.contains("7620")
                && pdf.contains("INC-001"), pdf);

        assertEquals(200, Browserless.signIn("lead").get("/regulator/incidents/recovery").statusCode());
        Browserless officer = Browserless.signIn(tenant.officer());
        assertEquals(403, officer.get("/regulator/incidents/recovery").statusCode());
        assertEquals(403, given().cookies(officer.cookies()).get("/regulator/incidents/recovery/export.csv").statusCode());
        assertEquals(403, given().cookies(officer.cookies()).get("/regulator/incidents/recovery/export.pdf").statusCode());
    }
}
