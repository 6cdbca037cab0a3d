package kr.drregistry.incident.model;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * A reporting period as ISO 8601 text ({@code PT4H}, {@code PT72H}, {@code P1M}, {@code P1DT2H}): a date part
 * (years, months, weeks, days) added in local time of the policy's zone, then a time part added as exact time. So a
 * month after 31 January 10:00 is the last day of February 10:00, and a day after 23:30 is 23:30 the next day.
 */
public record Within(Period period, Duration duration, String text) {
    /** The longest reporting period: deadlines are days or months away, and a longer one is surely a typo. */
    public static final int MAX_YEARS = 10;

    public Within {
        if (period.isNegative() || duration.isNegative() || (period.isZero() && duration.isZero())) {
            throw new IllegalArgumentException("a reporting period must be positive: " + text);
        }
        if (period.toTotalMonths() + period.getDays() / 28 + duration.toDays() / 28 > MAX_YEARS * 12L) {
            throw new IllegalArgumentException("a reporting period must be at most " + MAX_YEARS + " years: " + text);
        }
    }

    /** Parses ISO 8601 period text; throws {@link IllegalArgumentException} on anything else. */
    public static Within parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("a reporting period is required");
        }
        String t = text.trim().toUpperCase(Locale.ROOT);
        if (!t.startsWith("P") || t.length() < 3) {
            throw new IllegalArgumentException("not an ISO 8601 period: " + text);
        }
        try {
            int at = t.indexOf('T');
            Period period = Period.ZERO;
            Duration duration = Duration.ZERO;
            if (at < 0) {
                period = Period.parse(t);
            } else {
                if (at > 1) {
                    period = Period.parse(t.substring(0, at));
                }
                duration = Duration.parse("P" + t.substring(at));
            }
            return new Within(period, duration, t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not an ISO 8601 period: " + text, e);
        }
    }

    /** One part of a period in words: {@code amount} of {@code unit}. */
    public record Part(Unit unit, long amount) {
    }

    /** The units a period is spelled in, largest first. */
    public enum Unit { YEARS, MONTHS, DAYS, HOURS, MINUTES, SECONDS }

    /**
     * The period as a person reads it, largest unit first, zero parts left out, as written: {@code PT24H} is 24
     * hours (not a day), {@code P1M} one month, {@code P1DT2H30M} 1 day, 2 hours and 30 minutes. Weeks count as days.
     */
    public java.util.List<Part> parts() {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        add(parts, Unit.YEARS, period.getYears());
        add(parts, Unit.MONTHS, period.getMonths());
        add(parts, Unit.DAYS, period.getDays());
        add(parts, Unit.HOURS, duration.toHours());
        add(parts, Unit.MINUTES, duration.toMinutesPart());
        add(parts, Unit.SECONDS, duration.toSecondsPart());
        return parts;
    }

    private static void add(java.util.List<Part> parts, Unit unit, long amount) {
        if (amount != 0) {
            parts.add(new Part(unit, amount));
        }
    }

    /** {@code start} plus this period, the date part in local time of {@code zone}. */
    public Instant after(Instant start, ZoneId zone) {
        return start.atZone(zone).plus(period).plus(duration).toInstant();
    }
}
