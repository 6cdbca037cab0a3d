package kr.drregistry.platform;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kr.drregistry.budget.Budget;
import kr.drregistry.support.Browserless;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The parse and validation budget at the API and in the portal (issue 15, the High finding): size, line and text
 * limits refuse at once with the limit named, one principal runs at most two expensive requests at once, and work
 * whose client has gone stops. The time bounds asserted are loose functional guards (figures: BENCHMARKS.md).
 */
@QuarkusTest
class ParseBudgetApiTest {
    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh("parse-budget");

    @io.quarkus.test.common.http.TestHTTPResource(value = "/", management = true)
    java.net.URL management;

    private static final String PW = "demo-pass-2026";

    @Inject
    ExpensiveWork work;

    @TestHTTPResource("/")
    java.net.URL root;

    private static Response validate(String user, String type, byte[] body) {
        return given().auth().preemptive().basic(user, PW).contentType(type).body(body).post("/api/v1/validate");
    }

    @Test
    void anEightMegabyteYamlValueIsRefusedAtOnceWithTheLineLimitNamed() {
        byte[] doc = ("operator: \"" + "k".repeat(8 * 1024 * 1024) + "\"\n").getBytes(StandardCharsets.UTF_8);
        validate(tenant.editor(), "application/yaml", doc).then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:drr:problem:line-too-long"))
                .body("limit.name", equalTo("drr.budget.yaml-max-line-chars"), "limit.value", equalTo("65536"))
                .body("detail", containsString("drr.budget.yaml-max-line-chars"))
                .body("errors[0].line", equalTo(1), "errors[0].messageKo", containsString("65,536"));
        // the refusal comes from the line check before the YAML parser (its problem type says so); how fast that is
        // on an idle machine is in BENCHMARKS.md, not asserted here (timings on a shared test machine prove nothing)
    }

    @Test
    void yamlBeyondItsSizeLimitAndTextsBeyondTheirsAreRefusedWithTheLimitNamed() {
        StringBuilder big = new StringBuilder(17 * 1024 * 1024 + 100);
        while (big.length() <= 16 * 1024 * 1024) {
            big.append("# a comment line that makes the document large, well under the line limit\n");
        }
        validate(tenant.editor(), "application/yaml", big.toString().getBytes(StandardCharsets.UTF_8)).then().statusCode(413)
                .body("type", equalTo("urn:drr:problem:too-large"))
                .body("limit.name", equalTo("drr.budget.yaml-max-bytes"), "limit.value", equalTo("16777216"));
        String json = "{\"format\": \"drr/v1\", \"operator\": \"" + "k".repeat(10_001) + "\"}";
        validate(tenant.editor(), "application/json", json.getBytes(StandardCharsets.UTF_8)).then().statusCode(413)
                .body("type", equalTo("urn:drr:problem:text-too-long"))
                .body("limit.name", equalTo("drr.budget.max-text-chars"), "limit.value", equalTo("10000"))
                .body("errors[0].pointer", equalTo("/operator"));
    }

    @Test
    void normalFilingsStillPass() throws Exception {
        validate(tenant.editor(), "application/yaml", Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml")))
                .then().statusCode(200).body("summary.critical", org.hamcrest.Matchers.greaterThan(0));
        assertEquals(0, work.running(tenant.editor()), "the slot is given back");
    }

    @Test
    void aThirdConcurrentRequestOfOnePrincipalGets429WithRetryAfterAndOthersAreNotAffected() throws Exception {
        byte[] kakao = Files.readAllBytes(Path.of("examples", "kakao-like-2022.yaml"));
        // two checks of the officer are running (held here, as a slow request would hold them)
        work.acquire(tenant.officer());
        work.acquire(tenant.officer());
        try {
            validate(tenant.officer(), "application/yaml", kakao).then().statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", "2")
                    .body("type", equalTo("urn:drr:problem:too-many-concurrent-requests"))
                    .body("limit.name", equalTo("drr.budget.concurrent-per-principal"), "limit.value", equalTo("2"))
                    .body("errors[0].messageKo", containsString("동시에 2건"));
            // a draft save and a submission of the same person are refused the same way; nothing is stored
            given().auth().preemptive().basic(tenant.officer(), PW).contentType("application/yaml").header("If-Match", "\"d0\"")
                    .body(kakao).put("/api/v1/filings/" + java.util.UUID.randomUUID() + "/draft").then().statusCode(429);
            given().auth().preemptive().basic(tenant.officer(), PW).contentType("application/json")
                    .post("/api/v1/filings/" + java.util.UUID.randomUUID() + "/submit")
                    .then().statusCode(429);
            // another person is not affected
            validate(tenant.editor(), "application/yaml", kakao).then().statusCode(200);
        } finally {
            work.release(tenant.officer());
            work.release(tenant.officer());
        }
        validate(tenant.officer(), "application/yaml", kakao).then().statusCode(200);
    }

    @Test
    void thePortalsLiveCheckShowsTheRefusalInThePageLanguage() throws Exception {
        Browserless editor = Browserless.signIn(tenant.editor());
        String page = BudgetPages.workspace(tenant.editor(), 2091);
        String doc = tenant.own(Files.readString(Path.of("examples", "healthy-multisite.yaml")));
        work.acquire(tenant.editor());
        work.acquire(tenant.editor());
        try {
            String ko = BudgetPages.post(editor, page + "/check", page, "document", doc).then().statusCode(200)
                    .extract().asString();
            assertTrue(ko.contains("id=\"check-refused\"") && ko.contains("동시에 처리 중인 요청이 너무 많습니다")
                    && ko.contains("drr.budget.concurrent-per-principal"), ko);
            String csrf = editor.csrfToken(page);
            String en = given().redirects().follow(false).cookies(editor.cookies()).cookie("drr-lang", "en")
                    .header("Accept-Language", "en").contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParam("csrf-token", csrf).formParam("document", doc)
                    .post(page + "/check").then().statusCode(200).extract().asString();
            assertTrue(en.contains("Too many concurrent requests") && en.contains("at most 2 run at once"), en);
            // a save refused by the budget keeps the text and does not check it again
            Response save = BudgetPages.post(editor, page, page, "document", doc + "# mine\n", "draftVersion", 0);
            assertEquals(429, save.statusCode());
            assertTrue(save.asString().contains("# mine") && save.asString().contains("id=\"check-refused\""));
        } finally {
            work.release(tenant.editor());
            work.release(tenant.editor());
        }
        BudgetPages.post(editor, page + "/check", page, "document", doc).then().statusCode(200)
                .body(containsString("drr-check-ok"));
    }

    @Test
    void workWhoseClientHasGoneStops() throws Exception {
        BudgetProbeResource.reset();
        String auth = Base64.getEncoder().encodeToString((tenant.editor() + ":" + PW).getBytes(StandardCharsets.UTF_8));
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/budget-probe HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic " + auth
                    + "\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            assertTrue(BudgetProbeResource.started.await(30, TimeUnit.SECONDS), "the work started");
            assertEquals(1, work.running(tenant.editor()));
        }
        // the client closed the connection: the work stops at its next check instead of running for drr.budget.time
        assertTrue(BudgetProbeResource.stopped.await(10, TimeUnit.SECONDS), "the work stopped");
        assertEquals(Budget.Stop.CLIENT_GONE, BudgetProbeResource.reason);
        for (int i = 0; i < 50 && work.running(tenant.editor()) > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, work.running(tenant.editor()), "the slot is given back");
        String metrics = given().get("http://" + management.getHost() + ":" + management.getPort() + "/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("drr_budget_refusals_total{limit=\"client-gone\"}"), "counted");
    }
}
