package kr.drregistry.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;

/**
 * Whoever can write the database can change rows behind the triggers, but without the audit key (outside the
 * database) cannot produce a chain that verifies: a rewritten and re-hashed entry, an entry passed off as unkeyed,
 * and the newest entries deleted (caught by the checkpoint outside the database) are all reported; TRUNCATE is refused.
 */
@QuarkusTest
class AuditChainKeyTest {
    private static final String PW = "demo-pass-2026";

    @Inject
    DataSource dataSource;
    @Inject
    AuditTrail audit;

    /** Something is audited; returns the newest entry's number. */
    private long newEntry(String title) throws SQLException {
        given().auth().preemptive().basic("talk-editor", PW).contentType(ContentType.JSON)
                .body("{\"type\": \"INCIDENT\", \"title\": \"" + title + "\"}").post("/api/v1/filings").then().statusCode(201);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select max(seq) from audit_entry")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void bypassingTriggers(String sql, Object... args) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("set session_replication_role = replica");
            try (PreparedStatement p = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    p.setObject(i + 1, args[i]);
                }
                p.executeUpdate();
            } finally {
                s.execute("set session_replication_role = default");
            }
        }
    }

    /** The newest entry rewritten as an attacker with database access would: new actor, hash re-computed. */
    @Test
    void aRewrittenEntryWithItsHashRecomputedDoesNotVerifyWithoutTheKey() throws Exception {
        long seq = newEntry("감사 키 재계산 시험");
        AuditEntry original = QuarkusTransactionReads.entry(seq);
        assertTrue(original.keyed, "new entries carry the keyed HMAC");
        assertTrue(audit.verify().intact());

        AuditEntry forged = QuarkusTransactionReads.entry(seq);
        forged.actor = "someone-else";
        String rehashed = AuditTrail.sha256(forged);
        try {
            bypassingTriggers("update audit_entry set actor = ?, hash = ? where seq = ?", forged.actor, rehashed, seq);
            AuditTrail.Verification v = audit.verify();
            assertFalse(v.intact(), v.toString());
            assertEquals(seq, v.brokenAt());

            bypassingTriggers("update audit_entry set keyed = false where seq = ?", seq);
            v = audit.verify();
            assertFalse(v.intact(), "passed off as an entry of before the keyed chain: " + v);
            assertEquals(seq, v.brokenAt());
            assertTrue(v.detail().contains("without the key"), v.detail());
        } finally {
            bypassingTriggers("update audit_entry set actor = ?, hash = ?, keyed = true where seq = ?", original.actor, original.hash, seq);
        }
        assertTrue(audit.verify().intact());
    }

    @Test
    void deletingTheNewestEntriesIsCaughtByTheCheckpointOutsideTheDatabase() throws Exception {
        // signed in before the entry is deleted: a sign-in is audited and would take the deleted entry's number
        kr.drregistry.support.Browserless admin = kr.drregistry.support.Browserless.signIn("admin");
        long seq = newEntry("감사 체크포인트 시험");
        AuditTrail.Verification before = audit.verify();
        assertTrue(before.intact(), before.toString());
        assertNotNull(before.checkpoint(), "the checkpoint is reported");
        assertEquals(seq, before.checkpoint().seq());
        assertEquals(seq, before.lastEntry().seq());
        assertEquals(before.lastEntry().hash(), before.checkpoint().hash());

        Map<String, Object> row;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select * from audit_entry where seq = " + seq)) {
            rs.next();
            row = new java.util.LinkedHashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
            }
        }
        bypassingTriggers("delete from audit_entry where seq = ?", seq);
        try {
            AuditTrail.Verification v = audit.verify();
            assertFalse(v.intact(), "a chain without its newest entry is still whole, but shorter than the checkpoint: " + v);
            assertEquals(seq, v.brokenAt());
            assertTrue(v.detail().contains("checkpoint"), v.detail());
            // the API says the same, with the checkpoint
            given().auth().preemptive().basic("lead", PW).get("/api/v1/audit/verify").then().statusCode(200)
                    .body("intact", org.hamcrest.Matchers.equalTo(false), "checkpoint.seq", org.hamcrest.Matchers.equalTo((int) seq));
            // and the page, where the admin looks
            admin.get("/admin/audit").then().statusCode(200)
                    .body(org.hamcrest.Matchers.containsString("해시 사슬이 " + seq + "번 항목에서 끊어졌습니다"),
                            org.hamcrest.Matchers.containsString("체크포인트(데이터베이스 밖에 기록된 마지막 항목): " + seq + "번"));
        } finally {
            String columns = String.join(", ", row.keySet());
            String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
            bypassingTriggers("insert into audit_entry (" + columns + ") values (" + marks + ")", row.values().toArray());
        }
        assertTrue(audit.verify().intact());
    }

    @Test
    void truncateIsRefusedByTheDatabase() throws Exception {
        newEntry("감사 TRUNCATE 시험");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute("truncate audit_entry"));
                assertTrue(refused.getMessage().contains("immutable"), refused.getMessage());
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
        assertTrue(audit.verify().intact());
    }
}
