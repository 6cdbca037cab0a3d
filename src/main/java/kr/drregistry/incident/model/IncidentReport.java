package kr.drregistry.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The content of a post-incident report (incident/v1), cumulative over its stages: each stage submits the whole
 * report as known then. Every field may be empty in a draft; the policy says which ones a stage needs
 * ({@link IncidentPolicy.Stage#required()}). The timeline is not part of it: entries are appended one by one and
 * frozen into each submitted stage.
 */
public record IncidentReport(String summary, Instant occurredAt, Instant detectedAt, Instant classifiedAt,
                             Instant recoveredAt, List<AffectedService> affectedServices, List<String> affectedSites,
                             Long usersAffected, List<String> regions, Cause cause, Boolean continuityPlanActivated,
                             UserNotice userNotice, List<Action> actions, FinalAnalysis finalAnalysis) {
    public IncidentReport {
        affectedServices = List.copyOf(affectedServices == null ? List.of() : affectedServices);
        affectedSites = List.copyOf(affectedSites == null ? List.of() : affectedSites);
        regions = List.copyOf(regions == null ? List.of() : regions);
        actions = List.copyOf(actions == null ? List.of() : actions);
    }

    public static IncidentReport empty() {
        return new IncidentReport(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** A service of the filed topology that the incident took down; per-service recovery and data loss are optional. */
    public record AffectedService(String id, Instant recoveredAt, Long dataLossMinutes) {
    }

    public record Cause(CauseCategory category, String description) {
    }

    /** What users were told (fact, cause, response so far, a contact point), when and through which channel. */
    public record UserNotice(String fact, String cause, String response, String contact, Instant sentAt, String channel) {
        /** The four things the notice must say, and when it was sent. */
        public boolean complete() {
            return filled(fact) && filled(cause) && filled(response) && filled(contact) && sentAt != null;
        }
    }

    public record Action(Instant at, String description) {
    }

    public record Costs(Long amountKrw, String description) {
    }

    /** The final stage's analysis. */
    public record FinalAnalysis(String rootCauses, String resolution, String recurrencePrevention, Costs costs,
                                Boolean recurring) {
    }

    /** The disruption until {@code recoveredAt}, or until {@code now} while it lasts; null before occurrence is known. */
    public Duration disruption(Instant now) {
        if (occurredAt == null) {
            return null;
        }
        Instant end = recoveredAt != null ? recoveredAt : now;
        return end.isBefore(occurredAt) ? Duration.ZERO : Duration.between(occurredAt, end);
    }

    /** Whether the field at {@code pointer} (one of {@link IncidentJson#FIELD_POINTERS}) is filled in. */
    public boolean present(String pointer) {
        FinalAnalysis f = finalAnalysis;
        return switch (pointer) {
            case "/summary" -> filled(summary);
            case "/occurredAt" -> occurredAt != null;
            case "/detectedAt" -> detectedAt != null;
            case "/classifiedAt" -> classifiedAt != null;
            case "/recoveredAt" -> recoveredAt != null;
            case "/affectedServices" -> !affectedServices.isEmpty();
            case "/affectedSites" -> !affectedSites.isEmpty();
            case "/usersAffected" -> usersAffected != null;
            case "/regions" -> !regions.isEmpty();
            case "/cause/category" -> cause != null && cause.category() != null;
            case "/cause/description" -> cause != null && filled(cause.description());
            case "/continuityPlanActivated" -> continuityPlanActivated != null;
            case "/userNotice" -> userNotice != null && userNotice.complete();
            case "/actions" -> !actions.isEmpty();
            case "/final/rootCauses" -> f != null && filled(f.rootCauses());
            case "/final/resolution" -> f != null && filled(f.resolution());
            case "/final/recurrencePrevention" -> f != null && filled(f.recurrencePrevention());
            case "/final/costs" -> f != null && f.costs() != null && (f.costs().amountKrw() != null || filled(f.costs().description()));
            case "/final/recurring" -> f != null && f.recurring() != null;
            default -> throw new IllegalArgumentException("no report field at " + pointer);
        };
    }

    static boolean filled(String s) {
        return s != null && !s.isBlank();
    }
}
