package kr.drregistry.review.web;

import static io.restassured.RestAssured.given;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Browserless;

/** Submitted Kakao-like filings of example-talk for the review page tests, in plan years 2070–2079 only. */
public final class ReviewFilings {
    public static final String PW = Browserless.PASSWORD;
    private static final AtomicInteger YEARS = new AtomicInteger(2070);

    /** The talk SPOF of the Kakao-like example: present in every revision the tests make. */
    public static final String TALK = "SPOF-002|service|talk|campus:pangyo";
    /** A pay SPOF: gone once the revision makes pay a tier-2 service. */
    public static final String PAY = "SPOF-002|service|pay|campus:pangyo";

    private ReviewFilings() {
    }

    public static String kakao() throws Exception {
        return Files.readString(Path.of("examples", "kakao-like-2022.yaml"));
    }

    /** The revision: pay becomes tier 2, so its tier-1 findings are resolved; talk's stay. */
    public static String revised() throws Exception {
        String y = kakao().replace("  - id: pay\n    name: Payments\n    tier: 1", "  - id: pay\n    name: Payments\n    tier: 2");
        if (y.equals(kakao())) {
            throw new AssertionError("the example changed: pay is no longer a tier-1 service");
        }
        return y;
    }

    /** A new filing of {@code type} in the first free plan year from 2070 (by talk-editor): its id and year. */
    private static Object[] newFiling(String type, String title) {
        for (int attempt = 0; attempt < 10; attempt++) {
            int year = YEARS.getAndIncrement();
            if (year > 2079) {
                break;
            }
            Response r = given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON)
                    .body("{\"type\": \"" + type + "\", \"planYear\": " + year + ", \"title\": \"" + title + "\"}").post("/api/v1/filings");
            if (r.statusCode() == 409) {
                continue;
            }
            if (r.statusCode() != 201) {
                throw new AssertionError("creating a filing: " + r.statusCode() + " " + r.asString());
            }
            return new Object[] {r.path("id"), year};
        }
        throw new AssertionError("no free plan year in 2070–2079");
    }

    /** A topology filing with the Kakao-like example submitted as version 1 (by talk-officer). */
    public static String submittedKakao(String title) throws Exception {
        String id = (String) newFiling("TOPOLOGY", title)[0];
        saveAndSubmit(id, kakao(), 0);
        return id;
    }

    /** A plan filing with examples/plan-example-talk-2026.json (for its plan year) submitted as version 1. */
    public static String submittedPlan(String title) throws Exception {
        Object[] filing = newFiling("PLAN", title);
        String id = (String) filing[0];
        String plan = Files.readString(Path.of("examples", "plan-example-talk-2026.json")).replace("\"planYear\": 2027", "\"planYear\": " + filing[1]);
        given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON).header("If-Match", "\"d0\"")
                .body(plan.getBytes(java.nio.charset.StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201);
        return id;
    }

    /** Saves {@code yaml} as the draft (If-Match draft version {@code draftVersion}) and submits it. */
    public static void saveAndSubmit(String id, String yaml, long draftVersion) {
        given().auth().preemptive().basic("talk-editor", PW).contentType("application/yaml").header("If-Match", "\"d" + draftVersion + "\"")
                .body(yaml.getBytes(java.nio.charset.StandardCharsets.UTF_8)).put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic("talk-officer", PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201);
    }

    public static Response filing(String id) {
        return given().auth().preemptive().basic("talk-editor", PW).accept(ContentType.JSON).get("/api/v1/filings/" + id);
    }

    public static Response record(String id, int n) {
        return given().auth().preemptive().basic("reviewer", PW).accept(ContentType.JSON).get("/api/v1/filings/" + id + "/versions/" + n + "/review");
    }

    /** How many audit entries with {@code action} the filing has (read by the lead through the API). */
    public static long audits(String id, String action) {
        java.util.List<String> actions = given().auth().preemptive().basic("lead", PW).accept(ContentType.JSON)
                .get("/api/v1/audit?subject=" + id + "&limit=1000").then().statusCode(200).extract().path("action");
        return actions.stream().filter(action::equals).count();
    }
}
