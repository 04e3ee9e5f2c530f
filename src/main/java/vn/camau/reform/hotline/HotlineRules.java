package vn.camau.reform.hotline;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.TextRules;
import vn.camau.reform.calendar.WorkingCalendar;

/** The checks and date rules of the hotline, free of the database so they can be tested alone. */
public final class HotlineRules {

    public static final int MAX_DESCRIPTION = 5000;
    public static final int MAX_ANSWER = 4000;
    public static final int MAX_NOTE = 4000;
    public static final int MAX_CONCLUSION_NOTE = 2000;
    public static final int MAX_PURPOSE = 300;
    public static final int MAX_NAME = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private HotlineRules() {
    }

    /**
     * Forwarding is due the day a report arrives; one that arrives on a day off is forwarded on the
     * next working day.
     */
    public static LocalDate assignDueDate(WorkingCalendar calendar, LocalDate received) {
        return calendar.isWorkingDay(received) ? received : calendar.addWorkingDays(received, 1);
    }

    /** The answer is due N working days after the day counting starts (the forwarding day). */
    public static LocalDate dueDate(WorkingCalendar calendar, LocalDate received, int workingDays) {
        return calendar.addWorkingDays(assignDueDate(calendar, received), workingDays);
    }

    /** Where an awaiting report stands: overdue after its due date, due soon within a working day. */
    public static HotlineTiming timing(WorkingCalendar calendar, LocalDate dueDate, LocalDate answeredOn,
                                       LocalDate today) {
        if (answeredOn != null) {
            return answeredOn.isAfter(dueDate) ? HotlineTiming.ANSWERED_LATE : HotlineTiming.ANSWERED_IN_TIME;
        }
        if (dueDate.isBefore(today)) {
            return HotlineTiming.OVERDUE;
        }
        return dueDate.isAfter(dueSoonLimit(calendar, today)) ? HotlineTiming.ON_TRACK : HotlineTiming.DUE_SOON;
    }

    /** The last due date that counts as due soon: the next working day. */
    public static LocalDate dueSoonLimit(WorkingCalendar calendar, LocalDate today) {
        return calendar.addWorkingDays(today, 1);
    }

    /** Required text, stripped, within its length; {@code key} names the field in the message. */
    public static String requiredText(String text, int max, String key) {
        String cleaned = TextRules.clean(text, true);
        String t = cleaned == null ? "" : cleaned;
        if (t.isEmpty()) {
            throw new BusinessRuleException("hotline." + key + ".required");
        }
        if (t.length() > max) {
            throw new BusinessRuleException("hotline." + key + ".too-long", max);
        }
        return t;
    }

    /** Optional text: null when blank. */
    public static String optionalText(String text, int max, String key) {
        return text == null || text.isBlank() ? null : requiredText(text, max, key);
    }

    public static String email(String text) {
        String e = optionalText(text, MAX_NAME, "email");
        if (e != null && !EMAIL.matcher(e).matches()) {
            throw new BusinessRuleException("hotline.email.invalid", e);
        }
        return e;
    }
}
