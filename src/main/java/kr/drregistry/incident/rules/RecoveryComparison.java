package kr.drregistry.incident.rules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kr.drregistry.incident.model.FiledTopology;
import kr.drregistry.incident.model.FiledTopology.DeclaredService;
import kr.drregistry.incident.model.IncidentReport;
import kr.drregistry.topology.model.Drill;

/**
 * Declared vs. drill vs. actual recovery of one operator's services, for the regulator's sector view: the RTO/RPO the
 * latest submitted topology declares, what the most recent drill listing the service achieved, and the worst recovery
 * time and the worst data loss that the operator's submitted incident reports show for it. Marks what exceeds the
 * declared target: INC-001 (actual recovery &gt; RTO), INC-002 (actual data loss &gt; RPO), and a drill above the RTO or
 * RPO. Recovery is counted as {@link IncidentChecks} counts it: from occurrence to the service's (else the report's)
 * recovery, or until {@code now} while it lasts.
 */
public final class RecoveryComparison {
    private RecoveryComparison() {
    }

    /** What one submitted incident report says about one affected service (null minutes: not known). */
    public record Outcome(String incidentId, String incidentTitle, String serviceId, Long recoveryMinutes, boolean ongoing,
                          Long dataLossMinutes) {
    }

    /** The drill result shown for a service: the most recent drill that lists it. */
    public record DrillResult(String id, LocalDate date, Integer rtoMinutes, Integer rpoMinutes) {
    }

    /** The worst value the incident reports show, and which incident it came from (and how many reports name the service). */
    public record Actual(long minutes, boolean ongoing, String incidentId, String incidentTitle) {
    }

    /** One row: a declared service with its drill and actual results, and the marks. */
    public record Row(String serviceId, String serviceName, int tier, Integer declaredRto, Integer declaredRpo, DrillResult drill,
                      Actual actualRecovery, Actual actualDataLoss, int incidents) {
        /** INC-001: an incident took longer to recover than the declared RTO. */
        public boolean inc001() {
            return declaredRto != null && actualRecovery != null && actualRecovery.minutes() > declaredRto;
        }

        /** INC-002: an incident lost more data than the declared RPO. */
        public boolean inc002() {
            return declaredRpo != null && actualDataLoss != null && actualDataLoss.minutes() > declaredRpo;
        }

        /** The drill recovered more slowly than the declared RTO. */
        public boolean drillRtoExceeded() {
            return declaredRto != null && drill != null && drill.rtoMinutes() != null && drill.rtoMinutes() > declaredRto;
        }

        /** The drill lost more data than the declared RPO. */
        public boolean drillRpoExceeded() {
            return declaredRpo != null && drill != null && drill.rpoMinutes() != null && drill.rpoMinutes() > declaredRpo;
        }

        /** Anything marked. */
        public boolean marked() {
            return inc001() || inc002() || drillRtoExceeded() || drillRpoExceeded();
        }
    }

    /** What a report says per affected service, at {@code now} (an ongoing disruption counts until now). */
    public static List<Outcome> outcomes(String incidentId, String title, IncidentReport report, Instant now) {
        List<Outcome> out = new ArrayList<>();
        for (IncidentReport.AffectedService s : report.affectedServices()) {
            Long recovery = null;
            boolean ongoing = false;
            if (report.occurredAt() != null) {
                Instant end = s.recoveredAt() != null ? s.recoveredAt() : report.recoveredAt();
                ongoing = end == null;
                Instant until = ongoing ? now : end;
                recovery = until.isBefore(report.occurredAt()) ? 0L : Duration.between(report.occurredAt(), until).toMinutes();
            }
            out.add(new Outcome(incidentId, title, s.id(), recovery, ongoing, s.dataLossMinutes()));
        }
        return out;
    }

    /** The rows of one operator, in the topology's service order. */
    public static List<Row> compare(FiledTopology declared, List<Drill> drills, List<Outcome> outcomes) {
        List<Row> rows = new ArrayList<>();
        for (DeclaredService s : declared.services().values()) {
            Drill latest = drills.stream().filter(d -> d.services().contains(s.id()))
                    .max(Comparator.comparing(Drill::date, Comparator.nullsFirst(Comparator.naturalOrder()))).orElse(null);
            DrillResult drill = latest == null ? null
                    : new DrillResult(latest.id(), latest.date(), latest.achievedRtoMinutes(), latest.achievedRpoMinutes());
            Actual recovery = null;
            Actual loss = null;
            int count = 0;
            for (Outcome o : outcomes) {
                if (!s.id().equals(o.serviceId())) {
                    continue;
                }
                count++;
                if (o.recoveryMinutes() != null && (recovery == null || o.recoveryMinutes() > recovery.minutes())) {
                    recovery = new Actual(o.recoveryMinutes(), o.ongoing(), o.incidentId(), o.incidentTitle());
                }
                if (o.dataLossMinutes() != null && (loss == null || o.dataLossMinutes() > loss.minutes())) {
                    loss = new Actual(o.dataLossMinutes(), false, o.incidentId(), o.incidentTitle());
                }
            }
            rows.add(new Row(s.id(), s.name() == null ? s.id() : s.name(), s.tier(), s.rtoMinutes(), s.rpoMinutes(), drill,
                    recovery, loss, count));
        }
        return rows;
    }
}
