package vn.camau.reform.hotline.repository;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A report as stored, with the names it refers to. Holds the reporter in full: it never leaves the
 * service, which masks it or reveals it under its rules.
 */
public record ReportRow(long id, String code, String channel, LocalDateTime receivedAt, boolean anonymous,
                        String reporterName, String reporterPhone, String reporterEmail, String category,
                        long unitId, String unitName, String unitPath, Long officerId, String officerName,
                        Long officerUserId, Long dossierId, String dossierCode, String description, String state,
                        LocalDate assignDueDate, LocalDate dueDate, Long assignedUnitId, String assignedUnitName,
                        Long assigneeId, String assigneeName, LocalDateTime assignedAt, String answerText,
                        String answerChannel, LocalDateTime answeredAt, String answeredByName, String satisfaction,
                        String conclusion, String officerAction, String conclusionNote, String concludedByName,
                        LocalDateTime concludedAt, LocalDateTime closedAt, int reopenCount, String createdByName,
                        String updatedByName, LocalDateTime updatedAt, int version) {
}
