package vn.camau.reform.hotline.repository;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.hotline.Conclusion;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.hotline.OfficerAction;
import vn.camau.reform.hotline.Satisfaction;

/**
 * A report as stored, with the names it refers to. Holds the reporter in full: it never leaves the
 * service, which masks it or reveals it under its rules.
 */
public record ReportRow(long id, String code, HotlineChannel channel, LocalDateTime receivedAt, boolean anonymous,
                        String reporterName, String reporterPhone, String reporterEmail, HotlineCategory category,
                        long unitId, String unitName, String unitPath, Long officerId, String officerName,
                        Long officerUserId, Long dossierId, String dossierCode, String description, HotlineState state,
                        LocalDate assignDueDate, LocalDate dueDate, Long assignedUnitId, String assignedUnitName,
                        Long assigneeId, String assigneeName, LocalDateTime assignedAt, String answerText,
                        HotlineChannel answerChannel, LocalDateTime answeredAt, String answeredByName, Satisfaction satisfaction,
                        Conclusion conclusion, OfficerAction officerAction, String conclusionNote, String concludedByName,
                        LocalDateTime concludedAt, LocalDateTime closedAt, int reopenCount, String createdByName,
                        String updatedByName, LocalDateTime updatedAt, int version) {
}
