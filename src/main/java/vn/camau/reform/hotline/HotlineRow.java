package vn.camau.reform.hotline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One line of a work list or export. Carries no reporter identity at all: lists and exports never
 * show it, only the report's page after a logged reveal.
 *
 * @param workingDaysLeft working days until the answer deadline (negative when overdue); null once answered
 */
public record HotlineRow(long id, String code, LocalDateTime receivedAt, HotlineChannel channel,
                         HotlineCategory category, String unitName, String officerName, String dossierCode,
                         HotlineState state, LocalDate dueDate, HotlineTiming timing, Integer workingDaysLeft,
                         String assigneeName, boolean anonymous, Conclusion conclusion, Satisfaction satisfaction,
                         String summary) {
}
