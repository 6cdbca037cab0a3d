package kr.drregistry.incident;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static kr.drregistry.support.Api.token;
import static kr.drregistry.support.Incidents.create;
import static kr.drregistry.support.Incidents.saveDraft;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import kr.drregistry.support.Incidents;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** Post-incident reports through the REST API: operator tools with tokens, and the regulator's review. */
@QuarkusTest
class IncidentApiTest {
    static final String PW = "demo-pass-2026";

    /** A new organisation per test (made inside the running app): its incidents and topology are nobody else's. */
    private final Tenant tenant = Tenants.fresh("incident");

    private void fileKakaoTopology() {
        Incidents.fileKakaoTopology(tenant);
    }

    static Response reviewer(String path, String body) {
        var r = given().auth().preemptive().basic("reviewer", PW).contentType(ContentType.JSON);
        return body == null ? r.post(path) : r.body(body).post(path);
    }

    @Test
    void anOperatorToolFilesInitialAndFinalReportsAndTheRegulatorReviewsThem() throws Exception {
        fileKakaoTopology();
        String token = token(tenant.officer(), "read,submit");
        Instant detected = Instant.now().minus(20, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        Instant occurred = detected.minus(10, ChronoUnit.MINUTES);
        String id = create(token, "결제 장애", occurred, detected);

        given().auth().oauth2(token).get("/api/v1/incidents").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.next.id", equalTo("initial"),
                        "find { it.id == '" + id + "' }.next.state", equalTo("DUE"),
                        "find { it.id == '" + id + "' }.next.dueAt", equalTo(detected.plus(1, ChronoUnit.HOURS).toString()),
                        "find { it.id == '" + id + "' }.overdue", equalTo(false));
        reviewer("/api/v1/incidents/" + id + "/acknowledge", null).then().statusCode(404);
        given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incidents/" + id).then().statusCode(404);

        String initial = "{\"summary\": \"결제 승인 지연\", \"occurredAt\": \"" + occurred + "\", \"detectedAt\": \"" + detected + "\","
                + " \"affectedServices\": [{\"id\": \"pay\"}], \"affectedSites\": [\"pangyo\"], \"cause\": {\"category\": \"software-change\"}}";
        saveDraft(token, id, "\"d1\"", initial).then().statusCode(200).header("ETag", "\"d2\"");
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/final/submit").then().statusCode(409)
                .body("type", equalTo("urn:drr:problem:stage-order"));
        Response first = given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/initial/submit");
        first.then().statusCode(201).body("version", equalTo(1), "stage", equalTo("initial"), "late", equalTo(false),
                "dueAt", equalTo(detected.plus(1, ChronoUnit.HOURS).toString()), "topologyVersion", equalTo(1));

        reviewer("/api/v1/incidents/" + id + "/acknowledge", null).then().statusCode(200).body("status", equalTo("UNDER_REVIEW"),
                "reportSource", equalTo("version"), "report.affectedServices[0].id", equalTo("pay"), "draft", nullValue());
        reviewer("/api/v1/incidents/" + id + "/request-information", "{\"reason\": \"복구 예상 시각을 알려 주십시오\"}").then().statusCode(400);
        reviewer("/api/v1/incidents/" + id + "/request-information", "{\"reason\": \"복구 예상 시각을 알려 주십시오\", \"dueDate\": \"2099-01-31\"}")
                .then().statusCode(200).body("status", equalTo("CHANGES_REQUESTED"), "decisions.reason", hasItem("복구 예상 시각을 알려 주십시오"));

        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"at\": \"" + detected.plus(5, ChronoUnit.MINUTES) + "\", \"text\": \"배포 되돌리기 시작\"}")
                .post("/api/v1/incidents/" + id + "/timeline").then().statusCode(201).body("recordedBy", containsString("token"));
        given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incidents/" + id).then().statusCode(200)
                .body("timeline", org.hamcrest.Matchers.empty());

        Instant recovered = detected.plus(15, ChronoUnit.MINUTES);
        String fin = initial.replace("}}", "}, \"recoveredAt\": \"" + recovered + "\", \"usersAffected\": 120000, "
                + "\"actions\": [{\"at\": \"" + detected.plus(5, ChronoUnit.MINUTES) + "\", \"description\": \"배포 되돌림\"}], "
                + "\"final\": {\"rootCauses\": \"설정 오류\", \"resolution\": \"되돌림\", \"recurrencePrevention\": \"단계적 배포\", \"recurring\": false}}");
        saveDraft(token, id, "\"d2\"", fin).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/final/submit").then().statusCode(422)
                .body("errors.pointer", hasItem("/cause/description"));
        saveDraft(token, id, "\"d3\"", fin.replace("\"software-change\"", "\"software-change\", \"description\": \"결제 게이트웨이 설정 배포 오류\""))
                .then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/final/submit").then().statusCode(201)
                .body("version", equalTo(2), "stage", equalTo("final"), "late", equalTo(false));

        Response seen = given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incidents/" + id);
        seen.then().statusCode(200).body("status", equalTo("SUBMITTED"), "stages.state", equalTo(List.of("SUBMITTED", "SUBMITTED")),
                "submissions.stage", equalTo(List.of("initial", "final")), "timeline.text", hasItem("배포 되돌리기 시작"),
                "report.final.recurring", equalTo(false));
        given().auth().preemptive().basic("reviewer", PW).accept(ContentType.JSON).get("/api/v1/filings/" + id + "/versions/2").then()
                .statusCode(200).body("stage", equalTo("final"), "timeline[0].text", equalTo("배포 되돌리기 시작"));

        reviewer("/api/v1/incidents/" + id + "/close", "{\"reason\": \"최종 보고 확인\"}").then().statusCode(200)
                .body("status", equalTo("ACCEPTED"), "decisions.decision", hasItem("ACCEPT"));
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/final/submit").then().statusCode(409)
                .body("type", equalTo("urn:drr:problem:incident-closed"));
        given().auth().oauth2(token).get("/api/v1/incidents?open=true").then().statusCode(200).body("id", not(hasItem(id)));
    }

    @Test
    void aKakaoLikeOutageOf127HoursGetsInc001AgainstTheFiledRtoAndALateInitialReport() throws Exception {
        fileKakaoTopology();
        String token = token(tenant.officer(), "read,submit");
        String id = create(token, "판교 데이터센터 화재", Instant.parse("2022-10-15T06:33:00Z"), Instant.parse("2022-10-15T06:40:00Z"));
        saveDraft(token, id, "\"d1\"", """
                {"summary": "판교 데이터센터 화재로 메신저·로그인 중단", "occurredAt": "2022-10-15T15:33:00+09:00",
                 "detectedAt": "2022-10-15T15:40:00+09:00", "recoveredAt": "2022-10-20T22:33:00+09:00",
                 "affectedServices": [{"id": "talk", "dataLossMinutes": 0}, {"id": "login"}], "affectedSites": ["pangyo"],
                 "cause": {"category": "fire", "description": "UPS 리튬이온 배터리 화재"}}
                """).then().statusCode(200).body("draftFindings.rule", hasItem("INC-001"));
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/initial/submit").then().statusCode(201)
                .body("late", equalTo(true), "dueAt", equalTo("2022-10-15T07:40:00Z"), "findings.high", org.hamcrest.Matchers.greaterThanOrEqualTo(3));
        Response findings = given().auth().preemptive().basic("reviewer", PW).get("/api/v1/filings/" + id + "/versions/1/findings?view=full");
        findings.then().statusCode(200).body("policy.id", equalTo("incident-kr"), "findings.rule", hasItem("INC-001"),
                "findings.rule", hasItem("INC-003"));
        List<String> messages = findings.path("findings.findAll { it.rule == 'INC-001' }.message.ko");
        assertEquals(2, messages.size(), "talk and login each declared 60 minutes");
        assertTrue(messages.get(0).contains("127시간"), messages.toString());
        given().auth().preemptive().basic("reviewer", PW).get("/api/v1/incidents").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.stages[0].state", equalTo("SUBMITTED_LATE"),
                        "find { it.id == '" + id + "' }.next.id", equalTo("final"),
                        "find { it.id == '" + id + "' }.overdue", equalTo(true));
    }

    @Test
    void affectedServicesAndSitesMustBeInTheFiledTopologyAndTheDraftStaysUnchanged() throws Exception {
        fileKakaoTopology();
        String token = token(tenant.officer(), "read,submit");
        String id = create(token, "지도 장애", Instant.now().minus(1, ChronoUnit.HOURS), Instant.now().minus(50, ChronoUnit.MINUTES));
        saveDraft(token, id, "\"d1\"", "{\"affectedServices\": [{\"id\": \"map\"}, {\"id\": \"webtoon\"}], \"affectedSites\": [\"gasan\"]}")
                .then().statusCode(422).contentType(containsString("problem+json"))
                .body("errors.pointer", equalTo(List.of("/affectedServices/1/id", "/affectedSites/0")),
                        "errors[0].messageKo", containsString("webtoon"));
        saveDraft(token, id, "\"d1\"", "{\"cause\": {\"category\": \"meteor\"}, \"colour\": \"red\"}").then().statusCode(422)
                .body("errors.pointer", hasItem("/cause/category"), "errors.pointer", hasItem("/colour"));
        given().auth().oauth2(token).get("/api/v1/incidents/" + id).then().statusCode(200).header("ETag", "\"d1\"")
                .body("report.affectedServices", nullValue());
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/initial/submit").then().statusCode(422)
                .body("errors.pointer", hasItem("/affectedServices"), "errors.pointer", hasItem("/cause/category"));
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(409)
                .body("type", equalTo("urn:drr:problem:submit-per-stage"));

        String reader = token(tenant.officer(), "read");
        saveDraft(reader, id, "\"d1\"", "{}").then().statusCode(403);
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON).post("/api/v1/incidents/" + id + "/stages/initial/submit").then().statusCode(403);
        given().auth().preemptive().basic(Tenants.fresh("incident-other").editor(), PW).get("/api/v1/incidents/" + id).then().statusCode(404);
    }

    @Test
    void theLeadSelectsTheDoraPolicyForNewIncidents() {
        given().auth().preemptive().basic("reviewer", PW).contentType(ContentType.JSON).post("/api/v1/incident-policies/incident-dora/2025.1/activate").then().statusCode(403);
        given().auth().preemptive().basic("lead", PW).contentType(ContentType.JSON).post("/api/v1/incident-policies/incident-dora/2025.1/activate").then().statusCode(200);
        try {
            String token = token(tenant.officer(), "read,submit");
            Instant classified = Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
            String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"title\": \"DORA 시험\", \"detectedAt\": \"" + classified.minus(2, ChronoUnit.HOURS) + "\", \"classifiedAt\": \"" + classified + "\"}")
                    .post("/api/v1/incidents").then().statusCode(201)
                    .body("policy.id", equalTo("incident-dora"), "stages.id", equalTo(List.of("initial", "intermediate", "final")),
                            "stages[0].dueAt", equalTo(classified.plus(4, ChronoUnit.HOURS).toString()), "stages[0].basis", equalTo("classification"),
                            "stages[1].state", equalTo("WAITING"))
                    .extract().path("id");
            given().auth().oauth2(token).get("/api/v1/incidents/" + id).then().body("policy.version", equalTo("2025.1"));
            String doc = given().auth().preemptive().basic("lead", PW).get("/api/v1/incident-policies/active").then().statusCode(200)
                    .extract().asString();
            given().auth().preemptive().basic("lead", PW).contentType(ContentType.JSON).body(doc).post("/api/v1/incident-policies")
                    .then().statusCode(409);
            given().auth().preemptive().basic("lead", PW).contentType(ContentType.JSON)
                    .body(doc.replace("\"2025.1\"", "\"2025.1-test\"").replace("\"PT72H\"", "\"soon\"")).post("/api/v1/incident-policies")
                    .then().statusCode(422).body("errors.pointer", hasItem("/stages/1/deadlines/0/within"));
        } finally {
            given().auth().preemptive().basic("lead", PW).contentType(ContentType.JSON).post("/api/v1/incident-policies/incident-kr/2026.1/activate").then().statusCode(200);
        }
    }
}
