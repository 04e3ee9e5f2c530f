package vn.camau.reform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Working-day arithmetic over an immutable snapshot of the calendar. Monday to Friday are working
 * days unless announced as a day off; Saturdays are working days only when announced as make-up
 * days; Sundays never are.
 *
 * <p>Both operations use the same convention: the start date itself is not counted, the end date is.
 * So {@code workingDaysBetween(d, addWorkingDays(d, n)) == n} for n &ge; 0, and for negative n when d
 * is itself a working day.
 */
public final class WorkingCalendar {

    /** Guards against an endless walk over a calendar with no working days left. */
    private static final int MAX_DAYS_WALKED = 366 * 20;

    private final Set<LocalDate> daysOff;
    private final Set<LocalDate> workingSaturdays;

    public WorkingCalendar(Collection<CalendarDay> days) {
        this.daysOff = days.stream().filter(d -> d.kind() == DayKind.DAY_OFF)
                .map(CalendarDay::day).collect(Collectors.toUnmodifiableSet());
        this.workingSaturdays = days.stream().filter(d -> d.kind() == DayKind.WORKING_SATURDAY)
                .map(CalendarDay::day).collect(Collectors.toUnmodifiableSet());
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        if (dow == DayOfWeek.SUNDAY) {
            return false;
        }
        if (dow == DayOfWeek.SATURDAY) {
            return workingSaturdays.contains(date);
        }
        return !daysOff.contains(date);
    }

    /**
     * The date {@code n} working days after {@code start} (before it when n is negative). With n = 0
     * the start itself is returned, working day or not.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        int step = n >= 0 ? 1 : -1;
        int remaining = Math.abs(n);
        LocalDate date = start;
        int walked = 0;
        while (remaining > 0) {
            date = date.plusDays(step);
            if (isWorkingDay(date)) {
                remaining--;
            }
            if (++walked > MAX_DAYS_WALKED) {
                throw new IllegalStateException("No working days found within 20 years of " + start);
            }
        }
        return date;
    }

    /**
     * The day {@code n} working days before {@code day}: {@code workingDaysBetween(result, day) == n}
     * whether or not {@code day} is itself a working day. On a Saturday, the dossier due "3 working
     * days ago" was due on Tuesday (Wednesday, Thursday and Friday have passed since), which
     * {@code addWorkingDays(saturday, -3)} (Wednesday) does not give.
     */
    public LocalDate workingDaysBefore(LocalDate day, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("n must not be negative: " + n);
        }
        LocalDate anchor = isWorkingDay(day) ? day : addWorkingDays(day, -1);
        return addWorkingDays(anchor, -n);
    }

    /**
     * Working days in (from, to]: how many working days after {@code from} it takes to reach
     * {@code to}. Negative when {@code to} is before {@code from}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }
}
