package kr.drregistry.filing;

import java.util.EnumSet;
import java.util.Set;

/**
 * The lifecycle of a filing: {@code DRAFT → SUBMITTED → UNDER_REVIEW → (CHANGES_REQUESTED → resubmitted) →
 * ACCEPTED | REJECTED}. A decided filing (accepted or rejected) can be revised by submitting a new version.
 * Plain Java: the rules of which move is legal live here and nowhere else.
 */
public enum FilingStatus {
    DRAFT, SUBMITTED, UNDER_REVIEW, CHANGES_REQUESTED, ACCEPTED, REJECTED;

    /** The moves of the lifecycle. */
    public enum Move {
        SUBMIT, START_REVIEW, REQUEST_CHANGES, ACCEPT, REJECT
    }

    private static final Set<FilingStatus> SUBMITTABLE = EnumSet.of(DRAFT, CHANGES_REQUESTED, ACCEPTED, REJECTED);

    /** The status after {@code move}, or throws {@link IllegalTransition} when the move is not allowed now. */
    public FilingStatus after(Move move) {
        FilingStatus next = switch (move) {
            case SUBMIT -> SUBMITTABLE.contains(this) ? SUBMITTED : null;
            case START_REVIEW -> this == SUBMITTED ? UNDER_REVIEW : null;
            case REQUEST_CHANGES -> this == UNDER_REVIEW ? CHANGES_REQUESTED : null;
            case ACCEPT -> this == UNDER_REVIEW ? ACCEPTED : null;
            case REJECT -> this == UNDER_REVIEW ? REJECTED : null;
        };
        if (next == null) {
            throw new IllegalTransition(this, move);
        }
        return next;
    }

    /** A move that the lifecycle does not allow from the current status. */
    public static final class IllegalTransition extends RuntimeException {
        private final FilingStatus from;
        private final Move move;

        IllegalTransition(FilingStatus from, Move move) {
            super("a filing in status " + from + " cannot be moved by " + move);
            this.from = from;
            this.move = move;
        }

        public FilingStatus from() {
            return from;
        }

        public Move move() {
            return move;
        }
    }
}
