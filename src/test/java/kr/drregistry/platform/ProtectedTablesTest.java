package kr.drregistry.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * With the app's credentials (a role like the app's: it may use the tables as the app does) the append-only tables
 * can be read and appended to, but not truncated, emptied, their triggers not disabled or dropped and the trigger
 * function not replaced: they belong to another role.
 */
@QuarkusTest
class ProtectedTablesTest {
    @Inject
    DataSource superuser;

    @Test
    void theAppsRoleCanReadAndAppendButNotTruncateOrDisableTriggers() throws Exception {
        String app = "drr_probe_" + UUID.randomUUID().toString().substring(0, 8);
        List<String> tables;
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement()) {
            s.execute("create role " + app + " login");
            s.execute("grant usage on schema public to " + app);
            tables = ProtectedTables.protect(c, app, EmbeddedDatabase.PROTECTED_OWNER_ROLE);
        }
        assertTrue(tables.containsAll(List.of("audit_entry", "designation_change", "filing_version", "filing_decision",
                "review_comment", "finding_disposition", "incident_stage", "incident_timeline")), tables.toString());

        String url = ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
        try (Connection c = DriverManager.getConnection(url, app, ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select count(*) from audit_entry")) {
                rs.next();
                assertTrue(rs.getLong(1) >= 0);
            }
            c.setAutoCommit(false);
            for (String attack : List.of("truncate audit_entry", "delete from audit_entry", "update audit_entry set actor = 'x'",
                    "alter table audit_entry disable trigger all", "drop trigger audit_entry_immutable on audit_entry",
                    "truncate filing_version", "alter table designation_change disable trigger designation_change_immutable",
                    "create or replace function refuse_change_of_immutable_row() returns trigger language plpgsql as "
                            + "$$ begin return new; end $$",
                    "drop function refuse_change_of_immutable_row() cascade")) {
                SQLException refused = assertThrows(SQLException.class, () -> s.execute(attack), attack);
                assertTrue(refused.getSQLState().equals("42501"), attack + ": " + refused.getSQLState() + " " + refused.getMessage());
                c.rollback();
            }
        }
        try (Connection c = superuser.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select tableowner from pg_tables where tablename = 'audit_entry'")) {
            rs.next();
            assertEquals(EmbeddedDatabase.PROTECTED_OWNER_ROLE, rs.getString(1));
        }
    }
}
