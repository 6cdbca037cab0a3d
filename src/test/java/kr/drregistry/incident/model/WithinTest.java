package kr.drregistry.incident.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.incident.model.Within.Part;
import kr.drregistry.incident.model.Within.Unit;

/** Reporting periods in words: as the policy writes them, largest unit first. */
class WithinTest {
    @Test
    void periodsAreSpelledAsWritten() {
        assertEquals(List.of(new Part(Unit.HOURS, 24)), Within.parse("PT24H").parts(), "24 hours stay 24 hours, not a day");
        assertEquals(List.of(new Part(Unit.MONTHS, 1)), Within.parse("P1M").parts());
        assertEquals(List.of(new Part(Unit.DAYS, 1), new Part(Unit.HOURS, 2), new Part(Unit.MINUTES, 30)),
                Within.parse("P1DT2H30M").parts());
        assertEquals(List.of(new Part(Unit.DAYS, 14)), Within.parse("P2W").parts(), "weeks count as days");
        assertEquals(List.of(new Part(Unit.HOURS, 1), new Part(Unit.MINUTES, 30)), Within.parse("PT90M").parts(),
                "Duration normalises minutes into hours");
        assertEquals(List.of(new Part(Unit.YEARS, 1), new Part(Unit.SECONDS, 5)), Within.parse("P1YT5S").parts());
    }
    @Test
    void aPeriodLongerThanTenYearsIsRefusedSoThatDeadlinesStayInRange() {
        // P999999999Y used to be accepted and then overflowed java.time when a deadline was computed (a 500)
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Within.parse("P999999999Y"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Within.parse("PT999999999999H"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Within.parse("P11Y"));
        assertEquals(java.time.Instant.parse("2036-01-01T00:00:00Z"),
                Within.parse("P10Y").after(java.time.Instant.parse("2026-01-01T00:00:00Z"), java.time.ZoneOffset.UTC));
    }
}
