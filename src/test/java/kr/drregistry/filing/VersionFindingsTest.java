package kr.drregistry.filing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import kr.drregistry.platform.ChunkedBytes;
import kr.drregistry.rules.Policies;
import kr.drregistry.topology.api.ReportView;
import kr.drregistry.topology.parse.DrrParser;
import kr.drregistry.topology.validation.rules.AllRules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The finding rows a submission stores are read from the report in Java ({@link VersionFindings#rows}); they are the
 * rows PostgreSQL's jsonb expression of V10 (still {@link VersionFindings#INSERT}, the fallback) selects from the same
 * report, on real reports and on the corners of jsonb (repeated keys, items that are not findings, long and non-Latin
 * text, nulls).
 */
@QuarkusTest
class VersionFindingsTest {
    @Inject
    DataSource dataSource;
    @Inject
    ObjectMapper json;

    @Test
    void rowsAreTheRowsOfTheJsonbExpression() throws Exception {
        List<String> reports = new ArrayList<>();
        DrrParser parser = new DrrParser();
        for (String example : List.of("kakao-like-2022.yaml", "kakao-like-2022-v2.yaml", "healthy-multisite.yaml")) {
            var topology = parser.parseYaml(Files.readAllBytes(Path.of("examples", example)));
            reports.add(json.writeValueAsString(ReportView.of(AllRules.validator().validate(topology, Policies.defaultPolicy()))));
        }
        String long41 = "가".repeat(41);
        reports.add("""
                {"findings": [{"rule": "X-1", "severity": "high"}], "other": {"findings": 1},
                 "findings": [
                   {"rule": "A-1", "severity": "critical", "subject": {"kind": "component", "id": "c-1"}, "scenario": "site:a"},
                   "not a finding", 7, null, [1, 2],
                   {"rule": "B-2", "severity": null},
                   {"rule": "B-3"},
                   {"rule": "%s", "severity": "매우-높음-심각도-단계", "subject": {"kind": "%s", "id": "%s"}},
                   {"rule": "C-4", "severity": "low", "subject": "not an object", "scenario": null},
                   {"rule": "D-5", "severity": "info", "subject": {"kind": "site", "kind": "service", "id": null}},
                   {"rule": "E-6", "severity": "info", "rule": "E-7", "subject": {"kind": "k"}, "subject": {"id": "only-id"}},
                   {"severity": "medium", "rule": "F-8", "evidence": [{"rule": "nested", "severity": "x"}], "scenario": "𝄞 clef"}
                 ]}
                """.formatted(long41, long41, "x".repeat(700)));
        reports.add("{\"summary\": {}}");
        reports.add("{\"findings\": []}");
        try (Connection c = dataSource.getConnection()) {
            for (String report : reports) {
                List<VersionFindings.Row> rows = VersionFindings.rows(ChunkedBytes.utf8(report));
                assertEquals(sql(c, report), rows, report.length() > 300 ? report.substring(0, 300) : report);
            }
        }
        assertTrue(VersionFindings.rows(ChunkedBytes.utf8(reports.get(0))).size() > 10, "a real report has findings");
    }

    /**
     * A topology version keeps its report in the shared-step form, so its rows are made from the findings in memory
     * ({@link VersionFindings#rows(List)}); they are the rows of the jsonb expression over the full report.
     */
    @Test
    void rowsFromTheFindingsInMemoryAreTheRowsOfTheJsonbExpression() throws Exception {
        DrrParser parser = new DrrParser();
        try (Connection c = dataSource.getConnection()) {
            for (String example : List.of("kakao-like-2022.yaml", "kakao-like-2022-v2.yaml")) {
                ReportView report = ReportView.of(AllRules.validator().validate(
                        parser.parseYaml(Files.readAllBytes(Path.of("examples", example))), Policies.defaultPolicy()));
                List<String[]> fields = report.findings().stream().map(f -> new String[] {f.rule(), f.severity(),
                        f.scenario(), f.subject() == null ? null : f.subject().kind(),
                        f.subject() == null ? null : f.subject().id()}).toList();
                assertEquals(sql(c, json.writeValueAsString(report)), VersionFindings.rows(fields), example);
            }
        }
        List<String[]> odd = new ArrayList<>();
        odd.add(new String[] {"A-1", null, null, null, null});
        odd.add(new String[] {"B-2", "high", null, "site", null});
        assertEquals(List.of(new VersionFindings.Row(2, "B-2", "high", "site", "B-2|site||")), VersionFindings.rows(odd));
        odd.add(new String[] {"C-3", "low", "a\0b", null, null});
        assertNull(VersionFindings.rows(odd), "a NUL character is left to PostgreSQL");
    }

    /** The rows of {@code version} of {@code filing} (plan year 2027), then their counts, as a submission stores them. */
    private static void store(Connection c, UUID filing, int version, Instant at, List<VersionFindings.Row> rows)
            throws java.sql.SQLException {
        VersionFindings.storeRows(c, filing, version, 2027, at, () -> null, rows);
        VersionFindings.storeCounts(c, filing, version);
    }

    /** A filing of a fresh organisation with one accepted version. */
    private static UUID acceptedFiling(String organisation) {
        kr.drregistry.support.Tenants.Tenant tenant = kr.drregistry.support.Tenants.fresh(organisation);
        return UUID.fromString(kr.drregistry.support.AcceptedFilings.accepted(tenant, 2027, """
                format: drr/v1
                operator: %s
                asOf: 2026-11-01
                sites:
                  - {id: one, name: One, kind: colocation, region: KR-11}
                services:
                  - {id: shop, tier: 3, dailyUsers: 10, entrypoints: [app]}
                components:
                  - {id: app, kind: app, placements: [{site: one, role: active}]}
                """.formatted(tenant.slug())));
    }

    /** Version 99 of {@code filing}, a copy of its version 1, as a submission writes it (in the caller's transaction). */
    private static void submitVersion99(Connection c, UUID filing) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into filing_version (id, filing_id, number, content, "
                + "content_sha256, submitted_at, submitted_by, policy_id, policy_version, report) select gen_random_uuid(), "
                + "filing_id, 99, content, content_sha256, submitted_at, submitted_by, policy_id, policy_version, report "
                + "from filing_version where filing_id = ? and number = 1")) {
            ps.setObject(1, filing);
            assertEquals(1, ps.executeUpdate());
        }
    }

    /**
     * The rows are loaded with COPY: whatever characters a row holds come back as they were; findings of a version that
     * was never submitted are refused (V44: their counts are checked against the version, once per statement), and
     * nothing of that transaction is kept.
     */
    @Test
    void rowsAreStoredAsTheyAreAndOnlyForASubmittedVersion() throws Exception {
        UUID filing = acceptedFiling("vf-copy");
        List<VersionFindings.Row> odd = List.of(
                new VersionFindings.Row(1, "A-1", "high", "component", "A-1|component|c\\1|tab\there"),
                new VersionFindings.Row(2, "B-2", "low", "site", "B-2|site|line\nbreak\rreturn|\\N"),
                new VersionFindings.Row(3, "C-3", "info", "", "C-3|||한국어 𝄞"));
        Instant at = Instant.parse("2026-12-07T01:02:03.456789Z");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                submitVersion99(c, filing);
                store(c, filing, 99, at, odd);
                List<VersionFindings.Row> back = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select ordinal, rule, severity, subject_kind, finding_key, submitted_at, "
                        + "plan_year from version_finding where filing_id = ? and version_number = 99 order by ordinal")) {
                    ps.setObject(1, filing);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            back.add(new VersionFindings.Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
                            assertEquals(at, rs.getTimestamp(6).toInstant());
                            assertEquals(2027, rs.getInt(7));
                        }
                    }
                }
                assertEquals(odd, back);
                java.sql.SQLException refused = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> store(c, filing, 98, at, odd));
                assertEquals("23503", refused.getSQLState(), "a foreign-key violation: " + refused.getMessage());
            } finally {
                c.rollback();
            }
        }
    }

    /**
     * A submission stores its finding rows before its version row (V44: the rows are checked against the filing) and
     * their counts after it (checked against the version): counts of a version never submitted are refused, and so are
     * rows of a filing that does not exist.
     */
    @Test
    void rowsMayComeBeforeTheirVersionButTheirCountsOnlyAfterIt() throws Exception {
        UUID filing = acceptedFiling("vf-order");
        List<VersionFindings.Row> rows = List.of(
                new VersionFindings.Row(1, "SPOF-001", "critical", "component", "SPOF-001|component|app|"),
                new VersionFindings.Row(2, "SPOF-001", "critical", "component", "SPOF-001|component|db|"),
                new VersionFindings.Row(3, "GEO-001", "high", "site", "GEO-001|site|one|"));
        Instant at = Instant.parse("2026-12-07T08:30:00Z");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                VersionFindings.storeRows(c, filing, 99, 2027, at, () -> null, rows);
                java.sql.Savepoint beforeCounts = c.setSavepoint();
                java.sql.SQLException early = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> VersionFindings.storeCounts(c, filing, 99));
                assertEquals("23503", early.getSQLState(), "counts before their version: " + early.getMessage());
                c.rollback(beforeCounts);
                submitVersion99(c, filing);
                VersionFindings.storeCounts(c, filing, 99);
                List<String> counts = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("select rule, severity, n from version_finding_count "
                        + "where filing_id = ? and version_number = 99 order by rule")) {
                    ps.setObject(1, filing);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            counts.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3));
                        }
                    }
                }
                assertEquals(List.of("GEO-001 high 1", "SPOF-001 critical 2"), counts);
                java.sql.SQLException orphan = org.junit.jupiter.api.Assertions.assertThrows(java.sql.SQLException.class,
                        () -> VersionFindings.storeRows(c, UUID.randomUUID(), 1, 2027, at, () -> null, rows));
                assertEquals("23503", orphan.getSQLState(), "rows of no filing: " + orphan.getMessage());
            } finally {
                c.rollback();
            }
        }
    }

    /** What the Java reading does not reproduce is left to PostgreSQL (null: the caller runs the jsonb expression). */
    @Test
    void unusualValuesAreLeftToPostgres() {
        assertNull(VersionFindings.rows(ChunkedBytes.utf8("{\"findings\": [{\"rule\": 5, \"severity\": \"high\"}]}")));
        assertNull(VersionFindings.rows(ChunkedBytes.utf8("{\"findings\": {\"rule\": \"x\"}}")));
        assertNull(VersionFindings.rows(ChunkedBytes.utf8("[1]")));
        assertNull(VersionFindings.rows(ChunkedBytes.utf8("{\"findings\": [")));
    }

    /** The rows the jsonb expression of {@link VersionFindings#INSERT} selects (its select, run without the insert). */
    private static List<VersionFindings.Row> sql(Connection c, String report) throws Exception {
        String insert = VersionFindings.INSERT;
        String select = insert.substring(insert.indexOf("select"), insert.indexOf("on conflict")) + " order by 3";
        List<VersionFindings.Row> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select)) {
            ps.setObject(1, UUID.randomUUID());
            ps.setInt(2, 1);
            ps.setTimestamp(3, Timestamp.from(Instant.now()));
            ps.setObject(4, null, java.sql.Types.INTEGER);
            ps.setString(5, report);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new VersionFindings.Row(rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return rows;
    }
}
