package vn.camau.reform.ingest;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * The times a record may carry: none before 2000 (the reports begin then; {@code 0001-01-01} is a
 * sender's empty value, not a date), none in the future beyond a few minutes of clock skew, and no
 * appointment or step deadline more than a setting's years after the dossier was received
 * ({@code 9999-12-31} is "no deadline" in some systems, and would hide a dossier from every
 * overdue count forever).
 */
record TimeBounds(LocalDate earliest, LocalDateTime latest, int maxYearsAfterReceipt) {

    static final LocalDate REPORTS_BEGIN = LocalDate.of(2000, 1, 1);

    boolean tooEarly(LocalDate day) {
        return day != null && day.isBefore(earliest);
    }

    boolean inFuture(LocalDateTime t) {
        return t != null && t.isAfter(latest);
    }

    /** A deadline too far after the receipt to be one. */
    boolean tooFarAfter(LocalDate received, LocalDate deadline) {
        return received != null && deadline != null && deadline.isAfter(received.plusYears(maxYearsAfterReceipt));
    }
}
