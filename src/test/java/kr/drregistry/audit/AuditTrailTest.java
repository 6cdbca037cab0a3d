package kr.drregistry.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.sql.Connection;
import java.sql.Statement;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import kr.drregistry.support.Tenants;
import kr.drregistry.support.Tenants.Tenant;

/** The audit chain verifies, records what happened, and detects a row changed behind the application's back. */
@QuarkusTest
class AuditTrailTest {
    private static final String PW = "demo-pass-2026";

    @Inject
    DataSource dataSource;

    private final Tenant operator = Tenants.fresh("audit");

    @Test
    void theChainVerifiesAndThenDetectsATamperedRow() throws Exception {
        given().auth().preemptive().basic(operator.editor(), PW).contentType(ContentType.JSON)
                .body("{\"type\": \"INCIDENT\", \"title\": \"2026-11 장애\"}").post("/api/v1/filings").then().statusCode(201);
        given().auth().preemptive().basic("admin", PW).get("/api/v1/audit/verify")
                .then().statusCode(200).body("intact", equalTo(true), "brokenAt", nullValue());
        given().auth().preemptive().basic("admin", PW).get("/api/v1/audit")
                .then().statusCode(200).body("action", hasItem("filing.created"));

        long seq;
        String actor;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            var rs = s.executeQuery("select seq, actor from audit_entry where action = 'filing.created' order by seq limit 1");
            rs.next();
            seq = rs.getLong(1);
            actor = rs.getString(2);
            // what a database administrator could do by bypassing the triggers
            s.execute("set session_replication_role = replica");
            s.executeUpdate("update audit_entry set actor = 'someone-else' where seq = " + seq);
            s.execute("set session_replication_role = default");
        }
        given().auth().preemptive().basic("admin", PW).get("/api/v1/audit/verify")
                .then().statusCode(200).body("intact", equalTo(false), "brokenAt", equalTo((int) seq));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            s.executeUpdate("update audit_entry set actor = '" + actor + "' where seq = " + seq);
            s.execute("set session_replication_role = default");
        }
        given().auth().preemptive().basic("admin", PW).get("/api/v1/audit/verify").then().body("intact", equalTo(true));
    }

    @Test
    void theAdminPageShowsTheChainStateAndTheEntries() {
        given().auth().preemptive().basic(operator.editor(), PW).contentType(ContentType.JSON)
                .body("{\"type\": \"INCIDENT\", \"title\": \"감사 화면 확인\"}").post("/api/v1/filings").then().statusCode(201);
        kr.drregistry.support.Browserless admin = kr.drregistry.support.Browserless.signIn("admin");
        admin.get("/admin/audit").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("해시 사슬이 온전합니다"), org.hamcrest.Matchers.containsString("감사 화면 확인"));
        kr.drregistry.support.Browserless.signIn(operator.officer()).get("/admin/audit").then().statusCode(403);
    }

    @Test
    void operatorsCannotReadTheAuditTrail() {
        given().auth().preemptive().basic(operator.officer(), PW).get("/api/v1/audit/verify").then().statusCode(403);
    }
}
