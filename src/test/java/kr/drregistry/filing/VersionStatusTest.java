package kr.drregistry.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.drregistry.filing.FilingStatus.Move;
import kr.drregistry.filing.FilingViews.DecisionView;
import kr.drregistry.filing.FilingViews.FilingView;
import kr.drregistry.filing.VersionStatus.Kind;

/** Where a version stands: from the decisions on it and, for the latest, the filing's status. */
class VersionStatusTest {
    private static final LocalDate DUE = LocalDate.of(2099, 1, 31);

    private static DecisionView decision(int version, Move move) {
        return new DecisionView(version, move.name(), move == Move.REQUEST_CHANGES ? "fix it" : null,
                move == Move.REQUEST_CHANGES ? DUE : null, "reviewer", Instant.parse("2026-01-01T00:00:00Z"));
    }

    private static FilingView filing(FilingStatus status, int latest, DecisionView... decisions) {
        return new FilingView(UUID.randomUUID(), "example-talk", FilingType.TOPOLOGY, 2026, "t", status, latest,
                null, List.of(), List.of(decisions), Instant.EPOCH, "talk-editor");
    }

    @Test
    void theLatestVersionFollowsTheFilingStatus() {
        assertEquals(Kind.AWAITING_REVIEW, VersionStatus.of(filing(FilingStatus.SUBMITTED, 1), 1).kind());
        assertEquals(Kind.UNDER_REVIEW, VersionStatus.of(filing(FilingStatus.UNDER_REVIEW, 1, decision(1, Move.START_REVIEW)), 1).kind());
        VersionStatus changes = VersionStatus.of(filing(FilingStatus.CHANGES_REQUESTED, 1, decision(1, Move.START_REVIEW),
                decision(1, Move.REQUEST_CHANGES)), 1);
        assertEquals(Kind.CHANGES_REQUESTED, changes.kind());
        assertEquals(DUE, changes.dueDate());
        assertFalse(changes.accepted(), "a version awaiting revision is not accepted");
        VersionStatus accepted = VersionStatus.of(filing(FilingStatus.ACCEPTED, 1, decision(1, Move.START_REVIEW), decision(1, Move.ACCEPT)), 1);
        assertTrue(accepted.accepted());
        assertEquals(Move.ACCEPT, accepted.lastDecision());
        assertEquals(Kind.REJECTED, VersionStatus.of(filing(FilingStatus.REJECTED, 1, decision(1, Move.REJECT)), 1).kind());
    }

    @Test
    void anOlderVersionIsSupersededByTheNextAndKeepsItsLastDecision() {
        FilingView f = filing(FilingStatus.SUBMITTED, 3, decision(1, Move.START_REVIEW), decision(1, Move.REQUEST_CHANGES),
                decision(2, Move.START_REVIEW), decision(2, Move.ACCEPT));
        VersionStatus first = VersionStatus.of(f, 1);
        assertEquals(Kind.SUPERSEDED, first.kind());
        assertEquals(2, first.supersededBy());
        assertEquals(Move.REQUEST_CHANGES, first.lastDecision());
        assertNull(first.dueDate(), "a superseded version has no open deadline");
        VersionStatus second = VersionStatus.of(f, 2);
        assertEquals(Kind.SUPERSEDED, second.kind(), "an accepted version that was revised is superseded");
        assertFalse(second.accepted());
        assertEquals(Move.ACCEPT, second.lastDecision());
        assertEquals(Kind.AWAITING_REVIEW, VersionStatus.of(f, 3).kind(), "the decisions on older versions do not carry over");
        assertEquals(List.of(), VersionStatus.decisionsOn(f, 3));
        assertEquals(2, VersionStatus.decisionsOn(f, 1).size());
    }

    @Test
    void versionsThatDoNotExistAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> VersionStatus.of(filing(FilingStatus.SUBMITTED, 1), 2));
        assertThrows(IllegalArgumentException.class, () -> VersionStatus.of(filing(FilingStatus.SUBMITTED, 1), 0));
        assertEquals("changes-requested", Kind.CHANGES_REQUESTED.code());
    }
}
