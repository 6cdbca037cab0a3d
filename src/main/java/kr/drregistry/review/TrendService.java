package kr.drregistry.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.topology.validation.Policies;

/**
 * Findings and review outcomes over time, for the regulator: findings by severity and by rule per plan year (of each
 * filing's latest submitted version: what stands now) and per submission month (of every version submitted that
 * month: what was filed), filings accepted against those awaiting review or changes, and findings disposed against
 * not yet disposed. Counted in SQL over {@code version_finding}; a plain view model of tables (rows × columns of
 * counts), which the page draws as charts and prints as tables, and exports can reuse.
 */
@ApplicationScoped
public class TrendService {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    public static final List<String> FILING_STATES = List.of("ACCEPTED", "AWAITING_REVIEW", "CHANGES_REQUESTED", "REJECTED");

    @Inject
    DataSource dataSource;
    @Inject
    TenantScope scope;

    /** Plan years {@code fromYear..toYear} (null: no bound); submission months: the last {@code months} months. */
    public record Filter(Integer fromYear, Integer toYear, int months) {
    }

    /** A table of counts: a row per period, a column per series; {@code cell(row, col)} is 0 when absent. */
    public record Table(String id, List<String> rows, List<String> columns, Map<String, Map<String, Long>> counts) {
        public long cell(String row, String column) {
            return counts.getOrDefault(row, Map.of()).getOrDefault(column, 0L);
        }

        public long rowTotal(String row) {
            return counts.getOrDefault(row, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        public long columnTotal(String column) {
            return rows.stream().mapToLong(r -> cell(r, column)).sum();
        }

        public long total() {
            return rows.stream().mapToLong(this::rowTotal).sum();
        }

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        /** The rows that have counts (the table lists these; the chart's axis keeps every row, empty ones as 0). */
        public List<String> rowsWithData() {
            return rows.stream().filter(r -> rowTotal(r) > 0).toList();
        }

        /** Every row label, comma-separated, for the chart's axis. */
        public String categories() {
            return String.join(",", rows);
        }
    }

    public record Trends(Filter filter, Table severityByYear, Table ruleByYear, Table severityByMonth, Table ruleByMonth,
                         Table filingsByYear, Table dispositionsByYear) {
    }

    private static final String BY_YEAR = """
            select f.plan_year, vf.severity, vf.rule, count(*) as n,
                   count(*) filter (where exists (select 1 from finding_disposition d where d.filing_id = vf.filing_id
                        and d.version_number = vf.version_number and d.finding_key = vf.finding_key)) as disposed
              from filing f
              join version_finding vf on vf.filing_id = f.id and vf.version_number = f.latest_version
             where f.latest_version > 0 and f.plan_year between ? and ?
             group by grouping sets ((f.plan_year, vf.severity), (f.plan_year, vf.rule))
            """;

    private static final String BY_MONTH = """
            select s.month, s.severity, s.rule, count(*) as n
              from (select to_char(vf.submitted_at at time zone 'Asia/Seoul', 'YYYY-MM') as month, vf.severity, vf.rule
                      from version_finding vf
                     where vf.submitted_at >= ? and coalesce(vf.plan_year, 0) between ? and ?) s
             group by grouping sets ((s.month, s.severity), (s.month, s.rule))
            """;

    private static final String FILINGS = """
            select f.plan_year, case when f.status in ('SUBMITTED', 'UNDER_REVIEW') then 'AWAITING_REVIEW' else f.status end as state,
                   count(*) as n
              from filing f
             where f.latest_version > 0 and f.type <> 'INCIDENT' and f.plan_year between ? and ?
             group by 1, 2
            """;

    public Trends trends(Filter filter) {
        if (!scope.actor().isRegulator()) {
            throw ProblemException.forbidden("the trends are the regulator's");
        }
        int from = filter.fromYear() == null ? 2000 : filter.fromYear();
        int to = filter.toYear() == null ? 2100 : filter.toYear();
        int months = Math.max(1, Math.min(120, filter.months()));
        YearMonth first = YearMonth.now(SEOUL).minusMonths(months - 1L);
        Timestamp since = Timestamp.from(first.atDay(1).atStartOfDay(SEOUL).toInstant());

        Map<String, Map<String, Long>> sevYear = new TreeMap<>();
        Map<String, Map<String, Long>> ruleYear = new TreeMap<>();
        Map<String, Map<String, Long>> sevMonth = new TreeMap<>();
        Map<String, Map<String, Long>> ruleMonth = new TreeMap<>();
        Map<String, Map<String, Long>> filings = new TreeMap<>();
        Map<String, Map<String, Long>> disposed = new TreeMap<>();
        TreeSet<String> rulesSeen = new TreeSet<>(java.util.Comparator.comparingInt(TrendService::ruleOrder).thenComparing(r -> r));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(BY_YEAR)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String year = Integer.toString(rs.getInt("plan_year"));
                        long n = rs.getLong("n");
                        if (rs.getString("severity") != null) {
                            sevYear.computeIfAbsent(year, k -> new LinkedHashMap<>()).put(rs.getString("severity"), n);
                            Map<String, Long> d = disposed.computeIfAbsent(year, k -> new LinkedHashMap<>());
                            d.merge("DISPOSED", rs.getLong("disposed"), Long::sum);
                            d.merge("OPEN", n - rs.getLong("disposed"), Long::sum);
                        } else {
                            ruleYear.computeIfAbsent(year, k -> new LinkedHashMap<>()).put(rs.getString("rule"), n);
                            rulesSeen.add(rs.getString("rule"));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(BY_MONTH)) {
                ps.setTimestamp(1, since);
                ps.setInt(2, filter.fromYear() == null ? 0 : from);
                ps.setInt(3, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String month = rs.getString("month");
                        if (rs.getString("severity") != null) {
                            sevMonth.computeIfAbsent(month, k -> new LinkedHashMap<>()).put(rs.getString("severity"), rs.getLong("n"));
                        } else {
                            ruleMonth.computeIfAbsent(month, k -> new LinkedHashMap<>()).put(rs.getString("rule"), rs.getLong("n"));
                            rulesSeen.add(rs.getString("rule"));
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(FILINGS)) {
                ps.setInt(1, from);
                ps.setInt(2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        filings.computeIfAbsent(Integer.toString(rs.getInt("plan_year")), k -> new LinkedHashMap<>())
                                .put(rs.getString("state"), rs.getLong("n"));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the trends", e);
        }
        List<String> rules = new ArrayList<>(rulesSeen);
        List<String> monthRows = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(YearMonth.now(SEOUL)); m = m.plusMonths(1)) {
            monthRows.add(m.toString());
        }
        List<String> yearsWithFindings = new ArrayList<>(sevYear.keySet());
        return new Trends(new Filter(filter.fromYear(), filter.toYear(), months),
                new Table("sev-year", yearsWithFindings, SEVERITIES, sevYear),
                new Table("rule-year", yearsWithFindings, rules.stream().filter(r -> ruleYear.values().stream().anyMatch(m -> m.containsKey(r))).toList(), ruleYear),
                new Table("sev-month", monthRows, SEVERITIES, sevMonth),
                new Table("rule-month", monthRows, rules.stream().filter(r -> ruleMonth.values().stream().anyMatch(m -> m.containsKey(r))).toList(), ruleMonth),
                new Table("filings-year", new ArrayList<>(filings.keySet()), FILING_STATES, filings),
                new Table("disp-year", yearsWithFindings, List.of("DISPOSED", "OPEN"), disposed));
    }

    /** Rules in the policy's canonical order (the contract's rule table), unknown ones last. */
    private static int ruleOrder(String rule) {
        int i = Policies.RULE_IDS.indexOf(rule);
        return i < 0 ? Integer.MAX_VALUE : i;
    }
}
