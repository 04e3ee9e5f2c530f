package vn.camau.reform.hotline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One report as its page shows it. The reporter is masked unless revealed;
 * {@code mayRevealReporter} says whether this caller may ask for the reveal.
 */
public record HotlineReport(long id, String code, HotlineChannel channel, LocalDateTime receivedAt,
                            ReportSubject subject, String description, HotlineState state,
                            LocalDate assignDueDate, LocalDate dueDate, HotlineTiming timing,
                            HotlineAssignment assignment, HotlineAnswer answer, LeaderConclusion conclusion,
                            LocalDateTime closedAt, int reopenCount, String createdByName, int version, Reporter reporter,
                            boolean mayRevealReporter) {
}
