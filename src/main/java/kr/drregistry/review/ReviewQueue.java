package kr.drregistry.review;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import kr.drregistry.audit.AuditTrail;
import kr.drregistry.filing.Filing;
import kr.drregistry.filing.FilingQueries;
import kr.drregistry.filing.FilingQueries.QueueCriteria;
import kr.drregistry.filing.FilingQueries.QueueOrder;
import kr.drregistry.filing.FilingQueries.QueuePage;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingType;
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
    FilingQueries queries;
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

    public Page list(Filter filter) {
        requireRegulator();
        int size = Math.max(1, Math.min(MAX_PAGE_SIZE, filter.size()));
        int page = Math.max(0, filter.page());
        String sort = filter.sort() == null || !SORTS.contains(filter.sort()) ? "age" : filter.sort();
        Filter used = new Filter(filter.status(), filter.type(), filter.operator(), filter.assigned(), filter.minCritical(), sort,
                filter.descending(), page, size);
        FilingStatus status = constant(FilingStatus.class, filter.status());
        FilingType type = constant(FilingType.class, filter.type());
        if (status == null && !blank(filter.status()) || type == null && !blank(filter.type())) {
            return new Page(List.of(), page, size, 0, used); // no filing has a status or type by that name
        }
        String assignedTo = "me".equals(filter.assigned()) ? scope.actor().username()
                : blank(filter.assigned()) || "none".equals(filter.assigned()) ? null : filter.assigned();
        // "age" ascending = oldest submission first (what waits longest comes first)
        QueueOrder order = switch (sort) {
            case "operator" -> QueueOrder.OPERATOR;
            case "critical" -> QueueOrder.CRITICAL;
            case "status" -> QueueOrder.STATUS;
            case "type" -> QueueOrder.TYPE;
            default -> QueueOrder.SUBMITTED;
        };
        QueuePage found = queries.queue(new QueueCriteria(status, type, filter.operator(),
                "none".equals(filter.assigned()), assignedTo, filter.minCritical(), order, filter.descending(), size,
                (long) page * size));
        Instant now = clock.instant();
        LocalDate today = kr.drregistry.platform.SystemClock.today(clock);
        List<Row> rows = found.rows().stream().map(q -> {
            boolean stopped = q.decidedAt() != null;
            Instant end = stopped ? q.decidedAt() : now;
            Duration waited = Duration.between(q.submittedAt(), end);
            return new Row(q.id(), q.operatorSlug(), q.operatorKo(), q.operatorEn(), q.type().name(), q.planYear(), q.title(),
                    q.status().name(), q.version(), q.submittedAt(), waited.isNegative() ? Duration.ZERO : waited, stopped,
                    q.critical(), q.high(), q.medium(), q.low(), q.assignedTo(), q.changesDue(), today);
        }).toList();
        return new Page(rows, page, size, found.total(), used);
    }

    /** The constant a filter names; null for no filter or a name no constant has. */
    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return blank(name) ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
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
            throw ProblemException.forbidden(m -> m.forbidden_assign());
        }
        Filing f = queries.filing(filingId);
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
}
