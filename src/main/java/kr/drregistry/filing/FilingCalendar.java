package kr.drregistry.filing;

import java.time.LocalDate;
import java.time.YearMonth;

import kr.drregistry.rules.Policy;

/** When a year's plan and topology are due, from the policy's {@code filing.dueMonth}/{@code filing.dueDay}. */
public final class FilingCalendar {
    private FilingCalendar() {
    }

    /**
     * The due date for plan year {@code planYear}: the policy's month and day in the year before (a day past the
     * month's end means its last day).
     */
    public static LocalDate due(int planYear, Policy policy) {
        int month = (int) Math.max(1, Math.min(12, policy.param(Policy.FILING_DUE_MONTH)));
        YearMonth ym = YearMonth.of(planYear - 1, month);
        int day = (int) Math.max(1, Math.min(ym.lengthOfMonth(), policy.param(Policy.FILING_DUE_DAY)));
        return ym.atDay(day);
    }
}
