package kr.drregistry.incident.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * When each stage of an incident report is due and where it stands. A stage's due time is the earliest of its
 * policy deadlines whose trigger is known (DORA's initial report: four hours after classification, but no later than
 * 24 hours after detection); the {@code previous} trigger is the latest submission of the stage before it. A
 * submitted stage keeps the due time and late flag recorded when it was first submitted.
 */
public final class Schedule {
    private Schedule() {
    }

    /** Where a stage stands. */
    public enum State {
        /** Submitted on time. */
        SUBMITTED,
        /** Submitted after its due time. */
        SUBMITTED_LATE,
        /** Not submitted, due in the future. */
        DUE,
        /** Not submitted, past its due time. */
        OVERDUE,
        /** Not submitted; its due time is not known yet (its trigger has not happened, e.g. recovery). */
        WAITING
    }

    /** A stage submission as recorded: when, its due time then, and whether it was late (first submissions only). */
    public record Submission(String stage, Instant at, Instant dueAt, boolean late) {
    }

    /** One stage of the schedule. {@code submittedAt} is the first submission of the stage, {@code lastSubmittedAt} the latest. */
    public record StageDue(IncidentPolicy.Stage stage, Instant dueAt, Trigger basis, Instant submittedAt,
                           Instant lastSubmittedAt, State state) {
        public boolean open() {
            return state == State.DUE || state == State.OVERDUE || state == State.WAITING;
        }
    }

    /** The due time of stage {@code index} from the report's times and the submissions so far; null when unknown. */
    public static Instant due(IncidentPolicy policy, int index, IncidentReport times, List<Submission> submissions) {
        Candidate c = candidate(policy, index, times, submissions);
        return c == null ? null : c.at;
    }

    private record Candidate(Instant at, Trigger trigger) {
    }

    private static Candidate candidate(IncidentPolicy policy, int index, IncidentReport times, List<Submission> submissions) {
        IncidentPolicy.Stage stage = policy.stages().get(index);
        Candidate best = null;
        for (IncidentPolicy.Deadline d : stage.deadlines()) {
            Instant start = switch (d.after()) {
                case OCCURRENCE -> times.occurredAt();
                case DETECTION -> times.detectedAt();
                case CLASSIFICATION -> times.classifiedAt();
                case RECOVERY -> times.recoveredAt();
                case PREVIOUS -> index == 0 ? null : last(submissions, policy.stages().get(index - 1).id());
            };
            if (start != null) {
                Instant at = d.within().after(start, policy.zone());
                if (best == null || at.isBefore(best.at)) {
                    best = new Candidate(at, d.after());
                }
            }
        }
        return best;
    }

    /** Every stage in policy order with its due time and state at {@code now}. */
    public static List<StageDue> of(IncidentPolicy policy, IncidentReport times, List<Submission> submissions, Instant now) {
        List<StageDue> out = new ArrayList<>();
        for (int i = 0; i < policy.stages().size(); i++) {
            IncidentPolicy.Stage stage = policy.stages().get(i);
            Submission first = submissions.stream().filter(s -> s.stage().equals(stage.id())).findFirst().orElse(null);
            if (first != null) {
                out.add(new StageDue(stage, first.dueAt(), null, first.at(), last(submissions, stage.id()),
                        first.late() ? State.SUBMITTED_LATE : State.SUBMITTED));
                continue;
            }
            Candidate c = candidate(policy, i, times, submissions);
            State state = c == null ? State.WAITING : now.isAfter(c.at) ? State.OVERDUE : State.DUE;
            out.add(new StageDue(stage, c == null ? null : c.at, c == null ? null : c.trigger, null, null, state));
        }
        return out;
    }

    /**
     * The stage a new submission may be for: a stage submitted before (a correction or update) or the first one not
     * yet submitted. Stages are reported in order; null when {@code stageId} is neither.
     */
    public static boolean submittable(IncidentPolicy policy, String stageId, List<Submission> submissions) {
        int index = policy.indexOf(stageId);
        if (index < 0) {
            return false;
        }
        for (int i = 0; i < index; i++) {
            String earlier = policy.stages().get(i).id();
            if (submissions.stream().noneMatch(s -> s.stage().equals(earlier))) {
                return false;
            }
        }
        return true;
    }

    /** Whether this would be the first submission of {@code stageId}. */
    public static boolean first(String stageId, List<Submission> submissions) {
        return submissions.stream().noneMatch(s -> s.stage().equals(stageId));
    }

    private static Instant last(List<Submission> submissions, String stageId) {
        Instant at = null;
        for (Submission s : submissions) {
            if (s.stage().equals(stageId) && (at == null || s.at().isAfter(at))) {
                at = s.at();
            }
        }
        return at;
    }
}
