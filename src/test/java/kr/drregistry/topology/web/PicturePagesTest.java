package kr.drregistry.topology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Filings;
import kr.drregistry.support.Tenants;

/** The pictures of a topology filing: the matrix, a cell's chain, "what if", the diagram's JSON and who sees them. */
@QuarkusTest
class PicturePagesTest {
    private static final String PW = Browserless.PASSWORD;

    @Inject
    DataSource dataSource;

    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Filings filings = Filings.ofNewTenant("pictures");

    /** A topology filing of the test's organisation whose draft is the Kakao-like example. */
    private String kakaoFiling() {
        return filings.topologyWithKakaoDraft();
    }

    private static String row(String page, String service) {
        Matcher m = Pattern.compile("<tr id=\"row-" + service + "\".*?</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the matrix has a row for " + service);
        return m.group();
    }

    @Test
    void theMatrixShowsMessagingDownInPangyoWithTheUsersLostAndTheCellNamesTheChain() throws Exception {
        String id = kakaoFiling();
        Browserless editor = Browserless.signIn(filings.editor());
        String page = editor.get("/filings/" + id + "/pictures").then().statusCode(200)
                .body(containsString("손실 시뮬레이션 매트릭스"), containsString("id=\"diagram\""), containsString("id=\"whatif\""),
                        containsString("/filings/" + id + "/pictures/graph.json"))
                .extract().asString();
        String talk = row(page, "talk");
        Matcher firstCell = Pattern.compile("<td class=\"pic-c ([a-z]+)[^\"]*\"><button type=\"button\" hx-get=\"([^\"]+)\"><span class=\"sr-only\">([^<]+)</span><span class=\"sr-only\">([^<]+)</span><span aria-hidden=\"true\">([^<]*)")
                .matcher(talk);
        assertTrue(firstCell.find(), talk);
        assertTrue(firstCell.group(1).equals("down"), "talk x site:pangyo is a red (down) cell: " + firstCell.group());
        assertTrue(firstCell.group(2).contains("scenario=site%3Apangyo") && firstCell.group(2).contains("service=talk"), firstCell.group(2));
        assertTrue(firstCell.group(3).contains("site:pangyo") && firstCell.group(4).contains("중단"),
                "not colour only: a screen reader hears the service, the scenario and the outcome: " + firstCell.group(3) + firstCell.group(4));
        assertTrue(firstCell.group(5).contains("✕"), "the down cell carries a mark");
        Matcher foot = Pattern.compile("<tfoot>.*?</tfoot>", Pattern.DOTALL).matcher(page);
        assertTrue(foot.find());
        assertTrue(foot.group().contains("잃는 일일 이용자: 서비스별 합계(중복 포함)") && foot.group().contains("1억 1,700만"),
                "the users lost per scenario are said to be a sum over services, in Korean units: " + foot.group());
        assertTrue(foot.group().contains("잃는 일일 이용자: 최소(가장 큰 서비스)") && foot.group().contains("4,700만"),
                "beside the sum, the least the people lost can be (talk's 47,000,000)");
        String ansanCell = row(page, "talk").split("<td class=\"pic-c ")[2];
        assertTrue(ansanCell.startsWith("ok"), "talk survives the loss of Ansan: " + ansanCell);

        // RestAssured encodes the query itself
        String cellUrl = java.net.URLDecoder.decode(firstCell.group(2).replace("&amp;", "&"), java.nio.charset.StandardCharsets.UTF_8);
        // drr/v2 chains (the drr/v1 document is read with drr/v2 semantics, FILING-FORMAT-V2.md §7.11): talk-api's
        // blocked failover is the first cause, down to the Pangyo-only tools it requires; the cell adds the repair
        // estimate and the RPO (a drr/v1 document has no state: ephemeral, so the Pangyo-only session cache is data)
        editor.get(cellUrl).then().statusCode(200)
                .body(containsString("근거 사슬"), containsString("근본 원인"), containsString("talk-api"), containsString("admin-console"),
                        containsString("deploy-tool"), containsString("pangyo"), containsString("일일 이용자 4,700만명"),
                        containsString("알 수 없음(무제한)"), containsString("무제한(살아남은 사본 없음)"), containsString("session-cache-a"),
                        not(containsString("<html")));
        editor.get("/filings/" + id + "/pictures/cell?scenario=site:ansan&service=talk").then().statusCode(200)
                .body(containsString("영향 없음"), not(containsString("근거 사슬")));
        editor.get("/filings/" + id + "/pictures/cell?scenario=site:nowhere&service=talk").then().statusCode(404);
        editor.get("/filings/" + id + "/pictures/cell?scenario=site:pangyo&service=nothing").then().statusCode(404);
    }

    @Test
    void whatIfNamesTheServicesUsersAndRootCausesAndThePageKeepsFocusAndScenario() throws Exception {
        String id = kakaoFiling();
        Browserless editor = Browserless.signIn(filings.editor());
        editor.get("/filings/" + id + "/pictures/whatif?scenario=power:seongnam-east").then().statusCode(200)
                .body(containsString("power:seongnam-east"), containsString("1억 1,700만"), containsString("4 / 4"),
                        containsString("서비스별 합계(중복 포함): 전 서비스 이용자 합계의 100%"),
                        containsString("잃는 일일 이용자, 최소(가장 큰 서비스)"), containsString("4,700만"),
                        containsString("key-store"), containsString("Pangyo IDC (colocation)"));
        given().cookies(editor.cookies()).header("Accept-Language", "en").get("/filings/" + id + "/pictures/whatif?scenario=power:seongnam-east")
                .then().statusCode(200).body(containsString("117,000,000"), containsString("47,000,000"),
                        containsString("Daily users lost, at least (largest service)"),
                        containsString("summed over services (a person may count more than once): 100% of all services"));
        given().cookies(editor.cookies()).header("HX-Request", "true").get("/filings/" + id + "/pictures/whatif?scenario=site:ansan")
                .then().statusCode(200).header("HX-Replace-Url", containsString("scenario=site%3Aansan"))
                .body(containsString("0 / 4"));
        editor.get("/filings/" + id + "/pictures/whatif?scenario=campus:nowhere").then().statusCode(404);

        String page = editor.get("/filings/" + id + "/pictures?focus=service:talk&scenario=site:pangyo").then().statusCode(200)
                .body(containsString("data-focus-kind=\"service\""), containsString("data-focus-id=\"talk\""),
                        containsString("class=\"pic-whatif\" data-scenario=\"site:pangyo\"")).extract().asString();
        assertTrue(page.contains("<tr id=\"row-talk\" class=\"pic-focus\">"), "the focused service's matrix row is highlighted");
        editor.get("/filings/" + id + "/pictures?focus=site:nowhere").then().statusCode(200)
                .body(containsString("site:nowhere"), containsString("pic-notice"));
    }

    @Test
    void theDiagramJsonHasThePangyoColumnWithItsComponentsAndTheMetroBand() throws Exception {
        String id = kakaoFiling();
        Browserless editor = Browserless.signIn(filings.editor());
        given().cookies(editor.cookies()).accept(ContentType.JSON).get("/filings/" + id + "/pictures/graph.json")
                .then().statusCode(200)
                .body("columns[0].id", equalTo("pangyo"), "columns[0].name", equalTo("Pangyo IDC (colocation)"),
                        "columns[0].nodes.c", hasItems("talk-api", "auth", "session-cache-a", "talk-db", "deploy-tool"),
                        "columns[1].id", equalTo("ansan"),
                        "columns[1].nodes.findAll { it.c == 'talk-api' }.role", hasItems("standby"),
                        "bands[0].group", equalTo("metro:capital"),
                        "components.find { it.id == 'auth' }.singleSite", equalTo(true),
                        "components.find { it.id == 'auth' }.controlPlane", equalTo(true));
        given().cookies(editor.cookies()).accept(ContentType.JSON).get("/filings/" + id + "/pictures/loss.json?scenario=site:pangyo")
                .then().statusCode(200).body("usersLost", equalTo(117_000_000), "downServices", hasItems("talk", "map"));
    }

    @Test
    void anotherOrganisationSeesNothingAndARegulatorSeesSubmittedVersionsOnly() throws Exception {
        String id = kakaoFiling();
        Browserless other = Browserless.signIn(Tenants.fresh("pictures-other").editor());
        other.get("/filings/" + id + "/pictures").then().statusCode(404);
        given().cookies(other.cookies()).accept(ContentType.JSON).get("/filings/" + id + "/pictures/graph.json").then().statusCode(404);
        other.get("/filings/" + id + "/pictures/cell?scenario=site:pangyo&service=talk").then().statusCode(404);
        other.get("/filings/" + id + "/pictures/whatif?scenario=site:pangyo").then().statusCode(404);

        Browserless reviewer = Browserless.signIn("reviewer");
        reviewer.get("/filings/" + id + "/pictures").then().statusCode(404);
        given().auth().preemptive().basic(filings.officer(), PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201);
        String page = reviewer.get("/filings/" + id + "/pictures?version=1").then().statusCode(200).extract().asString();
        assertTrue(row(page, "talk").contains("<td class=\"pic-c down"), "the regulator sees the same red cell in version 1");
        assertTrue(!page.contains("/portal/filings/" + id + "/topology"), "no editor link for a regulator");
        reviewer.get("/filings/" + id + "/pictures").then().statusCode(200).body(containsString("version=1"));
        reviewer.get("/filings/" + id + "/pictures/cell?version=1&scenario=site:pangyo&service=talk").then().statusCode(200)
                .body(containsString("deploy-tool"));
        reviewer.get("/filings/" + id + "/pictures?version=7").then().statusCode(404);
    }

    @Test
    void aDraftThatDoesNotParseGetsAMessageAndALinkToTheEditorNotAnError() throws Exception {
        String id = kakaoFiling();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("update filing set draft_content = convert_to(?, 'UTF8') where id = ?")) {
            s.setString(1, "format: drr/v1\nsites: [\n");
            s.setObject(2, UUID.fromString(id));
            s.executeUpdate();
        }
        Browserless editor = Browserless.signIn(filings.editor());
        editor.get("/filings/" + id + "/pictures").then().statusCode(200)
                .body(containsString("초안을 읽을 수 없어"), containsString("/portal/filings/" + id + "/topology"),
                        not(containsString("id=\"pic-matrix\"")));
        given().cookies(editor.cookies()).accept(ContentType.JSON).get("/filings/" + id + "/pictures/graph.json")
                .then().statusCode(400);
        editor.get("/filings/" + id + "/pictures/whatif?scenario=site:pangyo").then().statusCode(400);
    }
}
