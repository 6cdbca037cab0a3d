package kr.drregistry.filing;

import java.time.LocalDate;
import java.util.List;

import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.FilingView;

/**
 * Where one submitted version stands in review: derived from the decisions recorded for that version and, for the
 * latest version, the filing's status. An older version is {@link Kind#SUPERSEDED} by the next one, whatever was
 * decided on it ({@code lastDecision} keeps that). Only {@link Kind#ACCEPTED} means accepted: a version awaiting
 * review or revision never reads as accepted. Plain Java, shared by the pages and the exports.
 *
 * @param kind         where the version stands
 * @param dueDate      the revision deadline when changes were requested (null otherwise)
 * @param supersededBy the number of the version that replaced this one (null unless superseded)
 * @param lastDecision the last reviewer move on this version (null when none was recorded)
 */
public record VersionStatus(Kind kind, LocalDate dueDate, Integer supersededBy, Move lastDecision) {

    /** Review states of a version, in the order a version passes through them. */
    public enum Kind {
        AWAITING_REVIEW, UNDER_REVIEW, CHANGES_REQUESTED, ACCEPTED, REJECTED, SUPERSEDED;

        /** Lower-case, dashed: {@code awaiting-review}, for CSS classes and machine-readable exports. */
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The state of version {@code number} of {@code filing}. */
    public static VersionStatus of(FilingView filing, int number) {
        if (number < 1 || number > filing.latestVersion()) {
            throw new IllegalArgumentException("version " + number + " of a filing with " + filing.latestVersion() + " versions");
        }
        List<DecisionView> decisions = filing.decisions().stream().filter(d -> d.version() == number).toList();
        DecisionView last = decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
        Move lastMove = last == null ? null : Move.valueOf(last.decision());
        if (number < filing.latestVersion()) {
            return new VersionStatus(Kind.SUPERSEDED, null, number + 1, lastMove);
        }
        Kind kind = switch (filing.status()) {
            case SUBMITTED, DRAFT -> Kind.AWAITING_REVIEW;
            case UNDER_REVIEW -> Kind.UNDER_REVIEW;
            case CHANGES_REQUESTED -> Kind.CHANGES_REQUESTED;
            case ACCEPTED -> Kind.ACCEPTED;
            case REJECTED -> Kind.REJECTED;
        };
        LocalDate due = kind == Kind.CHANGES_REQUESTED && last != null ? last.dueDate() : null;
        return new VersionStatus(kind, due, null, lastMove);
    }

    public boolean accepted() {
        return kind == Kind.ACCEPTED;
    }

    /** The decisions recorded for version {@code number}, oldest first. */
    public static List<DecisionView> decisionsOn(FilingView filing, int number) {
        return filing.decisions().stream().filter(d -> d.version() == number).toList();
    }
}
