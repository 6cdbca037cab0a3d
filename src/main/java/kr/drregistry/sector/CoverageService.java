package kr.drregistry.sector;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.sector.coverage.Assessment;
import kr.drregistry.sector.coverage.CoverageRules;
import kr.drregistry.sector.coverage.Designation;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.filing.FilingCalendar;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.rules.Policy;

/**
 * Who must file under the active policy's thresholds, whether they filed their topology and plan for a plan year,
 * who is overdue, and the open change requests with their due dates. The thresholds are evaluated in plain Java
 * ({@link CoverageRules}) over every operator's designation data (one small query); the outcome is handed to the
 * second query, which joins the filings, filters, sorts, counts and paginates in SQL. A plain view model, so exports
 * can reuse it.
 */
@ApplicationScoped
public class CoverageService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    public static final int MAX_PAGE_SIZE = 200;
    static final Set<String> SORTS = Set.of("status", "operator", "kind", "coverage");
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    @Inject
    DataSource dataSource;
    @Inject
    TenantScope scope;
    @Inject
    PolicyService policies;

    /**
     * What the page shows. {@code planYear} null: the current year (Korean time); {@code coverage}: COVERED,
     * NOT_COVERED or DATA_MISSING; {@code kind}: VALUE_ADDED or IDC; {@code asOf} null: today (overdue is judged as of
     * this day and only versions submitted by its end count as filed).
     */
    public record Filter(Integer planYear, String coverage, boolean overdueOnly, String kind, String sort, boolean descending,
                         int page, int size, LocalDate asOf) {
    }

    /** A yearly filing (topology or plan) of the plan year; {@code submittedAt}: its first version, if submitted by as-of. */
    public record YearFiling(UUID id, String status, int version, Instant submittedAt, boolean late) {
        public boolean filed() {
            return submittedAt != null;
        }
    }

    public record ChangeRequest(UUID filingId, int version, String type, Integer planYear, LocalDate due, boolean overdue) {
    }

    public record Row(UUID id, String slug, String nameKo, String nameEn, String kind, Assessment assessment,
                      YearFiling topology, YearFiling plan, boolean overdue, List<ChangeRequest> changeRequests) {
        public String name(String language) {
            return "en".equals(language) ? nameEn : nameKo;
        }

        /** A yearly filing whose first version came after the deadline. */
        public boolean filedLate() {
            return (topology != null && topology.late()) || (plan != null && plan.late());
        }

        /** Covered and a yearly filing missing once its deadline passed. */
        public boolean missingFiling() {
            return assessment.covered() && (topology == null || !topology.filed() || plan == null || !plan.filed());
        }
    }

    public record Counts(int operators, int covered, int notCovered, int dataMissing, int overdue) {
    }

    public record CoverageView(List<Row> rows, int page, int size, long total, Filter filter, int planYear, LocalDate due,
                               LocalDate asOf, boolean pastDue, CoverageRules rules, String policyVersion, Counts counts) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    private static final String DESIGNATIONS = """
            select id, kind, daily_users, traffic_share_pct, floor_area_m2, received_power_mw, revenue_krw
              from organisation where kind in ('VALUE_ADDED', 'IDC')
            """;

    /*
     * ?1 ids, ?2 outcomes (from CoverageRules), ?3 end of the as-of day, ?4 plan year (topology), ?5 plan year (plan),
     * ?6 as-of day (change requests overdue), ?7 covered-and-past-due (boolean: yearly filings are late now)
     */
    private static final String BASE = """
            with cov as (select * from unnest(?::uuid[], ?::text[]) as c(id, outcome)),
            base as (
              select o.id, o.slug, o.name_ko, o.name_en, o.kind, cov.outcome,
                     t.id as t_id, t.status as t_status, t.latest_version as t_version, t.first_at as t_first,
                     p.id as p_id, p.status as p_status, p.latest_version as p_version, p.first_at as p_first,
                     coalesce(cr.overdue, false) as cr_overdue
                from organisation o
                join cov on cov.id = o.id
                left join lateral (
                  select f.id, f.status, f.latest_version, v.submitted_at as first_at
                    from filing f left join filing_version v on v.filing_id = f.id and v.number = 1 and v.submitted_at < ?
                   where f.organisation_id = o.id and f.type = 'TOPOLOGY' and f.plan_year = ?) t on true
                left join lateral (
                  select f.id, f.status, f.latest_version, v.submitted_at as first_at
                    from filing f left join filing_version v on v.filing_id = f.id and v.number = 1 and v.submitted_at < ?
                   where f.organisation_id = o.id and f.type = 'PLAN' and f.plan_year = ?) p on true
                left join lateral (
                  select true as overdue
                    from filing f
                    join lateral (select fd.due_date from filing_decision fd
                                   where fd.filing_id = f.id and fd.decision = 'REQUEST_CHANGES'
                                   order by fd.decided_at desc limit 1) d on true
                   where f.organisation_id = o.id and f.status = 'CHANGES_REQUESTED' and d.due_date < ?
                   limit 1) cr on true),
            flagged as (
              select b.*, ((b.outcome = 'COVERED' and ? and (b.t_first is null or b.p_first is null)) or b.cr_overdue) as overdue
                from base b)
            select x.*, count(*) over () as total, (select count(*) from flagged where overdue) as n_overdue
              from flagged x
            """;

    /** The open change requests of the rows of one page (wrapped around the paginated query). */
    private static final String REQUESTS = """
            select p.*, (select json_agg(json_build_object('filing', f.id, 'version', f.latest_version, 'type', f.type,
                                                           'year', f.plan_year, 'due', d.due_date) order by d.due_date)
                           from filing f
                           join lateral (select fd.due_date from filing_decision fd
                                          where fd.filing_id = f.id and fd.decision = 'REQUEST_CHANGES'
                                          order by fd.decided_at desc limit 1) d on true
                          where f.organisation_id = p.id and f.status = 'CHANGES_REQUESTED') as requests
              from (%s) p
             order by %s
            """;

    public CoverageView coverage(Filter filter) {
        if (!scope.actor().isRegulator()) {
            throw ProblemException.forbidden(m -> m.forbidden_regulator_view());
        }
        Policy policy = policies.current();
        CoverageRules rules = CoverageRules.of(policy);
        LocalDate asOf = filter.asOf() == null ? kr.drregistry.platform.SystemClock.today(clock) : filter.asOf();
        int year = filter.planYear() == null ? kr.drregistry.platform.SystemClock.today(clock).getYear() : filter.planYear();
        LocalDate due = FilingCalendar.due(year, policy);
        boolean pastDue = asOf.isAfter(due);
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, filter.size()));
        int page = Math.max(0, filter.page());
        String sort = filter.sort() == null || !SORTS.contains(filter.sort()) ? "status" : filter.sort();
        Instant asOfEnd = asOf.plusDays(1).atStartOfDay(SEOUL).toInstant();
        Instant dueEnd = due.plusDays(1).atStartOfDay(SEOUL).toInstant();

        Map<UUID, Assessment> assessed = new LinkedHashMap<>();
        int covered = 0;
        int notCovered = 0;
        int missing = 0;
        List<Row> rows = new ArrayList<>();
        long total = 0;
        int overdue = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(DESIGNATIONS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Assessment a = rules.assess(new Designation(Designation.OperatorKind.valueOf(rs.getString("kind")),
                            (Long) rs.getObject("daily_users"), rs.getBigDecimal("traffic_share_pct"), rs.getBigDecimal("floor_area_m2"),
                            rs.getBigDecimal("received_power_mw"), (Long) rs.getObject("revenue_krw")));
                    assessed.put(rs.getObject("id", UUID.class), a);
                    switch (a.outcome()) {
                        case COVERED -> covered++;
                        case NOT_COVERED -> notCovered++;
                        case DATA_MISSING -> missing++;
                    }
                }
            }
            StringBuilder where = new StringBuilder(" where true");
            List<Object> params = new ArrayList<>();
            if (filter.coverage() != null && Set.of("COVERED", "NOT_COVERED", "DATA_MISSING").contains(filter.coverage())) {
                where.append(" and x.outcome = ?");
                params.add(filter.coverage());
            }
            if (filter.kind() != null && Set.of("VALUE_ADDED", "IDC").contains(filter.kind())) {
                where.append(" and x.kind = ?");
                params.add(filter.kind());
            }
            if (filter.overdueOnly()) {
                where.append(" and x.overdue");
            }
            String dir = filter.descending() ? " desc" : " asc";
            String outcomeOrder = "case x.outcome when 'COVERED' then 0 when 'DATA_MISSING' then 1 else 2 end";
            String order = switch (sort) {
                case "operator" -> "x.slug" + dir;
                case "kind" -> "x.kind" + dir + ", x.slug";
                case "coverage" -> outcomeOrder + dir + ", x.slug";
                // "status": overdue first, then covered, missing data, not covered
                default -> "x.overdue" + (filter.descending() ? " asc" : " desc") + ", " + outcomeOrder + dir + ", x.slug";
            };
            try (PreparedStatement ps = c.prepareStatement(REQUESTS.formatted(
                    BASE + where + " order by " + order + ", x.id limit ? offset ?", order.replace("x.", "p.") + ", p.id"))) {
                Array ids = c.createArrayOf("uuid", assessed.keySet().toArray());
                Array outcomes = c.createArrayOf("text", assessed.values().stream().map(a -> a.outcome().name()).toArray());
                int i = 1;
                ps.setArray(i++, ids);
                ps.setArray(i++, outcomes);
                ps.setTimestamp(i++, Timestamp.from(asOfEnd));
                ps.setInt(i++, year);
                ps.setTimestamp(i++, Timestamp.from(asOfEnd));
                ps.setInt(i++, year);
                ps.setObject(i++, asOf);
                ps.setBoolean(i++, pastDue);
                for (Object p : params) {
                    ps.setObject(i++, p);
                }
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        total = rs.getLong("total");
                        overdue = rs.getInt("n_overdue");
                        UUID id = rs.getObject("id", UUID.class);
                        rows.add(new Row(id, rs.getString("slug"), rs.getString("name_ko"), rs.getString("name_en"), rs.getString("kind"),
                                assessed.get(id), yearFiling(rs, "t", dueEnd), yearFiling(rs, "p", dueEnd), rs.getBoolean("overdue"),
                                requests(rs.getString("requests"), asOf)));
                    }
                }
            }
            if (rows.isEmpty() && page > 0) {
                total = -1;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the coverage of the sector", e);
        }
        if (total < 0) {
            return coverage(new Filter(filter.planYear(), filter.coverage(), filter.overdueOnly(), filter.kind(), sort,
                    filter.descending(), 0, size, filter.asOf()));
        }
        if (rows.isEmpty()) {
            // nothing matched the filter: the overdue count still describes the whole sector
            overdue = countOverdue(filter, assessed, asOf, asOfEnd, year, pastDue);
        }
        Filter used = new Filter(year, filter.coverage(), filter.overdueOnly(), filter.kind(), sort, filter.descending(), page, size,
                filter.asOf());
        return new CoverageView(rows, page, size, total, used, year, due, asOf, pastDue, rules, policy.version(),
                new Counts(assessed.size(), covered, notCovered, missing, overdue));
    }

    private int countOverdue(Filter filter, Map<UUID, Assessment> assessed, LocalDate asOf, Instant asOfEnd, int year, boolean pastDue) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select count(*) from (" + BASE + ") y where y.overdue")) {
            int i = 1;
            ps.setArray(i++, c.createArrayOf("uuid", assessed.keySet().toArray()));
            ps.setArray(i++, c.createArrayOf("text", assessed.values().stream().map(a -> a.outcome().name()).toArray()));
            ps.setTimestamp(i++, Timestamp.from(asOfEnd));
            ps.setInt(i++, year);
            ps.setTimestamp(i++, Timestamp.from(asOfEnd));
            ps.setInt(i++, year);
            ps.setObject(i++, asOf);
            ps.setBoolean(i, pastDue);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not count overdue operators", e);
        }
    }

    private static YearFiling yearFiling(ResultSet rs, String p, Instant dueEnd) throws SQLException {
        UUID id = rs.getObject(p + "_id", UUID.class);
        if (id == null) {
            return null;
        }
        Timestamp first = rs.getTimestamp(p + "_first");
        Instant at = first == null ? null : first.toInstant();
        return new YearFiling(id, rs.getString(p + "_status"), rs.getInt(p + "_version"), at, at != null && !at.isBefore(dueEnd));
    }

    private static List<ChangeRequest> requests(String json, LocalDate asOf) {
        if (json == null) {
            return List.of();
        }
        try {
            List<Map<String, Object>> list = JSON.readValue(json, new TypeReference<>() {
            });
            List<ChangeRequest> result = new ArrayList<>();
            for (Map<String, Object> m : list) {
                LocalDate d = m.get("due") == null ? null : LocalDate.parse((String) m.get("due"));
                result.add(new ChangeRequest(UUID.fromString((String) m.get("filing")), ((Number) m.get("version")).intValue(), (String) m.get("type"),
                        m.get("year") == null ? null : ((Number) m.get("year")).intValue(), d, d != null && d.isBefore(asOf)));
            }
            return result;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable change requests", e);
        }
    }
}
