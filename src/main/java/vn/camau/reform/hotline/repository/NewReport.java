package vn.camau.reform.hotline.repository;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A checked report ready to insert. */
public record NewReport(String channel, LocalDateTime receivedAt, boolean anonymous, String reporterName,
                        String reporterPhone, String reporterEmail, String category, long unitId, Long officerId,
                        Long dossierId, String description, LocalDate assignDueDate, LocalDate dueDate) {
}
