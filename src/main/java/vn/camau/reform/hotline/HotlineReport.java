package vn.camau.reform.hotline;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One report as its page shows it. The reporter is masked unless revealed;
 * {@code mayRevealReporter} says whether this caller may ask for the reveal.
 */
public record HotlineReport(long id, String code, HotlineChannel channel, LocalDateTime receivedAt,
                            HotlineCategory category, long unitId, String unitName, Long officerId,
                            String officerName, String dossierCode, String description, HotlineState state,
                            LocalDate assignDueDate, LocalDate dueDate, HotlineTiming timing,
                            Long assignedUnitId, String assignedUnitName, Long assigneeId, String assigneeName,
                            LocalDateTime assignedAt, String answerText, HotlineChannel answerChannel,
                            LocalDateTime answeredAt, String answeredByName, Satisfaction satisfaction,
                            Conclusion conclusion, OfficerAction officerAction, String conclusionNote,
                            String concludedByName, LocalDateTime concludedAt, LocalDateTime closedAt,
                            int reopenCount, String createdByName, int version, Reporter reporter,
                            boolean mayRevealReporter) {
}
