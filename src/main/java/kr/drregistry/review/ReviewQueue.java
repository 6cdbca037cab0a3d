package kr.drregistry.review;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.filing.Filing;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.AppUser;
import kr.drregistry.identity.Roles;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;

/**
 * The regulator's review queue: every filing with a submitted version, with its operator, type, status, the age of
 * its latest version (the review clock, which stops at the decision), its findings by severity, the reviewer it is
 * assigned to and a change request's due date. Filtered, sorted and paginated in SQL (one query for the page, one
 * for the count), so thousands of filings cost the same as ten.
 */
@ApplicationScoped
public class ReviewQueue {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    public static final int MAX_PAGE_SIZE = 200;
    static final Set<String> SORTS = Set.of("age", "operator", "critical", "status", "type");

    @Inject
    DataSource dataSource;
    @Inject
    TenantScope scope;
    @Inject
    AuditTrail audit;

    /** What the queue is filtered by; null fields do not filter. {@code assigned}: "me", "none" or a username. */
    public record Filter(String status, String type, String operator, String assigned, Integer minCritical, String sort,
                         boolean descending, int page, int size) {
    }

    public record Row(UUID id, String operatorSlug, String operatorKo, String operatorEn, String type, Integer planYear,
                      String title, String status, int version, Instant submittedAt, Duration clock, boolean clockStopped,
                      int critical, int high, int medium, int low, String assignedTo, LocalDate dueDate, LocalDate today) {
        public long clockDays() {
            return clock.toDays();
        }

        public long clockHours() {
            return clock.toHours() % 24;
        }

        public boolean overdue() {
            return dueDate != null && "CHANGES_REQUESTED".equals(status)
                    && dueDate.isBefore(today);
        }
    }

    public record Page(List<Row> rows, int page, int size, long total, Filter filter) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    private static final String FROM = """
              from filing f
              join organisation o on o.id = f.organisation_id
              join filing_version v on v.filing_id = f.id and v.number = f.latest_version
             where f.latest_version > 0
            """;

    public Page list(Filter filter) {
        requireRegulator();
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, filter.size()));
        int page = Math.max(0, filter.page());
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (filter.status() != null && !filter.status().isBlank()) {
            where.append(" and f.status = ?");
            params.add(filter.status());
        }
        if (filter.type() != null && !filter.type().isBlank()) {
            where.append(" and f.type = ?");
            params.add(filter.type());
        }
        if (filter.operator() != null && !filter.operator().isBlank()) {
            where.append(" and (o.slug = ? or o.name_ko ilike ? or o.name_en ilike ?)");
            String like = "%" + filter.operator().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.add(filter.operator().strip());
            params.add(like);
            params.add(like);
        }
        if ("none".equals(filter.assigned())) {
            where.append(" and f.assigned_to is null");
        } else if ("me".equals(filter.assigned())) {
            where.append(" and f.assigned_to = ?");
            params.add(scope.actor().username());
        } else if (filter.assigned() != null && !filter.assigned().isBlank()) {
            where.append(" and f.assigned_to = ?");
            params.add(filter.assigned());
        }
        if (filter.minCritical() != null && filter.minCritical() > 0) {
            where.append(" and v.count_critical >= ?");
            params.add(filter.minCritical());
        }
        String sort = filter.sort() == null || !SORTS.contains(filter.sort()) ? "age" : filter.sort();
        // "age" ascending = oldest submission first (what waits longest comes first)
        String dir = filter.descending() ? " desc" : " asc";
        String order = switch (sort) {
            case "operator" -> "o.slug" + dir + ", v.submitted_at";
            case "critical" -> "v.count_critical" + dir + ", v.count_high" + dir + ", v.submitted_at";
            case "status" -> "f.status" + dir + ", v.submitted_at";
            case "type" -> "f.type" + dir + ", v.submitted_at";
            default -> "v.submitted_at" + dir;
        };
        String select = """
                select f.id, o.slug, o.name_ko, o.name_en, f.type, f.plan_year, f.title, f.status, f.latest_version,
                       v.submitted_at, v.count_critical, v.count_high, v.count_medium, v.count_low, f.assigned_to,
                       (select d.decided_at from filing_decision d where d.filing_id = f.id and d.version_number = f.latest_version
                           and d.decision in ('ACCEPT', 'REJECT', 'REQUEST_CHANGES') order by d.decided_at desc limit 1) as decided_at,
                       case when f.status = 'CHANGES_REQUESTED' then
                           (select d.due_date from filing_decision d where d.filing_id = f.id and d.decision = 'REQUEST_CHANGES'
                               order by d.decided_at desc limit 1) end as due_date
                """ + FROM + where + " order by " + order + ", f.id limit ? offset ?";
        List<Row> rows = new ArrayList<>();
        long total;
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(select)) {
                int i = bind(ps, params);
                ps.setInt(i++, size);
                ps.setLong(i, (long) page * size);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Instant submitted = rs.getTimestamp("submitted_at").toInstant();
                        Timestamp decided = rs.getTimestamp("decided_at");
                        boolean stopped = decided != null;
                        Instant end = stopped ? decided.toInstant() : now;
                        java.sql.Date due = rs.getDate("due_date");
                        rows.add(new Row(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("name_ko"),
                                rs.getString("name_en"), rs.getString("type"), (Integer) rs.getObject("plan_year"),
                                rs.getString("title"), rs.getString("status"), rs.getInt("latest_version"), submitted,
                                Duration.between(submitted, end).isNegative() ? Duration.ZERO : Duration.between(submitted, end),
                                stopped, rs.getInt("count_critical"), rs.getInt("count_high"), rs.getInt("count_medium"),
                                rs.getInt("count_low"), rs.getString("assigned_to"), due == null ? null : due.toLocalDate(),
                                kr.drregistry.platform.SystemClock.today(clock)));
                    }
                }
            }
            // without an operator or severity filter the count needs neither join (one index, not three tables)
            String countFrom = where.indexOf("o.") >= 0 || where.indexOf("v.") >= 0 ? FROM : " from filing f where f.latest_version > 0 ";
            try (PreparedStatement ps = c.prepareStatement("select count(*) " + countFrom + where)) {
                bind(ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the review queue", e);
        }
        return new Page(rows, page, size, total, new Filter(filter.status(), filter.type(), filter.operator(), filter.assigned(),
                filter.minCritical(), sort, filter.descending(), page, size));
    }

    /** The regulator's reviewers (those a lead may assign filings to), by username. */
    public List<String> reviewers() {
        requireRegulator();
        Actor actor = scope.actor();
        return AppUser.<AppUser>list("organisation.id = ?1 and active = true order by username", actor.organisationId()).stream()
                .filter(u -> u.roleSet().contains(Roles.REGULATOR_REVIEWER)).map(u -> u.username).toList();
    }

    /** The lead assigns a filing to a reviewer (or back to nobody with {@code null}). */
    @Transactional
    public void assign(UUID filingId, String reviewer) {
        Actor actor = scope.actor();
        if (!actor.isRegulator() || !actor.has(Roles.REGULATOR_LEAD)) {
            throw ProblemException.forbidden("only the regulator lead assigns filings");
        }
        Filing f = Filing.findById(filingId);
        if (f == null || f.latestVersion == 0) {
            throw ProblemException.notFound("filing " + filingId);
        }
        String who = reviewer == null || reviewer.isBlank() ? null : reviewer.strip().toLowerCase(Locale.ROOT);
        if (who != null && !reviewers().contains(who)) {
            throw ProblemException.invalid("not a reviewer: " + who, List.of(ProblemException.FieldError.of("/reviewer",
                    "choose one of the regulator's reviewers", "규제기관 심사관 중에서 고르세요")));
        }
        f.assignedTo = who;
        f.assignedAt = who == null ? null : clock.instant();
        audit.record(actor, "review.assigned", "filing", f.id.toString(), who == null ? "unassigned" : "assigned to " + who);
    }

    private void requireRegulator() {
        if (!scope.actor().isRegulator()) {
            throw ProblemException.notFound("review queue");
        }
    }

    private static int bind(PreparedStatement ps, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
