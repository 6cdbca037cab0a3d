package kr.drregistry.filing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kr.drregistry.platform.ChunkedBytes;

/**
 * Stores a submitted version's findings as rows of {@code version_finding} (the regulator's trends count them with
 * SQL). The rows come from the version's report JSON with the same jsonb expression the V10 migration back-filled the
 * older versions with, so both agree on the finding key ({@code rule|subject kind|subject id|scenario}). The rows are
 * read from the report JSON in Java ({@link #rows}, tested against that expression) and sent as arrays; PostgreSQL's
 * own jsonb parse of a 13 MB report took about a second per submission.
 */
public final class VersionFindings {
    private static final JsonFactory JSON = new JsonFactory();

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

    /**
     * The rows, read from the report in Java (PostgreSQL's jsonb parse of a large report took seconds), are loaded with
     * COPY: 66,583 rows took ~1.1 s as one INSERT of unnested arrays and ~0.7 s by COPY (psql, same indexes).
     */
    static final String COPY_ROWS = "copy version_finding (filing_id, version_number, ordinal, rule, severity, subject_kind, "
            + "finding_key, submitted_at, plan_year) from stdin";

    private VersionFindings() {
    }

    /**
     * One finding's row values, as the {@link #INSERT} expression computes them: {@code ordinal} is the 1-based position
     * in the {@code findings} array; rule, severity and subject kind cut to 40, 10 and 40 characters, the key to 600.
     */
    public record Row(int ordinal, String rule, String severity, String subjectKind, String key) {
    }

    /**
     * The rows of {@code reportJson}, exactly as {@link #INSERT} selects them: the elements of the top-level
     * {@code findings} array (the last one, when the key repeats, as jsonb keeps it) that are objects with a
     * {@code rule} and a {@code severity}. Null when the report holds anything whose jsonb reading this does not
     * reproduce (a non-text value under one of those keys, a {@code findings} that is not a list, a NUL character);
     * the caller then lets PostgreSQL compute the rows.
     */
    public static List<Row> rows(ChunkedBytes reportJson) {
        try (JsonParser p = JSON.createParser(reportJson.open())) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return null;
            }
            List<Row> rows = List.of();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                if (!name.equals("findings")) {
                    p.skipChildren();
                } else if (value != JsonToken.START_ARRAY) {
                    return null;
                } else {
                    rows = findings(p);
                    if (rows == null) {
                        return null;
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Row> findings(JsonParser p) throws IOException {
        List<Row> rows = new ArrayList<>();
        int ordinal = 0;
        for (JsonToken t; (t = p.nextToken()) != JsonToken.END_ARRAY; ) {
            ordinal++;
            if (t != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            String[] f = new String[5]; // rule, severity, scenario, subject kind, subject id
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                int slot = switch (name) {
                    case "rule" -> 0;
                    case "severity" -> 1;
                    case "scenario" -> 2;
                    default -> -1;
                };
                if (slot >= 0) {
                    if (!text(p, v, f, slot)) {
                        return null;
                    }
                } else if (name.equals("subject")) {
                    f[3] = null;
                    f[4] = null;
                    if (v == JsonToken.START_OBJECT) {
                        while (p.nextToken() == JsonToken.FIELD_NAME) {
                            String key = p.currentName();
                            JsonToken sv = p.nextToken();
                            int s = key.equals("kind") ? 3 : key.equals("id") ? 4 : -1;
                            if (s >= 0) {
                                if (!text(p, sv, f, s)) {
                                    return null;
                                }
                            } else {
                                p.skipChildren();
                            }
                        }
                    } else {
                        p.skipChildren();
                    }
                } else {
                    p.skipChildren();
                }
            }
            add(rows, ordinal, f);
        }
        return rows;
    }

    /** The row of the finding at {@code ordinal} with fields {@code f} (rule, severity, scenario, subject kind, subject id), if it has one. */
    private static void add(List<Row> rows, int ordinal, String[] f) {
        if (f[0] != null && f[1] != null) {
            String kind = f[3] == null ? "" : f[3];
            rows.add(new Row(ordinal, left(f[0], 40), left(f[1], 10), left(kind, 40), left(f[0] + "|" + kind + "|"
                    + (f[4] == null ? "" : f[4]) + "|" + (f[2] == null ? "" : f[2]), 600)));
        }
    }

    /**
     * The rows of findings given by their fields in report order — rule, severity, scenario, subject kind, subject id
     * (nulls for absent ones) — as {@link #INSERT} selects them from the report's JSON; null when one holds a NUL
     * character (jsonb cannot hold it; the caller then lets PostgreSQL decide, as for {@link #rows(ChunkedBytes)}).
     */
    public static List<Row> rows(List<String[]> findings) {
        List<Row> rows = new ArrayList<>(findings.size());
        int ordinal = 0;
        for (String[] f : findings) {
            ordinal++;
            for (String v : f) {
                if (v != null && v.indexOf('\0') >= 0) {
                    return null;
                }
            }
            add(rows, ordinal, f);
        }
        return rows;
    }

    /** A string (or JSON null: SQL NULL) into {@code f[slot]}; false for a value whose ->> text is not reproduced here. */
    private static boolean text(JsonParser p, JsonToken v, String[] f, int slot) throws IOException {
        if (v == JsonToken.VALUE_NULL) {
            f[slot] = null;
            return true;
        }
        if (v != JsonToken.VALUE_STRING) {
            return false;
        }
        String text = p.getText();
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        f[slot] = text;
        return true;
    }

    /** PostgreSQL's {@code left(text, n)}: the first n characters (code points). */
    static String left(String text, int n) {
        if (text.length() <= n || text.codePointCount(0, text.length()) <= n) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, n));
    }

    /** {@code value} as a column of COPY's text format: backslash, tab, newline and carriage return escaped. */
    static StringBuilder copyText(StringBuilder out, String value) {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(ch);
            }
        }
        return out;
    }

    /**
     * Stores the findings of a version's report with their {@link #rows} computed already (null: let PostgreSQL compute
     * them with {@link #INSERT} from the report's full JSON). A submission stores them before its version row (V44
     * checks them against the filing), and their counts after it ({@link #storeCounts}, checked against the version).
     */
    public static void storeRows(Connection c, UUID filingId, int version, Integer planYear, Instant submittedAt,
                                 java.util.function.Supplier<String> reportJson, List<Row> rows) throws SQLException {
        if (rows != null && rows.isEmpty()) {
            return;
        }
        if (rows == null) {
            String text = reportJson.get();
            if (!text.contains("\"rule\"")) {
                return;
            }
            try (PreparedStatement ps = c.prepareStatement(INSERT)) {
                ps.setObject(1, filingId);
                ps.setInt(2, version);
                ps.setTimestamp(3, Timestamp.from(submittedAt));
                ps.setObject(4, planYear, java.sql.Types.INTEGER);
                ps.setString(5, text);
                ps.executeUpdate();
            }
        } else if (!rows.isEmpty()) {
            String text = copyRows(filingId, version, planYear, submittedAt, rows);
            try {
                c.unwrap(org.postgresql.PGConnection.class).getCopyAPI().copyIn(COPY_ROWS, new java.io.StringReader(text));
            } catch (IOException e) {
                throw new SQLException("the finding rows could not be sent", e);
            }
        }
    }

    /**
     * The rows as {@link #COPY_ROWS} reads them (COPY's text format), one row per method call: the JIT compiles that
     * early, where this loop inside {@link #storeRows} was compiled anew on each of the first large submissions.
     */
    public static String copyRows(UUID filingId, int version, Integer planYear, Instant submittedAt, List<Row> rows) {
        StringBuilder text = new StringBuilder(rows.size() * 120);
        String fixed = filingId + "\t" + version + "\t";
        String tail = "\t" + submittedAt + "\t" + (planYear == null ? "\\N" : planYear.toString()) + "\n";
        for (Row r : rows) {
            copyRow(text, fixed, r, tail);
        }
        return text.toString();
    }

    private static void copyRow(StringBuilder text, String fixed, Row r, String tail) {
        text.append(fixed).append(r.ordinal()).append('\t');
        copyText(text, r.rule()).append('\t');
        copyText(text, r.severity()).append('\t');
        copyText(text, r.subjectKind()).append('\t');
        copyText(text, r.key()).append(tail);
    }

    /** The counts per rule and severity of the rows {@link #storeRows} stored, once the version row exists (V44). */
    public static void storeCounts(Connection c, UUID filingId, int version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(COUNT)) {
            ps.setObject(1, filingId);
            ps.setInt(2, version);
            ps.executeUpdate();
        }
    }
}
