package kr.drregistry.topology.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import kr.drregistry.support.Browserless;
import kr.drregistry.support.Tenants;
import kr.drregistry.topology.bench.SyntheticTopology;
import kr.drregistry.topology.model.Topology;
import kr.drregistry.topology.parse.CanonicalJson;

/**
 * The pictures page of a big filing (issue 18 point 4): a 6,000-component synthetic topology with 60 services opens
 * as the site × component-kind overview instead of the diagram of every box; one site, or one service's dependency
 * closure, opens as boxes by a plain link (no JavaScript) or the htmx fragment; the loss matrix shows 50 services a
 * page, most users lost first, with links to the other page; the side panel is closed until a cell is chosen.
 */
@QuarkusTest
class PicturesAtScaleTest {

    /** A synthetic topology of {@code components} components over {@code sites} sites as the tenant's draft. */
    static String bigFiling(Tenants.Tenant tenant, int components, int sites) {
        Topology t = SyntheticTopology.generate(components, 4, sites, sites + 2, 3L);
        Topology own = new Topology(t.format(), tenant.slug(), t.asOf(), t.sites(), t.services(), t.components(), t.drills());
        String id = given().auth().preemptive().basic(tenant.editor(), tenant.password()).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": 2026, \"title\": \"DR 구성 " + components + "\"}")
                .post("/api/v1/filings").then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.editor(), tenant.password()).contentType(ContentType.JSON)
                .header("If-Match", "\"d0\"").body(CanonicalJson.write(own)).put("/api/v1/filings/" + id + "/draft")
                .then().statusCode(200);
        return id;
    }

    /** A 6,000-component filing of a fresh organisation: its pictures' address and its editor, signed in. */
    private record Filed(String base, Browserless editor) {
    }

    private static Filed fileAndSignIn(String purpose) {
        Tenants.Tenant tenant = Tenants.fresh(purpose);
        String id = bigFiling(tenant, 6_000, 4);
        return new Filed("/filings/" + id + "/pictures", Browserless.signIn(tenant.editor()));
    }

    private static int count(String html, String what) {
        return html.split(Pattern.quote(what), -1).length - 1;
    }

    /** The number the overview's row of {@code site} gives as the components placed there. */
    private static int placed(String page, String site) {
        Matcher m = Pattern.compile("data-site=\"" + site + "\".*?<td class=\"pic-num pic-ov-total\">([0-9,]+)</td>", Pattern.DOTALL)
                .matcher(page);
        assertTrue(m.find(), "the overview has a row for " + site);
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    @Test
    void aBigFilingOpensAsTheOverviewAndOpensOneSiteOrOneServiceOnDemand() {
        Filed f = fileAndSignIn("picbig");
        Browserless editor = f.editor();
        String base = f.base();
        String page = editor.get(base).then().statusCode(200)
                .body(containsString("구성요소가 6,000개라 상자로 다 그리지 않고"), containsString("⚙ deployment")).extract().asString();
        assertFalse(page.contains("id=\"pic-cy\""), "no diagram of every box");
        assertEquals(4, count(page, "<a href=\"" + base + "?focus=site%3Asite-"), "each site opens by a plain link");
        assertTrue(page.contains("hx-get=\"" + base + "/overview?focus=site:site-002\""), "and by htmx");
        assertTrue(page.contains("<option value=\"service:svc-0\""), "every service can be opened");
        assertFalse(page.contains("class=\"pic-box"), "nothing is open yet");
        int inSite2 = placed(page, "site-002");
        assertTrue(inSite2 > 1_000, "thousands of components in one site: " + inSite2);

        String fragment = editor.get(base + "/overview?focus=site:site-002").then().statusCode(200)
                .body(containsString("Site 2에 배치된 구성요소 " + inSite2 + "개")).extract().asString();
        assertEquals(inSite2, count(fragment, "<li class=\"pic-box"), "one box per component placed in the site, no more");
        assertFalse(fragment.contains("<table class=\"pic-ov\""), "the fragment is the opened site only");
        given().cookies(editor.cookies()).header("HX-Request", "true").get(base + "/overview?focus=site:site-002")
                .then().statusCode(200).header("HX-Replace-Url", base + "?focus=site%3Asite-002#diagram");

        String noScript = editor.get(base + "?focus=site:site-002").then().statusCode(200).extract().asString();
        assertEquals(inSite2, count(noScript, "<li class=\"pic-box"), "without JavaScript the link opens the same boxes");
        assertTrue(noScript.contains("<tr class=\"pic-ov-open\"><th scope=\"row\"><a href=\"" + base + "?focus=site%3Asite-002"),
                "its row is marked");

        String service = editor.get(base + "/overview?focus=service:svc-0").then().statusCode(200)
                .body(containsString("Service 0 서비스가 의존하는 구성요소")).extract().asString();
        int boxes = count(service, "<li class=\"pic-box");
        assertTrue(boxes > 0 && boxes < 6_000 * 2, "the closure, not the topology: " + boxes);

        editor.get(base + "/overview?focus=site:nowhere").then().statusCode(404);
        Browserless other = Browserless.signIn(Tenants.fresh("picbig-other").editor());
        other.get(base + "/overview?focus=site:site-002").then().statusCode(404);
    }

    @Test
    void theMatrixOfSixtyServicesShowsFiftyAPageAndTheSidePanelWaitsForACell() {
        Filed f = fileAndSignIn("picrows");
        String base = f.base();
        String first = f.editor().get(base).then().statusCode(200)
                .body(containsString("서비스 60개 중 1–50번째(모든 시나리오에서 잃는 이용자가 많은 순)"),
                        containsString("<a class=\"krds-btn small tertiary\" href=\"" + base + "?page=2#matrix\" rel=\"next\">다음 ›</a>"))
                .extract().asString();
        assertEquals(50, count(first, "<tr id=\"row-"));
        assertFalse(first.contains("rel=\"prev\""));
        assertTrue(Pattern.compile("<aside id=\"pic-side\"[^>]*></aside>").matcher(first).find(),
                "the side panel is empty, which its style shows as closed, until a cell's explanation comes");

        String second = f.editor().get(base + "?page=2").then().statusCode(200)
                .body(containsString("서비스 60개 중 51–60번째")).extract().asString();
        assertEquals(10, count(second, "<tr id=\"row-"));
        assertTrue(second.contains("href=\"" + base + "?page=1#matrix\" rel=\"prev\""));
        for (String row : first.split("<tr id=\"row-")) {
            if (row.startsWith("svc-")) {
                String svc = row.substring(0, row.indexOf('"'));
                assertFalse(second.contains("<tr id=\"row-" + svc + "\""), "a service is on one page only: " + svc);
            }
        }
        given().cookies(f.editor().cookies()).accept("text/html").header("Accept-Language", "en").get(base + "?page=2")
                .then().statusCode(200).body(containsString("Services 51–60 of 60 (most users lost over all scenarios first)"),
                        containsString("rel=\"prev\">‹ Previous</a>"));
    }
}
