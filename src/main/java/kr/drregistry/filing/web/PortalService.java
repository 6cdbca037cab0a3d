package kr.drregistry.filing.web;

import kr.drregistry.filing.FilingCalendar;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import kr.drregistry.filing.FilingService;
import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingType;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.FilingViews.VersionView;
import kr.drregistry.identity.Actor;
import kr.drregistry.identity.OrganisationService;
import kr.drregistry.identity.OrganisationView;
import kr.drregistry.identity.TenantScope;
import kr.drregistry.platform.ProblemException;
import kr.drregistry.policy.PolicyService;
import kr.drregistry.rules.Policy;

/**
 * What the operator's dashboard shows, built on the filing service (so tenancy is the filing service's): the
 * organisation's filings with status, versions and due dates, open findings by severity, the latest reviewer
 * decision, open change requests and the filings still to start for the coming cycle.
 */
@ApplicationScoped
public class PortalService {
    @jakarta.inject.Inject
    java.time.InstantSource clock;
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    FilingService filings;
    @Inject
    OrganisationService organisations;
    @Inject
    PolicyService policies;
    @Inject
    TenantScope scope;

    /** A filing row: its latest version (null before the first submission), last decision and due date. */
    public record Row(FilingView filing, VersionView latest, DecisionView lastDecision, LocalDate due, long daysLeft) {
        public boolean overdue() {
            return due != null && daysLeft < 0;
        }

        public long daysOver() {
            return -daysLeft;
        }
    }

    /** A yearly filing that does not exist yet and is due (or overdue). */
    public record Missing(FilingType type, int planYear, LocalDate due, long daysLeft) {
        public boolean overdue() {
            return daysLeft < 0;
        }

        public long daysOver() {
            return -daysLeft;
        }
    }

    /** A decision with the filing it was made on. */
    public record Feedback(FilingView filing, DecisionView decision) {
    }

    public record Counts(int critical, int high, int medium, int low, int info) {
        public int total() {
            return critical + high + medium + low + info;
        }
    }

    public record Dashboard(OrganisationView organisation, List<Row> rows, List<Missing> missing, Counts openFindings,
                            Feedback latestDecision, List<Row> changeRequests, LocalDate today, boolean mayEdit,
                            boolean maySubmit) {
        public int nextYear() {
            return today.getYear() + 1;
        }
    }

    public Dashboard dashboard() {
        Actor actor = scope.actor();
        if (!actor.isOperator()) {
            throw ProblemException.notFound("dashboard");
        }
        LocalDate today = kr.drregistry.platform.SystemClock.today(clock);
        Policy policy = policies.current();
        List<FilingView> all = filings.list(null, null, null, 0, 500).items();
        List<Row> rows = new ArrayList<>();
        int c = 0, h = 0, m = 0, l = 0, i = 0;
        Feedback latest = null;
        for (FilingView f : all) {
            VersionView v = f.versions().isEmpty() ? null : f.versions().get(f.versions().size() - 1);
            DecisionView d = f.decisions().isEmpty() ? null : f.decisions().get(f.decisions().size() - 1);
            LocalDate due = due(f, d, policy);
            rows.add(new Row(f, v, d, due, due == null ? 0 : ChronoUnit.DAYS.between(today, due)));
            if (v != null && f.status() != FilingStatus.ACCEPTED) {
                c += v.findings().critical();
                h += v.findings().high();
                m += v.findings().medium();
                l += v.findings().low();
                i += v.findings().info();
            }
            if (d != null && (latest == null || d.decidedAt().isAfter(latest.decision().decidedAt()))) {
                latest = new Feedback(f, d);
            }
        }
        rows.sort(Comparator.comparing((Row r) -> r.filing().planYear() == null ? 0 : -r.filing().planYear())
                .thenComparing(r -> r.filing().type()).thenComparing(r -> r.filing().createdAt(), Comparator.reverseOrder()));
        List<Row> requests = rows.stream().filter(r -> r.filing().status() == FilingStatus.CHANGES_REQUESTED).toList();
        return new Dashboard(organisations.get(actor.organisationSlug()), rows, missing(all, today, policy),
                new Counts(c, h, m, l, i), latest, requests, today, actor.mayEdit(), actor.maySubmit());
    }

    /**
     * The due date a filing is working towards: the reviewer's due date while changes are requested; the yearly
     * deadline of the policy while a plan or topology has never been submitted; otherwise none.
     */
    static LocalDate due(FilingView f, DecisionView last, Policy policy) {
        if (f.status() == FilingStatus.CHANGES_REQUESTED && last != null) {
            return last.dueDate();
        }
        if (f.latestVersion() == 0 && f.type() != FilingType.INCIDENT && f.planYear() != null) {
            return FilingCalendar.due(f.planYear(), policy);
        }
        return null;
    }

    /**
     * Yearly filings (plan and topology) the organisation has not started: for the current plan year and the next
     * one, once their deadline is within reach (the next cycle shows from the start of its filing year).
     */
    static List<Missing> missing(List<FilingView> existing, LocalDate today, Policy policy) {
        List<Missing> missing = new ArrayList<>();
        for (int year = today.getYear(); year <= today.getYear() + 1; year++) {
            LocalDate due = FilingCalendar.due(year, policy);
            for (FilingType type : List.of(FilingType.PLAN, FilingType.TOPOLOGY)) {
                int y = year;
                boolean exists = existing.stream().anyMatch(f -> f.type() == type && f.planYear() != null && f.planYear() == y);
                if (!exists) {
                    missing.add(new Missing(type, year, due, ChronoUnit.DAYS.between(today, due)));
                }
            }
        }
        return missing;
    }
}
