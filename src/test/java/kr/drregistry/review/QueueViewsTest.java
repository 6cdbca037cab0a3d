package kr.drregistry.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** A view keeps the queue's filter and nothing else, in one form, so the page can tell which view it shows. */
class QueueViewsTest {
    @Test
    void aViewKeepsOnlyTheFilterInOneOrder() {
        assertEquals("status=SUBMITTED&assigned=me&critical=2",
                QueueViews.canonical("critical=02&page=3&assigned=me&size=200&status=SUBMITTED&utm=x&saved=mine"));
        assertEquals("", QueueViews.canonical(""), "no filter is the view of every filing");
        assertEquals("", QueueViews.canonical((String) null));
        assertEquals("", QueueViews.canonical("sort=age"), "the default order is not part of a view");
        assertEquals("desc=true", QueueViews.canonical("sort=age&desc=true"));
        assertEquals("sort=critical&desc=true", QueueViews.canonical("desc=true&sort=critical"));
    }

    @Test
    void valuesAFilterCannotTakeAreDropped() {
        assertEquals("", QueueViews.canonical("status=submitted;drop&type=<b>&critical=-1&sort=evil&desc=yes"));
        assertEquals("operator=%EC%98%88%EC%8B%9C%ED%86%A1", QueueViews.canonical("operator=%EC%98%88%EC%8B%9C%ED%86%A1"),
                "a Korean operator name survives, encoded");
        assertEquals("", QueueViews.canonical("operator=" + "a".repeat(101)), "longer than the operator field takes");
        assertEquals("", QueueViews.canonical("operator=%E0%A4%A"), "an undecodable value is no filter");
        assertEquals("type=PLAN", QueueViews.canonical("type=PLAN&type=INCIDENT"), "the first of a repeated parameter");
    }

    @Test
    void theProductsViewsAreCanonical() {
        for (QueueViews.Builtin b : QueueViews.Builtin.values()) {
            assertEquals(b.query(), QueueViews.canonical(b.query()), b.name());
        }
    }

    @Test
    void aNameIsNeededAndShort() {
        assertEquals(QueueViews.NameProblem.MISSING, QueueViews.nameProblem(null));
        assertEquals(QueueViews.NameProblem.MISSING, QueueViews.nameProblem("   "));
        assertNull(QueueViews.nameProblem("  보완 요청 기한 지난 것  "));
        assertNull(QueueViews.nameProblem("가".repeat(60)), "60 Korean characters are 60, not 180 bytes");
        assertEquals(QueueViews.NameProblem.TOO_LONG, QueueViews.nameProblem("가".repeat(61)));
    }
}
