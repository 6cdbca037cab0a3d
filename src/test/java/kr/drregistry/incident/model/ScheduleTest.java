package kr.drregistry.incident.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import kr.drregistry.incident.model.Schedule.State;
import kr.drregistry.incident.model.Schedule.Submission;

/** Deadline arithmetic of both shipped policies, in Seoul time, stored as instants. */
class ScheduleTest {
    private static final IncidentPolicy KR = IncidentPolicies.korean();
    private static final IncidentPolicy DORA = IncidentPolicies.dora();

    static Instant seoul(String localDateTime) {
        return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
    }

    static IncidentReport times(Instant occurred, Instant detected, Instant classified, Instant recovered) {
        return new IncidentReport(null, occurred, detected, classified, recovered, null, null, null, null, null, null, null, null, null);
    }

    @Test
    void koreanInitialReportIsDueAnHourAfterDetectionAcrossMidnight() {
        IncidentReport r = times(seoul("2026-12-31T23:10:00"), seoul("2026-12-31T23:30:00"), null, null);
        Instant due = Schedule.due(KR, 0, r, List.of());
        assertEquals(seoul("2027-01-01T00:30:00"), due, "23:30 + 1 h is 00:30 of the next day (and year) in Seoul");
        assertEquals(Instant.parse("2026-12-31T15:30:00Z"), due, "stored as the instant");
    }

    @Test
    void koreanFinalReportWaitsForRecoveryThenFallsDueAMonthLaterAtMonthEnds() {
        IncidentReport ongoing = times(seoul("2026-01-30T09:00:00"), seoul("2026-01-30T09:05:00"), null, null);
        var schedule = Schedule.of(KR, ongoing, List.of(new Submission("initial", seoul("2026-01-30T09:40:00"),
                seoul("2026-01-30T10:05:00"), false)), seoul("2026-01-31T00:00:00"));
        assertEquals(State.SUBMITTED, schedule.get(0).state());
        assertEquals(State.WAITING, schedule.get(1).state(), "no recovery yet: the final report's due time is unknown");
        assertNull(schedule.get(1).dueAt());

        assertEquals(seoul("2026-02-28T10:00:00"), Schedule.due(KR, 1, times(null, null, null, seoul("2026-01-31T10:00:00")), List.of()),
                "a month after 31 January is the last day of February");
        assertEquals(seoul("2028-02-29T10:00:00"), Schedule.due(KR, 1, times(null, null, null, seoul("2028-01-31T10:00:00")), List.of()),
                "leap year: 29 February");
        assertEquals(seoul("2026-04-30T08:00:00"), Schedule.due(KR, 1, times(null, null, null, seoul("2026-03-31T08:00:00")), List.of()),
                "months count in Seoul time: 31 March 08:00 KST is 30 March in UTC, yet the due day is 30 April, not 1 May");
    }

    @Test
    void doraInitialIsTheEarlierOfFourHoursAfterClassificationAnd24HoursAfterDetection() {
        IncidentReport fastClassification = times(null, seoul("2026-05-10T20:00:00"), seoul("2026-05-10T22:30:00"), null);
        assertEquals(seoul("2026-05-11T02:30:00"), Schedule.due(DORA, 0, fastClassification, List.of()),
                "4 h after classification, past midnight");
        IncidentReport lateClassification = times(null, seoul("2026-05-10T08:00:00"), seoul("2026-05-11T07:00:00"), null);
        assertEquals(seoul("2026-05-11T08:00:00"), Schedule.due(DORA, 0, lateClassification, List.of()),
                "24 h after detection comes first");
        IncidentReport notClassified = times(null, seoul("2026-05-10T08:00:00"), null, null);
        assertEquals(seoul("2026-05-11T08:00:00"), Schedule.due(DORA, 0, notClassified, List.of()),
                "before classification the 24-hour bound applies");
    }

    @Test
    void doraIntermediateCountsFromTheInitialAndFinalFromTheLastIntermediate() {
        IncidentReport r = times(seoul("2026-01-28T09:00:00"), seoul("2026-01-28T09:30:00"), seoul("2026-01-28T10:00:00"), null);
        List<Submission> subs = List.of(new Submission("initial", seoul("2026-01-28T13:00:00"), seoul("2026-01-28T14:00:00"), false));
        assertEquals(seoul("2026-01-31T13:00:00"), Schedule.due(DORA, 1, r, subs), "72 h after the initial notification");
        assertNull(Schedule.due(DORA, 2, r, subs), "no intermediate report yet: the final one is not due yet");

        List<Submission> two = List.of(subs.get(0),
                new Submission("intermediate", seoul("2026-01-31T12:00:00"), seoul("2026-01-31T13:00:00"), false),
                new Submission("intermediate", seoul("2026-01-31T23:59:00"), null, false));
        assertEquals(seoul("2026-02-28T23:59:00"), Schedule.due(DORA, 2, r, two),
                "a month after the LAST intermediate report (31 Jan 23:59 → 28 Feb 23:59)");
    }

    @Test
    void lateAndOnTimeStagesAndOverdueOnes() {
        IncidentReport r = times(seoul("2026-06-01T10:00:00"), seoul("2026-06-01T10:00:00"), seoul("2026-06-01T11:00:00"), null);
        List<Submission> subs = List.of(new Submission("initial", seoul("2026-06-01T16:00:00"), seoul("2026-06-01T15:00:00"), true));
        var s = Schedule.of(DORA, r, subs, seoul("2026-06-04T17:00:00"));
        assertEquals(State.SUBMITTED_LATE, s.get(0).state());
        assertEquals(State.OVERDUE, s.get(1).state(), "72 h after 16:00 on 1 June was 16:00 on 4 June");
        assertEquals(State.WAITING, s.get(2).state());
        assertEquals(State.DUE, Schedule.of(DORA, r, subs, seoul("2026-06-04T15:59:00")).get(1).state());
    }

    @Test
    void stagesAreReportedInOrder() {
        assertEquals(false, Schedule.submittable(DORA, "final", List.of()));
        assertEquals(true, Schedule.submittable(DORA, "initial", List.of()));
        assertEquals(false, Schedule.submittable(DORA, "closing", List.of()));
        assertEquals(true, Schedule.submittable(KR, "final", List.of(new Submission("initial", Instant.now(), null, false))));
    }

    @Test
    void periodsAreIso8601() {
        assertEquals(seoul("2026-01-02T12:00:00"), Within.parse("P1DT2H").after(seoul("2026-01-01T10:00:00"), KR.zone()));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Within.parse("4 hours"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> Within.parse("PT0H"));
    }
}
