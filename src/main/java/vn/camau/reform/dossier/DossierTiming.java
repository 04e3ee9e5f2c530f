package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.util.List;
import vn.camau.reform.calendar.WorkingCalendar;

/** The timing rules of DOMAIN §4, as pure functions over a working calendar. */
public final class DossierTiming {

    private DossierTiming() {
    }

    /** By date only: resolved before the due date is early, on it on time, after it late. */
    public static Timing classify(LocalDate resolved, LocalDate due) {
        int cmp = resolved.compareTo(due);
        return cmp < 0 ? Timing.EARLY : cmp == 0 ? Timing.ON_TIME : Timing.LATE;
    }

    /**
     * Working days from the due date to {@code day}. A dossier late by date is at least one day
     * late even when it was finished on a weekend right after a Friday due date.
     */
    public static int workingDaysLate(WorkingCalendar calendar, LocalDate due, LocalDate day) {
        if (!day.isAfter(due)) {
            return 0;
        }
        return Math.max(1, calendar.workingDaysBetween(due, day));
    }

    /**
     * An open dossier on {@code today}: overdue once its due date has passed; due soon when at most
     * {@code dueSoonWorkingDays} working days remain (so with 1, due today or on the next working day).
     */
    public static OpenTiming openTiming(WorkingCalendar calendar, LocalDate due, LocalDate today,
                                        int dueSoonWorkingDays) {
        if (due.isBefore(today)) {
            return OpenTiming.OVERDUE;
        }
        return calendar.workingDaysBetween(today, due) <= dueSoonWorkingDays
                ? OpenTiming.DUE_SOON : OpenTiming.ON_TRACK;
    }

    /** The last day still counted as "due soon" on {@code today}. */
    public static LocalDate dueSoonUntil(WorkingCalendar calendar, LocalDate today, int dueSoonWorkingDays) {
        return calendar.addWorkingDays(today, dueSoonWorkingDays);
    }

    /** A time the applicant held the dossier to complete it; {@code resubmitted} null while waiting. */
    public record SupplementPeriod(LocalDate requested, LocalDate resubmitted) {
    }

    /**
     * The date timing is judged against. Under PAUSE each completed supplement period moves the
     * appointment by the working days the applicant took; under RESTART the procedure's whole time
     * limit runs again from the last resubmission (never earlier than the appointment). A period still
     * waiting for the applicant leaves the date as it is until the supplement arrives.
     */
    public static LocalDate dueDate(WorkingCalendar calendar, LocalDate appointment,
                                    List<SupplementPeriod> supplements, SupplementRule rule,
                                    int limitWorkingDays) {
        LocalDate due = appointment;
        for (SupplementPeriod p : supplements) {
            if (p.resubmitted() == null) {
                continue;
            }
            if (rule == SupplementRule.PAUSE) {
                due = calendar.addWorkingDays(due, Math.max(0,
                        calendar.workingDaysBetween(p.requested(), p.resubmitted())));
            } else {
                LocalDate restarted = calendar.addWorkingDays(p.resubmitted(), limitWorkingDays);
                due = restarted.isAfter(due) ? restarted : due;
            }
        }
        return due;
    }
}
