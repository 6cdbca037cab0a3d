package kr.drregistry.filing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import kr.drregistry.filing.FilingStatus.Move;

class FilingStatusTest {
    @Test
    void theWholeLifecycle() {
        FilingStatus s = FilingStatus.DRAFT.after(Move.SUBMIT);
        assertEquals(FilingStatus.SUBMITTED, s);
        s = s.after(Move.START_REVIEW);
        assertEquals(FilingStatus.UNDER_REVIEW, s);
        s = s.after(Move.REQUEST_CHANGES);
        assertEquals(FilingStatus.CHANGES_REQUESTED, s);
        s = s.after(Move.SUBMIT).after(Move.START_REVIEW);
        assertEquals(FilingStatus.ACCEPTED, s.after(Move.ACCEPT));
        assertEquals(FilingStatus.REJECTED, s.after(Move.REJECT));
        assertEquals(FilingStatus.SUBMITTED, FilingStatus.ACCEPTED.after(Move.SUBMIT), "a revision after acceptance");
    }

    @Test
    void illegalMovesAreRefused() {
        assertThrows(FilingStatus.IllegalTransition.class, () -> FilingStatus.DRAFT.after(Move.ACCEPT));
        assertThrows(FilingStatus.IllegalTransition.class, () -> FilingStatus.SUBMITTED.after(Move.SUBMIT));
        assertThrows(FilingStatus.IllegalTransition.class, () -> FilingStatus.SUBMITTED.after(Move.ACCEPT));
        assertThrows(FilingStatus.IllegalTransition.class, () -> FilingStatus.UNDER_REVIEW.after(Move.SUBMIT));
        assertThrows(FilingStatus.IllegalTransition.class, () -> FilingStatus.CHANGES_REQUESTED.after(Move.ACCEPT));
        assertThrows(FilingStatus.IllegalTransition.class, () -> FilingStatus.ACCEPTED.after(Move.REJECT));
    }
}
