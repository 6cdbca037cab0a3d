package kr.drregistry.filing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import kr.drregistry.support.Api;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The filing lifecycle through the REST API with API tokens. */
@QuarkusTest
class FilingApiTest {
    private static final String PW = "demo-pass-2026";
    /** Any plan year: the organisation is this test's own. */
    private static final int YEAR = 2027;

    @Inject
    DataSource dataSource;

    /** A new organisation per test (a field of the test instance, made inside the running app). */
    private final Tenant tenant = Tenants.fresh("api");

    private byte[] kakao() {
        return Api.kakao(tenant).getBytes(StandardCharsets.UTF_8);
    }

    private static String createTopology(String token, int year) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + year + ", \"title\": \"DR 구성 " + year + "\"}")
                .post("/api/v1/filings").then().statusCode(201).header("ETag", "\"d0\"")
                .extract().path("id");
    }

    @Test
    void theWholeLifecycleThroughTheApiWithATokenAndAReviewer() throws Exception {
        String token = Api.token(tenant.officer(), "read,validate,submit");
        int year = YEAR;
        String id = createTopology(token, year);

        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200).header("ETag", "\"d1\"")
                .body("draft.present", equalTo(true), "status", equalTo("DRAFT"));

        Response submitted = given().auth().oauth2(token).header("Idempotency-Key", "k-" + id).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit");
        submitted.then().statusCode(201).body("number", equalTo(1), "sha256", matchesPattern("[0-9a-f]{64}"),
                "policy.id", equalTo("kr-msit"), "findings.critical", org.hamcrest.Matchers.greaterThan(0));
        String sha = submitted.path("sha256");

        String canonical = given().auth().oauth2(token).accept(ContentType.JSON).get("/api/v1/filings/" + id + "/versions/1")
                .then().statusCode(200).extract().asString();
        assertEquals(sha, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8))),
                "the hash is the SHA-256 of the canonical JSON served");
        given().auth().oauth2(token).accept("application/yaml").get("/api/v1/filings/" + id + "/versions/1")
                .then().statusCode(200).contentType(containsString("yaml")).body(containsString("format: drr/v1"));
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1/findings")
                .then().statusCode(200).body("findings.items.rule", hasItem("SPOF-002"), "findings.items.rule", hasItem("OPS-001"));
        // the frozen report read as a stream gives the same compact view as the report in memory
        String query = "?lang=both&size=1000&rootSize=1000";
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String stored = given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1/findings" + query)
                .then().statusCode(200).extract().asString();
        String full = given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1/findings?view=full")
                .then().statusCode(200).extract().asString();
        // the version keeps its report in the shared-step form; view=full is the full report the engine gives for
        // the same document, byte for byte (what the version stored before that form)
        String validated = given().auth().oauth2(token).contentType("application/yaml").body(kakao())
                .post("/api/v1/validate?view=full").then().statusCode(200).extract().asString();
        assertEquals(validated, full, "view=full is the full report, as it was stored before the shared-step form");
        String column = storedReport(id, 1);
        assertTrue(column.startsWith("{\"form\":\"drr-report-stored/1\""), column.substring(0, 80));
        assertTrue(column.length() < full.length(), "stored " + column.length() + " characters, in full " + full.length());
        kr.drregistry.topology.api.ReportView view = mapper.readValue(full, kr.drregistry.topology.api.ReportView.class);
        assertEquals(mapper.readTree(mapper.writeValueAsString(kr.drregistry.topology.api.CompactReport.of(view,
                        kr.drregistry.topology.api.ReportQuery.of(null, "both", null, null, null, null, 1, 1000, 1, 1000)))),
                mapper.readTree(stored));
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1/findings?root=component:deploy-tool&severity=critical&size=3")
                .then().statusCode(200).body("findings.items.size()", equalTo(3))
                .body("findings.items.roots.flatten()", hasItem("component:deploy-tool"));

        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(409)
                .body("type", equalTo("urn:drr:problem:illegal-transition"));

        review(id, "{\"move\": \"ACCEPT\", \"version\": 1}").then().statusCode(409);
        review(id, "{\"move\": \"START_REVIEW\", \"version\": 1}").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        review(id, "{\"move\": \"REQUEST_CHANGES\", \"version\": 1}").then().statusCode(400);
        review(id, "{\"move\": \"REQUEST_CHANGES\", \"version\": 1, \"reason\": \"배포 도구를 두 사이트에 두십시오\", \"dueDate\": \"2099-01-31\"}")
                .then().statusCode(200).body("status", equalTo("CHANGES_REQUESTED"));

        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(new String(kakao(), StandardCharsets.UTF_8).replace("asOf: 2022-10-14", "asOf: 2022-10-15").getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201).body("number", equalTo(2));
        review(id, "{\"move\": \"START_REVIEW\", \"version\": 2}").then().statusCode(200);
        review(id, "{\"move\": \"ACCEPT\", \"version\": 2}").then().statusCode(200).body("status", equalTo("ACCEPTED"),
                "versions.number", org.hamcrest.Matchers.contains(1, 2), "decisions.decision", hasItem("REQUEST_CHANGES"));

        given().auth().preemptive().basic(tenant.editor(), PW).get("/api/v1/filings/" + id)
                .then().statusCode(200).body("status", equalTo("ACCEPTED"), "decisions.reason", hasItem("배포 도구를 두 사이트에 두십시오"));
    }

    private static Response review(String id, String body) {
        return given().auth().preemptive().basic("reviewer", PW).contentType(ContentType.JSON).body(body)
                .post("/api/v1/filings/" + id + "/review");
    }

    @Test
    void aStaleDraftSaveIsRefusedAndChangesNothing() throws Exception {
        String token = Api.token(tenant.editor(), "read,validate");
        String officer = Api.token(tenant.officer(), "submit,read");
        String id = createTopology(officer, YEAR);
        given().auth().oauth2(officer).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(officer).contentType("application/yaml").header("If-Match", "\"d0\"")
                .body("format: drr/v1\n".getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(412).body("type", equalTo("urn:drr:problem:stale-draft"));
        given().auth().oauth2(officer).contentType("application/yaml").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(428);
        given().auth().oauth2(officer).contentType("application/yaml").header("If-Match", "\"d1\"")
                .body(("format: drr/v1\noperator: " + tenant.slug() + "\n").getBytes(StandardCharsets.UTF_8))
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(422);
        given().auth().oauth2(token).get("/api/v1/filings/" + id).then().statusCode(200)
                .header("ETag", "\"d1\"").body("draft.version", equalTo(1));
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d1\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(403);
    }

    @Test
    void aRepeatedIdempotencyKeyCreatesOneVersion() throws Exception {
        String token = Api.token(tenant.officer(), "read,submit");
        String id = createTopology(token, YEAR);
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        String first = given().auth().oauth2(token).header("Idempotency-Key", "same").contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201).extract().path("sha256");
        given().auth().oauth2(token).header("Idempotency-Key", "same").contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit")
                .then().statusCode(201).body("number", equalTo(1), "sha256", equalTo(first));
        given().auth().oauth2(token).get("/api/v1/filings/" + id).then().body("versions.size()", equalTo(1), "latestVersion", equalTo(1));
    }

    @Test
    void editorsDraftButOnlyTheOfficerSubmits() throws Exception {
        int year = YEAR;
        String id = given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + year + ", \"title\": \"t\"}").post("/api/v1/filings")
                .then().statusCode(201).extract().path("id");
        given().auth().preemptive().basic(tenant.editor(), PW).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(403);
        given().auth().preemptive().basic(tenant.officer(), PW).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + year + ", \"title\": \"again\"}").post("/api/v1/filings")
                .then().statusCode(409);
    }

    @Test
    void tokensOfOneOrganisationSeeNothingOfAnother() throws Exception {
        String talk = Api.token(tenant.officer(), "read,submit");
        // every scope, so that the scope gate lets it through and the tenancy check is what answers
        String portal = Api.token(Tenants.fresh("api-other").officer(), "read,validate,submit");
        String id = createTopology(talk, YEAR);
        given().auth().oauth2(portal).get("/api/v1/filings/" + id).then().statusCode(404);
        given().auth().oauth2(portal).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(404);
        given().auth().oauth2(portal).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(404);
        given().auth().oauth2(portal).get("/api/v1/filings").then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        given().auth().oauth2(talk).get("/api/v1/filings").then().body("items.id", hasItem(id));
        given().auth().preemptive().basic("reviewer", PW).get("/api/v1/filings/" + id).then().statusCode(404);
    }

    @Test
    void aTokenWithoutTheScopeIsRefusedAndARevokedTokenIsDead() {
        String readOnly = Api.token(tenant.officer(), "read");
        given().auth().oauth2(readOnly).contentType(ContentType.JSON)
                .body("{\"type\": \"TOPOLOGY\", \"planYear\": " + YEAR + ", \"title\": \"t\"}").post("/api/v1/filings").then().statusCode(403);
        String id = given().auth().preemptive().basic(tenant.officer(), PW).get("/api/v1/tokens").then().extract()
                .path("find { it.prefix == '" + readOnly.substring(0, 10) + "' }.id");
        given().auth().preemptive().basic(tenant.officer(), PW).delete("/api/v1/tokens/" + id).then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(readOnly).get("/api/v1/filings").then().statusCode(401);
        given().auth().oauth2("drr_not-a-token").get("/api/v1/filings").then().statusCode(401);
        given().auth().preemptive().basic(tenant.editor(), PW).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"scopes\": [\"submit\"]}").post("/api/v1/tokens").then().statusCode(403);
    }

    /** A new topology filing with the Kakao-like example submitted as its version 1. */
    private String submittedKakao(String token) {
        String id = createTopology(token, YEAR);
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        return id;
    }

    private String storedReport(String id, int number) throws SQLException {
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("select report from filing_version where filing_id = ?::uuid and number = ?")) {
            ps.setString(1, id);
            ps.setInt(2, number);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return kr.drregistry.platform.StoredText.decode(rs.getBytes(1));
            }
        }
    }

    /**
     * Drafts and versions are kept compressed (V41: a 100,000-component draft is 63 MB of text) and read back as they
     * were sent and frozen: the draft's text and length, the version's content under its SHA-256.
     */
    @Test
    void draftsAndVersionsAreStoredCompressedAndReadBackUnchanged() throws Exception {
        String token = Api.token(tenant.officer(), "read,submit");
        String id = createTopology(token, YEAR);
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        String sent = new String(kakao(), StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("select draft_content, draft_chars from filing where id = ?::uuid")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                byte[] raw = rs.getBytes(1);
                assertTrue((raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b, "the draft is kept gzipped");
                assertTrue(raw.length * 2 < kakao().length, "and smaller than sent: " + raw.length);
                assertEquals(sent, kr.drregistry.platform.StoredText.decode(raw));
                assertEquals(sent.codePointCount(0, sent.length()), rs.getLong(2));
            }
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        String served = given().auth().oauth2(token).accept(ContentType.JSON).get("/api/v1/filings/" + id + "/versions/1")
                .then().statusCode(200).extract().asString();
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("select content, content_sha256, report from filing_version where filing_id = ?::uuid")) {
            ps.setString(1, id);
            try (var rs = ps.executeQuery()) {
                assertTrue(rs.next());
                byte[] content = rs.getBytes(1);
                byte[] report = rs.getBytes(3);
                assertTrue((content[0] & 0xff) == 0x1f && (report[0] & 0xff) == 0x1f, "content and report are kept gzipped");
                String canonical = kr.drregistry.platform.StoredText.decode(content);
                assertEquals(rs.getString(2), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8))));
                assertEquals(canonical, served, "the version served is the one kept");
            }
        }
    }

    /**
     * Versions submitted before the shared-step form keep their report as full JSON: the API reads it as before. (Such
     * a version is made here as a second version whose report column is the first version's full report.)
     */
    @Test
    void aVersionStoredWithItsFullReportReadsAsBefore() throws Exception {
        String token = Api.token(tenant.officer(), "read,submit");
        String id = submittedKakao(token);
        String full = given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1/findings?view=full")
                .then().statusCode(200).extract().asString();
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("insert into filing_version (id, filing_id, number, content, content_sha256, submitted_at, "
                     + "submitted_by, policy_id, policy_version, report, count_critical, count_high, count_medium, count_low, "
                     + "count_info) select gen_random_uuid(), filing_id, 2, content, content_sha256, submitted_at, submitted_by, "
                     + "policy_id, policy_version, convert_to(?, 'UTF8'), count_critical, count_high, count_medium, count_low, count_info "
                     + "from filing_version where filing_id = ?::uuid and number = 1");
             Statement s = c.createStatement()) {
            ps.setString(1, full);
            ps.setString(2, id);
            assertEquals(1, ps.executeUpdate());
            s.executeUpdate("update filing set latest_version = 2 where id = '" + id + "'");
        }
        assertTrue(storedReport(id, 2).startsWith("{\"policy\""), "version 2 keeps the full JSON");
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/2/findings?view=full").then().statusCode(200)
                .body(equalTo(full));
        String query = "/findings?lang=both&size=1000&rootSize=1000";
        assertEquals(given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1" + query).then().statusCode(200)
                        .extract().asString(),
                given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/2" + query).then().statusCode(200)
                        .extract().asString(), "the compact view of either form is the same");
    }

    /**
     * Submitting freezes the draft as stored, whichever instance saved it: the document this instance parsed when it
     * saved the draft is used only when the stored draft's SHA-256 is that document's. Here the draft is changed behind
     * this instance's back, as another replica would save it (with its hash), and then as a draft saved before the
     * hash was kept (none): each version is the draft in the database.
     */
    @Test
    void submittingFreezesTheStoredDraftNotTheOneThisInstanceParsed() throws Exception {
        String token = Api.token(tenant.officer(), "read,submit");
        String id = createTopology(token, YEAR);
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + id + "/draft").then().statusCode(200);
        String elsewhere = new String(kakao(), StandardCharsets.UTF_8).replace("asOf: 2022-10-14", "asOf: 2022-10-20");
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("update filing set draft_content = ?, draft_sha256 = ?, draft_version = draft_version + 1 "
                     + "where id = ?::uuid")) {
            ps.setBytes(1, kr.drregistry.platform.StoredText.encode(elsewhere));
            ps.setString(2, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(elsewhere.getBytes(StandardCharsets.UTF_8))));
            ps.setString(3, id);
            assertEquals(1, ps.executeUpdate());
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + id + "/submit").then().statusCode(201);
        given().auth().oauth2(token).accept(ContentType.JSON).get("/api/v1/filings/" + id + "/versions/1").then().statusCode(200)
                .body(containsString("\"asOf\":\"2022-10-20\""));

        String second = createTopology(token, YEAR + 1);
        given().auth().oauth2(token).contentType("application/yaml").header("If-Match", "\"d0\"").body(kakao())
                .put("/api/v1/filings/" + second + "/draft").then().statusCode(200);
        String older = elsewhere.replace("asOf: 2022-10-20", "asOf: 2022-10-21");
        try (Connection c = dataSource.getConnection();
             var ps = c.prepareStatement("update filing set draft_content = convert_to(?, 'UTF8'), draft_sha256 = null where id = ?::uuid")) {
            ps.setString(1, older);
            ps.setString(2, second);
            assertEquals(1, ps.executeUpdate());
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).post("/api/v1/filings/" + second + "/submit").then().statusCode(201);
        given().auth().oauth2(token).accept(ContentType.JSON).get("/api/v1/filings/" + second + "/versions/1").then().statusCode(200)
                .body(containsString("\"asOf\":\"2022-10-21\""));
    }

    @Test
    void aSubmittedVersionCannotBeChangedEvenByDirectSql() throws Exception {
        String token = Api.token(tenant.officer(), "read,submit");
        String id = submittedKakao(token);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update filing_version set content = '{}' where filing_id = '" + id + "'"));
            assertTrue(update.getMessage().contains("immutable"), update.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from filing_version where filing_id = '" + id + "'"));
        }
        given().auth().oauth2(token).get("/api/v1/filings/" + id + "/versions/1").then().statusCode(200)
                .body(containsString("drr/v1"));
    }
}
