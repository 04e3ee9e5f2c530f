package vn.camau.reform.apology;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.WorkingCalendar;

/** The rules of DOMAIN §6 that need no database: deadlines, the new date, the outcome. */
public final class ApologyRules {

    public static final int REASON_MAX_LENGTH = 2000;
    public static final int COMMENT_MAX_LENGTH = 1000;
    public static final int PUBLISHED_WHERE_MAX_LENGTH = 300;

    private ApologyRules() {
    }

    /**
     * The last day an apology counts as issued in time: {@code leadWorkingDays} working days before
     * the original appointment date (Decree 61/2018: at the latest one working day before).
     */
    public static LocalDate issueDeadline(WorkingCalendar cal, LocalDate originalDueDate, int leadWorkingDays) {
        return cal.addWorkingDays(originalDueDate, -leadWorkingDays);
    }

    /** The reason, stripped; refused when empty or longer than a letter can carry. */
    public static String reason(String reason) {
        String text = java.util.Objects.requireNonNullElse(TextRules.clean(reason, true), "");
        if (text.isEmpty()) {
            throw new BusinessRuleException("apology.reason.required");
        }
        if (text.length() > REASON_MAX_LENGTH) {
            throw new BusinessRuleException("apology.reason.too-long", REASON_MAX_LENGTH);
        }
        return text;
    }

    /** A new appointment date must be a working day, not before today, and after the original date. */
    public static void checkNewDueDate(WorkingCalendar cal, LocalDate newDueDate, LocalDate originalDueDate,
                                       LocalDate today) {
        if (newDueDate == null) {
            throw new BusinessRuleException("apology.new-date.required");
        }
        if (newDueDate.isBefore(today)) {
            throw new BusinessRuleException("apology.new-date.before-today", VnFormats.date(newDueDate),
                    VnFormats.date(today));
        }
        if (!newDueDate.isAfter(originalDueDate)) {
            throw new BusinessRuleException("apology.new-date.not-after-original", VnFormats.date(newDueDate),
                    VnFormats.date(originalDueDate));
        }
        if (!cal.isWorkingDay(newDueDate)) {
            throw new BusinessRuleException("apology.new-date.not-working-day", VnFormats.date(newDueDate));
        }
    }

    /**
     * Whether the new date was kept: met when the dossier finished by it, missed when it finished
     * after it or is still open once it has passed.
     */
    public static ApologyOutcome outcome(LocalDate newDueDate, LocalDateTime finishedAt, LocalDate today) {
        if (finishedAt != null) {
            return finishedAt.toLocalDate().isAfter(newDueDate) ? ApologyOutcome.MISSED : ApologyOutcome.MET;
        }
        return newDueDate.isBefore(today) ? ApologyOutcome.MISSED : ApologyOutcome.PENDING;
    }
}
