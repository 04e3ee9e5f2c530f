package vn.camau.reform.dossier.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.camau.reform.calendar.WorkingCalendar;

/**
 * Working days between two dates in constant time over a span of the calendar (the training counts
 * millions of steps): ordinal[i] is the number of working days in (first, first + i].
 * Same convention as {@link WorkingCalendar#workingDaysBetween}; outside the span it asks the calendar.
 */
public final class WorkingDays {

    private final WorkingCalendar calendar;
    private final LocalDate first;
    private final int[] ordinal;

    public WorkingDays(WorkingCalendar calendar, LocalDate first, LocalDate last) {
        this.calendar = calendar;
        this.first = first;
        int span = (int) ChronoUnit.DAYS.between(first, last) + 1;
        this.ordinal = new int[Math.max(1, span)];
        for (int i = 1; i < ordinal.length; i++) {
            ordinal[i] = ordinal[i - 1] + (calendar.isWorkingDay(first.plusDays(i)) ? 1 : 0);
        }
    }

    public int between(LocalDate from, LocalDate to) {
        long a = ChronoUnit.DAYS.between(first, from);
        long b = ChronoUnit.DAYS.between(first, to);
        if (a < 0 || b < 0 || a >= ordinal.length || b >= ordinal.length) {
            return calendar.workingDaysBetween(from, to);
        }
        return ordinal[(int) b] - ordinal[(int) a];
    }

    public WorkingCalendar calendar() {
        return calendar;
    }
}
