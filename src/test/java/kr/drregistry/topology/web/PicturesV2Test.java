package kr.drregistry.topology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.topology.examples.SplitMapsExample;

/**
 * The pictures of a drr/v2 filing (FILING-FORMAT-V2.md §3, issue 17 point 5): the component risk group
 * {@code software:gateway-3.1} as a matrix column and a "what if" choice, the repair estimate and RPO in the cells of
 * the services that fall, a degraded service in amber with its capacity written out, Pangyo's facilityRef on its
 * site card, and the diagram's JSON with the group's mark.
 */
@QuarkusTest
class PicturesV2Test {

    /**
     * The v2 Kakao-like example as a fresh organisation's draft, the maps API split 60 % Pangyo / 40 % Ansan so that
     * losing Ansan degrades maps to 60 %.
     */
    static String v2Filing(Tenants.Tenant tenant) throws Exception {
        String yaml = SplitMapsExample.yaml();
        String id = given().auth().preemptive().basic(tenant.editor(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2026, \"title\": \"DR 구성 v2\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.editor(), tenant.password()).contentType("application/yaml")
                .header("If-Match", "\"d0\"").body(tenant.own(yaml).getBytes(StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft")
                .then().statusCode(200);
        return id;
    }

    private static String row(String page, String service) {
        Matcher m = Pattern.compile("<tr id=\"row-" + service + "\".*?</tr>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the matrix has a row for " + service);
        return m.group();
    }

    /** The cells of a row, each from its class to its closing tag. */
    private static String[] cells(String row) {
        String[] parts = row.split("<td class=\"pic-c ");
        return java.util.Arrays.copyOfRange(parts, 1, parts.length);
    }

    @Test
    void theMatrixHasTheComponentGroupColumnRepairAndRpoOfFallenServicesAndAmberDegradedCells() throws Exception {
        Tenants.Tenant tenant = Tenants.fresh("picv2");
        String id = v2Filing(tenant);
        Browserless editor = Browserless.signIn(tenant.editor());
        String page = editor.get("/filings/" + id + "/pictures").then().statusCode(200)
                .body(containsString("구성요소 위험군 손실"), containsString("pic-sc-component"),
                        containsString("software:gateway-3.1"))
                .extract().asString();
        // columns: 2 sites, 6 groups (5 declared + the facility group), then the component group
        String[] pay = cells(row(page, "pay"));
        assertTrue(pay.length == 9, "one cell per scenario: " + pay.length);
        assertTrue(pay[8].startsWith("down"), "payments fall with the gateway release: " + pay[8]);
        assertTrue(pay[8].contains("pic-first-comp"), "the component groups start after a line");
        assertTrue(pay[8].contains("복구 ∞") && pay[8].contains("RPO 0초"), "the cell shows the repair estimate and RPO: " + pay[8]);
        assertTrue(pay[8].contains("<span class=\"sr-only\"> (알 수 없음(무제한))</span>"), "a screen reader hears ∞ in words: " + pay[8]);
        String[] map = cells(row(page, "map"));
        assertTrue(map[0].startsWith("down") && map[0].contains("RPO 300초"), "maps lose 300 s of tiles with Pangyo: " + map[0]);
        assertTrue(map[1].startsWith("degraded"), "maps run at 60 % without Ansan: " + map[1]);
        assertTrue(map[1].contains("<span class=\"sr-only\">용량 저하, 복구 ") && map[1].contains("<span aria-hidden=\"true\">◐</span><small>60%</small>"),
                "capacity as text, not colour only: " + map[1]);
        assertTrue(page.contains("용량 저하로 영향받는 일일 이용자: 서비스별 합계(중복 포함)") && page.contains("400만"),
                "the footer counts the users affected by lower capacity");
        // site cards
        Matcher card = Pattern.compile("<li class=\"pic-site-card has-facility\" id=\"site-pangyo\">.*?</li>\\s*</ul>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(card.find(), "Pangyo's card says it has a facility reference");
        assertTrue(card.group().contains("example-idc/pangyo-a") && card.group().contains("facility:example-idc/pangyo-a"),
                card.group());
        assertTrue(card.group().contains("출처 제출"), card.group());
        assertTrue(page.contains("◆G1") && page.contains("구성요소 위험군"), "the legend lists the component group's mark");

        String side = editor.get("/filings/" + id + "/pictures/cell?scenario=software:gateway-3.1&service=pay").then().statusCode(200)
                .body(containsString("gateway"), containsString("<dt>복구 예상</dt>"), containsString("알 수 없음(무제한)"),
                        containsString("<dt>RPO</dt>\n    <dd>0초"),
                        containsString("구성요소 위험군 하나를 잃는 경우")).extract().asString();
        assertTrue(side.contains("pic-chip-root") && side.contains(">gateway<"), "the struck gateway is a root cause: " + side);
        editor.get("/filings/" + id + "/pictures/cell?scenario=site:ansan&service=map").then().statusCode(200)
                .body(containsString("유효 용량이 60%로"), containsString("pic-verdict degraded"));
    }

    @Test
    void whatIfOffersTheComponentGroupAndAnswersWithTheStruckComponentAndTheFallenServices() throws Exception {
        Tenants.Tenant tenant = Tenants.fresh("picv2w");
        String id = v2Filing(tenant);
        Browserless editor = Browserless.signIn(tenant.editor());
        String page = editor.get("/filings/" + id + "/pictures").then().statusCode(200).extract().asString();
        Matcher group = Pattern.compile("<optgroup label=\"구성요소 위험군 손실\">.*?</optgroup>", Pattern.DOTALL).matcher(page);
        assertTrue(group.find(), "the what-if choice has the component groups");
        assertTrue(group.group().contains("value=\"software:gateway-3.1\""), group.group());
        editor.get("/filings/" + id + "/pictures/whatif?scenario=software:gateway-3.1").then().statusCode(200)
                .body(containsString("사이트는 하나도 잃지 않습니다"), containsString("pic-chip-struck"),
                        containsString("2 / 4"), containsString("3,000만"),
                        containsString("software:gateway-3.1에 직접 맞음"), containsString("복구 예상: 알 수 없음"));
        editor.get("/filings/" + id + "/pictures/whatif?scenario=site:ansan").then().statusCode(200)
                .body(containsString("용량이 줄어든 서비스"), containsString("◐ 용량 60%"), containsString("400만"));
        given().cookies(editor.cookies()).accept(ContentType.JSON).get("/filings/" + id + "/pictures/loss.json?scenario=software:gateway-3.1")
                .then().statusCode(200).body("sites.size()", equalTo(0), "struckComponents", hasItems("gateway"),
                        "downServices", hasItems("pay", "map"));
        given().cookies(editor.cookies()).accept(ContentType.JSON).get("/filings/" + id + "/pictures/graph.json")
                .then().statusCode(200).body("componentGroups[0].id", equalTo("software:gateway-3.1"),
                        "componentGroups[0].mark", equalTo("G1"),
                        "columns.find { it.id == 'pangyo' }.facilityRef", equalTo("example-idc/pangyo-a"),
                        "columns.find { it.id == 'pangyo' }.inherited", hasItems("facility:example-idc/pangyo-a"));
    }
}
