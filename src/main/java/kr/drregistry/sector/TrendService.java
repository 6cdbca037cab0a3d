package kr.drregistry.sector;

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
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.rules.Policies;

/**
 * Findings and review outcomes over time, for the regulator: findings by severity and by rule per plan year (of each
 * filing's latest submitted version: what stands now) and per submission month (of every version submitted that
 * month: what was filed), filings accepted against those awaiting review or changes, and findings disposed against
 * not yet disposed. Counted in SQL over {@code version_finding_count} into a snapshot kept for a while; a plain view model of tables (rows × columns of
 * counts), which the page draws as charts and prints as tables, and exports can reuse.
 */
@ApplicationScoped
public class TrendService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low", "info");
    public static final List<String> FILING_STATES = List.of("ACCEPTED", "AWAITING_REVIEW", "CHANGES_REQUESTED", "REJECTED");

    @Inject
    DataSource dataSource;
    @Inject
    FilingQueries queries;
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

    /** {@code countedAt}: when the counts were taken (they are kept a while; see {@link #snapshot()}). */
    public record Trends(Filter filter, Table severityByYear, Table ruleByYear, Table severityByMonth, Table ruleByMonth,
                         Table filingsByYear, Table dispositionsByYear, java.time.Instant countedAt) {
    }

    /** Counts of the whole sector, read in one go; the page's filters pick from them in memory. */
    record Snapshot(java.time.Instant at, List<YearCount> years, Map<Integer, Long> disposed, List<MonthCount> months,
                    List<FilingCount> filings) {
    }

    record YearCount(int planYear, String rule, String severity, long n) {
    }

    record MonthCount(String month, int planYear, String rule, String severity, long n) {
    }

    record FilingCount(int planYear, String state, long n) {
    }

    private static final String MONTH_COUNTS = """
            select to_char(c.submitted_at at time zone 'Asia/Seoul', 'YYYY-MM') as month, coalesce(c.plan_year, 0) as plan_year,
                   c.rule, c.severity, sum(c.n) as n
              from version_finding_count c
             where c.submitted_at >= ?
             group by 1, 2, 3, 4
            """;

    private static final String DISPOSED_COUNTS = """
            select f.plan_year, count(*) as disposed
              from (select distinct d.filing_id, d.finding_key
                      from filing f join finding_disposition d on d.filing_id = f.id and d.version_number = f.latest_version
                     where f.latest_version > 0) d
              join filing f on f.id = d.filing_id
             group by f.plan_year
            """;

    /** At most this many months back are kept in the snapshot (the filter's upper bound). */
    static final int MAX_MONTHS = 120;

    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.trends.min-refresh", defaultValue = "PT10S")
    java.time.Duration minRefresh;
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "drr.trends.max-age", defaultValue = "PT5M")
    java.time.Duration maxAge;
    @Inject
    org.eclipse.microprofile.context.ManagedExecutor executor;

    private KeptSnapshot<String, Snapshot> kept;

    @jakarta.annotation.PostConstruct
    void keep() {
        kept = new KeptSnapshot<>(clock, () -> "sector", k -> count(), minRefresh, maxAge, executor);
    }

    /** Something the trends count changed on this replica (see {@link SnapshotInvalidation}): the next view counts again. */
    void changed() {
        kept.changed();
    }

    /**
     * The counts to show, kept between views (see {@link KeptSnapshot}: counted again after a change on this replica,
     * at most once per {@code drr.trends.min-refresh}, and in the background once older than {@code drr.trends.max-age}).
     * Counting a million findings takes about a second, a page must not.
     */
    Snapshot snapshot() {
        return kept.get().value();
    }

    private Snapshot count() {
        List<YearCount> years = new ArrayList<>();
        List<MonthCount> months = new ArrayList<>();
        List<FilingCount> filings = new ArrayList<>();
        Map<Integer, Long> disposed = new java.util.HashMap<>();
        YearMonth first = thisMonth().minusMonths(MAX_MONTHS - 1L);
        queries.findingsOfLatestVersionsByYear().forEach(y -> years.add(new YearCount(y.planYear(), y.rule(), y.severity(), y.n())));
        // SUBMITTED and UNDER_REVIEW both count as AWAITING_REVIEW: trends() sums the counts of one year and state
        queries.submittedPlanFilingsByYearAndStatus().forEach(y -> filings.add(new FilingCount(y.planYear(), state(y.status()), y.n())));
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(MONTH_COUNTS)) {
                ps.setTimestamp(1, Timestamp.from(first.atDay(1).atStartOfDay(SEOUL).toInstant()));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        months.add(new MonthCount(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(DISPOSED_COUNTS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    disposed.put(rs.getInt(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count the trends", e);
        }
        return new Snapshot(clock.instant(), List.copyOf(years), Map.copyOf(disposed), List.copyOf(months), List.copyOf(filings));
    }

    /** The column of the filings table a status counts in. */
    private static String state(FilingStatus status) {
        return status == FilingStatus.SUBMITTED || status == FilingStatus.UNDER_REVIEW ? "AWAITING_REVIEW" : status.name();
    }

    public Trends trends(Filter filter) {
        if (!scope.actor().isRegulator()) {
            throw ProblemException.forbidden(m -> m.forbidden_regulator_view());
        }
        int from = filter.fromYear() == null ? 2000 : filter.fromYear();
        int to = filter.toYear() == null ? 2100 : filter.toYear();
        int monthFrom = filter.fromYear() == null ? 0 : from;
        int months = Math.max(1, Math.min(MAX_MONTHS, filter.months()));
        YearMonth first = thisMonth().minusMonths(months - 1L);
        String firstMonth = first.toString();
        Snapshot snap = snapshot();

        Map<String, Map<String, Long>> sevYear = new TreeMap<>();
        Map<String, Map<String, Long>> ruleYear = new TreeMap<>();
        Map<String, Map<String, Long>> sevMonth = new TreeMap<>();
        Map<String, Map<String, Long>> ruleMonth = new TreeMap<>();
        Map<String, Map<String, Long>> filings = new TreeMap<>();
        Map<String, Map<String, Long>> disposed = new TreeMap<>();
        TreeSet<String> rulesSeen = new TreeSet<>(java.util.Comparator.comparingInt(TrendService::ruleOrder).thenComparing(r -> r));
        for (YearCount y : snap.years()) {
            if (y.planYear() < from || y.planYear() > to) {
                continue;
            }
            String year = Integer.toString(y.planYear());
            sevYear.computeIfAbsent(year, k -> new LinkedHashMap<>()).merge(y.severity(), y.n(), Long::sum);
            ruleYear.computeIfAbsent(year, k -> new LinkedHashMap<>()).merge(y.rule(), y.n(), Long::sum);
            disposed.computeIfAbsent(year, k -> new LinkedHashMap<>(Map.of("DISPOSED", 0L))).merge("OPEN", y.n(), Long::sum);
            rulesSeen.add(y.rule());
        }
        disposed.forEach((year, d) -> {
            long n = Math.min(snap.disposed().getOrDefault(Integer.parseInt(year), 0L), d.getOrDefault("OPEN", 0L));
            d.put("DISPOSED", n);
            d.merge("OPEN", -n, Long::sum);
        });
        for (MonthCount m : snap.months()) {
            if (m.month().compareTo(firstMonth) < 0 || m.planYear() < monthFrom || m.planYear() > to) {
                continue;
            }
            sevMonth.computeIfAbsent(m.month(), k -> new LinkedHashMap<>()).merge(m.severity(), m.n(), Long::sum);
            ruleMonth.computeIfAbsent(m.month(), k -> new LinkedHashMap<>()).merge(m.rule(), m.n(), Long::sum);
            rulesSeen.add(m.rule());
        }
        for (FilingCount f : snap.filings()) {
            if (f.planYear() >= from && f.planYear() <= to) {
                filings.computeIfAbsent(Integer.toString(f.planYear()), k -> new LinkedHashMap<>()).merge(f.state(), f.n(), Long::sum);
            }
        }
        List<String> rules = new ArrayList<>(rulesSeen);
        List<String> monthRows = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(thisMonth()); m = m.plusMonths(1)) {
            monthRows.add(m.toString());
        }
        List<String> yearsWithFindings = new ArrayList<>(sevYear.keySet());
        return new Trends(new Filter(filter.fromYear(), filter.toYear(), months),
                new Table("sev-year", yearsWithFindings, SEVERITIES, sevYear),
                new Table("rule-year", yearsWithFindings, rules.stream().filter(r -> ruleYear.values().stream().anyMatch(m -> m.containsKey(r))).toList(), ruleYear),
                new Table("sev-month", monthRows, SEVERITIES, sevMonth),
                new Table("rule-month", monthRows, rules.stream().filter(r -> ruleMonth.values().stream().anyMatch(m -> m.containsKey(r))).toList(), ruleMonth),
                new Table("filings-year", new ArrayList<>(filings.keySet()), FILING_STATES, filings),
                new Table("disp-year", yearsWithFindings, List.of("DISPOSED", "OPEN"), disposed), snap.at());
    }

    /** Rules in the policy's canonical order (the contract's rule table), unknown ones last. */
    private static int ruleOrder(String rule) {
        int i = Policies.RULE_IDS.indexOf(rule);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    /** The month it is now in Seoul, by the application's clock. */
    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(SEOUL));
    }
}
