package kr.drregistry.filing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * Stores a submitted version's findings as rows of {@code version_finding} (the regulator's trends count them with
 * SQL). The rows come from the version's report JSON with the same jsonb expression the V10 migration back-filled the
 * older versions with, so both agree on the finding key ({@code rule|subject kind|subject id|scenario}).
 */
public final class VersionFindings {
    static final String INSERT = """
            insert into version_finding (filing_id, version_number, ordinal, rule, severity, subject_kind, finding_key, submitted_at, plan_year)
            select ?, ?, x.ord, left(x.f ->> 'rule', 40), left(x.f ->> 'severity', 10),
                   left(coalesce(x.f -> 'subject' ->> 'kind', ''), 40),
                   left(coalesce(x.f ->> 'rule', '') || '|' || coalesce(x.f -> 'subject' ->> 'kind', '') || '|'
                        || coalesce(x.f -> 'subject' ->> 'id', '') || '|' || coalesce(x.f ->> 'scenario', ''), 600), ?, ?
              from jsonb_array_elements(coalesce(cast(? as jsonb) -> 'findings', '[]'::jsonb)) with ordinality as x(f, ord)
             where x.f ->> 'rule' is not null and x.f ->> 'severity' is not null
            on conflict do nothing
            """;

    /** The same version's findings counted per rule and severity (the trends page reads these). */
    static final String COUNT = """
            insert into version_finding_count (filing_id, version_number, rule, severity, n, submitted_at, plan_year)
            select filing_id, version_number, rule, severity, count(*), min(submitted_at), min(plan_year)
              from version_finding where filing_id = ? and version_number = ?
             group by filing_id, version_number, rule, severity
            on conflict do nothing
            """;

    private VersionFindings() {
    }

    public static void store(Connection c, UUID filingId, int version, Integer planYear, Instant submittedAt, String reportJson) throws SQLException {
        if (reportJson == null || !reportJson.contains("\"rule\"")) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setObject(1, filingId);
            ps.setInt(2, version);
            ps.setTimestamp(3, Timestamp.from(submittedAt));
            ps.setObject(4, planYear, java.sql.Types.INTEGER);
            ps.setString(5, reportJson);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(COUNT)) {
            ps.setObject(1, filingId);
            ps.setInt(2, version);
            ps.executeUpdate();
        }
    }
}
