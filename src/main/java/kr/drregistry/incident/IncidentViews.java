package kr.drregistry.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import kr.drregistry.filing.FilingStatus;
import kr.drregistry.filing.FilingViews.Counts;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.DraftView;
import kr.drregistry.filing.FilingViews.PolicyRef;
import kr.drregistry.rules.LocalizedText;

/** What the incident API and pages show (never the entities). */
public final class IncidentViews {
    private IncidentViews() {
    }

    /** Body of POST /api/v1/incidents: a title and when the incident was detected (deadlines count from it). */
    public record NewIncident(String title, Instant detectedAt, Instant occurredAt, Instant classifiedAt, String summary) {
    }

    /** Body of POST /api/v1/incidents/{id}/timeline. */
    public record NewTimelineEntry(Instant at, String text) {
    }

    /** Body of the regulator's moves (request-information needs a reason and a due date). */
    public record RegulatorMove(String reason, LocalDate dueDate) {
    }

    /**
     * A stage with its due time and state ({@code SUBMITTED}, {@code SUBMITTED_LATE}, {@code DUE}, {@code OVERDUE},
     * {@code WAITING} when its trigger — e.g. recovery — has not happened yet); {@code basis} is the trigger the due
     * time counts from.
     */
    public record StageView(String id, LocalizedText name, Instant dueAt, String basis, String state, Instant submittedAt,
                            Instant lastSubmittedAt) {
    }

    /** A submitted version of the incident: its stage, the due time it was held to and whether it came late. */
    public record SubmissionView(int version, String stage, LocalizedText stageName, Instant submittedAt, String submittedBy, Instant dueAt,
                                 boolean late, boolean firstOfStage, String sha256, Counts findings, UUID topologyFilingId,
                                 Integer topologyVersion) {
    }

    public record TimelineView(Instant at, String text, String recordedBy, Instant recordedAt) {
    }

    /**
     * An incident: its filing state, policy, stages with due times, submissions, regulator decisions, the report (the
     * draft for the operator, the latest submitted version for the regulator: {@code reportSource}), the findings
     * of the latest version, for operators the findings the draft would get now, and the timeline.
     */
    public record IncidentView(UUID id, String organisation, String title, FilingStatus status, PolicyRef policy,
                               int latestVersion, DraftView draft, List<StageView> stages, List<SubmissionView> submissions,
                               List<DecisionView> decisions, JsonNode report, String reportSource, JsonNode findings,
                               JsonNode draftFindings, List<TimelineView> timeline, Instant createdAt, String createdBy) {
    }

    /** One incident in a list: the next open stage with its due time, and whether any stage is overdue. */
    public record IncidentSummary(UUID id, String organisation, String organisationName, String title, FilingStatus status,
                                  PolicyRef policy, int latestVersion, Instant detectedAt, Instant recoveredAt,
                                  StageView next, boolean overdue, List<StageView> stages) {
    }
}
