package kr.drregistry.sector.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import kr.drregistry.support.Api;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The sector view's map of Korea: the region of a shared IDC is shaded, labelled and narrows the table. */
@QuarkusTest
class SectorMapPageTest {
    static String region(String page, String code) {
        Matcher m = Pattern.compile("<a [^>]*data-region=\"" + code + "\"[^>]*>.*?</a>", Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), "the map has a link for " + code);
        return m.group();
    }

    @Test
    void theRegionOfASharedIdcIsShadedLabelledAndFiltersTheTable() throws Exception {
        // two organisations of this test's own file the Kakao-like topology: the IDC and its campus are in KR-41 (Gyeonggi)
        Tenant first = Tenants.fresh("map-a");
        Tenant second = Tenants.fresh("map-b");
        Api.submittedTopology(first, 2027, Api.kakao(first));
        Api.submittedTopology(second, 2027, Api.kakao(second));

        Browserless lead = Browserless.signIn("lead");
        String page = lead.get("/regulator/sector").then().statusCode(200).extract().asString();
        assertTrue(page.contains("<svg class=\"drr-korea-map\""), "the map is drawn in the page, not fetched");
        assertTrue(page.contains("지역별 집중 위험 지도"));
        String gyeonggi = region(page, "KR-41");
        assertTrue(gyeonggi.contains("step-4"), "Gyeonggi, with the most users at risk, has the darkest shade: " + gyeonggi);
        assertTrue(gyeonggi.contains("href=\"/regulator/sector?region=KR-41#sector-places\""), gyeonggi);
        assertTrue(gyeonggi.contains("<title>경기도: 위험 이용자 합계 ") && gyeonggi.contains("명(중복 포함)"), "the value is in the tooltip: " + gyeonggi);
        assertTrue(gyeonggi.contains("<path d=\"m "), "the outline is bundled: " + gyeonggi);
        // each operator's share says its sum is one, and beside it the least: talk's users (docs/people-counts.md)
        assertTrue(page.contains("위험 이용자 수(명): 가장 큰 서비스~사업자·서비스별 합계(중복 포함)"), "the column says what it counts");
        assertTrue(page.contains("이용자 최소 4,700만 명(가장 큰 서비스), 서비스별 합계 1억 700만 명(중복 포함)"),
                "an operator's share at Pangyo: talk, login and pay are not 107 million people");
        assertTrue(page.contains("4,700만~"), "the place's cell is a range from the largest service to the sum");
        assertTrue(region(page, "KR-11").contains("step-0"), "Seoul has no place and no shade");
        Matcher label = Pattern.compile("<text class=\"drr-map-label[^\"]*\" data-region=\"KR-41\".*?</text>", Pattern.DOTALL).matcher(page);
        assertTrue(label.find(), "Gyeonggi is labelled on the map");
        assertTrue(label.group().contains(">경기<") && label.group().matches("(?s).*>[0-9.,]+(만|억)</tspan>.*"),
                "with its name and users at risk in Korean units: " + label.group());
        assertTrue(page.contains("시·도별 집중 위험(지도의 텍스트 대안)"), "the map has a table by region");
        assertTrue(page.contains("vendor/svg-maps-south-korea/LICENSE.md"), "the boundaries' licence is linked");

        String narrowed = lead.get("/regulator/sector?region=KR-41").then().statusCode(200).extract().asString();
        assertTrue(region(narrowed, "KR-41").contains("aria-current=\"true\""), "the chosen region is marked");
        assertTrue(narrowed.contains("경기도의 장소"), "the table says it is narrowed");
        assertTrue(narrowed.contains("<code>facility:example-idc/pangyo-a</code>"));
        // a region without any place says so; which one is empty depends on what other tests filed (the sector view is
        // sector-wide), so the first empty one of a few regions nobody's example is in is taken
        String empty = null;
        String[][] candidates = {{"KR-49", "제주특별자치도"}, {"KR-50", "세종특별자치시"}, {"KR-31", "울산광역시"},
                {"KR-29", "광주광역시"}, {"KR-11", "서울특별시"}};
        for (String[] c : candidates) {
            String narrowedTo = lead.get("/regulator/sector?region=" + c[0]).then().statusCode(200).extract().asString();
            if (narrowedTo.contains(c[1] + "에는 등록된 장소가 없습니다.")) {
                empty = narrowedTo;
                break;
            }
            assertTrue(narrowedTo.contains(c[1] + "의 장소"), c[0] + " is either empty or lists its places");
        }
        assertTrue(empty != null, "an empty region says so");
        assertFalse(empty.contains("<code>facility:example-idc/pangyo-a</code>"), "places elsewhere are not listed");

        lead.cookies().put("drr-lang", "en");
        String english = lead.get("/regulator/sector").then().statusCode(200).extract().asString();
        assertTrue(english.contains("Concentration risk by region"));
        assertTrue(region(english, "KR-41").contains("<title>Gyeonggi: "), "region names in English");

        given().get("/vendor/svg-maps-south-korea/south-korea.svg").then().statusCode(200);
    }
}
