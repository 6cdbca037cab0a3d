package kr.drregistry.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * The append-only tables (the audit trail, submitted versions and their findings, decisions, dispositions, comments,
 * incident stages and timelines, the designation history: every table whose rows the database refuses to UPDATE or
 * DELETE) are owned by {@value EmbeddedDatabase#PROTECTED_OWNER_ROLE}, a role nobody logs in as; the app's role may
 * only SELECT, INSERT and reference them. So even with the app's credentials one cannot TRUNCATE them, disable or drop
 * their triggers, or replace the function the triggers call (it belongs to the same role): only the owner and
 * superusers can. The tables are found from the database itself (their immutability trigger), so a new append-only
 * table is protected without a list to keep.
 *
 * <p>Flyway runs as the app's role and must own what it migrates: the launcher hands everything back to the app's role
 * before Quarkus starts ({@link EmbeddedDatabase}), and this hands the append-only tables over again right after the
 * migrations, before the app serves a request. With a configured database the DBA does the same once (README
 * "Database roles").
 */
@ApplicationScoped
public class ProtectedTables {
    private static final Logger LOG = Logger.getLogger(ProtectedTables.class);
    static final String FUNCTION = "refuse_change_of_immutable_row()";

    void afterMigrations(@Observes StartupEvent start) {
        EmbeddedDatabase.appDatabase().ifPresent(db -> {
            try (Connection c = db.connect(EmbeddedDatabase.DATABASE)) {
                List<String> tables = protect(c, EmbeddedDatabase.APP_ROLE, EmbeddedDatabase.PROTECTED_OWNER_ROLE);
                LOG.infof("Append-only tables owned by %s, read and appended to by %s: %s", EmbeddedDatabase.PROTECTED_OWNER_ROLE,
                        EmbeddedDatabase.APP_ROLE, tables);
            } catch (SQLException e) {
                throw new IllegalStateException("could not protect the append-only tables", e);
            }
        });
    }

    /**
     * Gives every append-only table and the trigger function to {@code owner} and leaves {@code appRole} SELECT,
     * INSERT and REFERENCES on them; {@code superuser} must be a superuser connection. Returns the tables.
     */
    public static List<String> protect(Connection superuser, String appRole, String owner) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement s = superuser.createStatement()) {
            try (var rs = s.executeQuery("""
                    select distinct t.tgrelid::regclass::text from pg_trigger t join pg_proc p on p.oid = t.tgfoid
                    where p.proname = 'refuse_change_of_immutable_row' and (t.tgtype & 24) = 24 order by 1""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            s.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + owner + "') then create role "
                    + owner + " nologin nosuperuser; end if; end $$");
            s.execute("alter function " + FUNCTION + " owner to " + owner);
            for (String table : tables) {
                s.execute("alter table " + table + " owner to " + owner);
                s.execute("revoke all on " + table + " from " + appRole);
                s.execute("grant select, insert, references on " + table + " to " + appRole);
            }
        }
        return tables;
    }
}
