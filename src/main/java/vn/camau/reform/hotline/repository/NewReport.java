package vn.camau.reform.hotline.repository;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineChannel;

/** A checked report ready to insert. */
public record NewReport(HotlineChannel channel, LocalDateTime receivedAt, boolean anonymous, String reporterName,
                        String reporterPhone, String reporterEmail, HotlineCategory category, long unitId, Long officerId,
                        Long dossierId, String description, LocalDate assignDueDate, LocalDate dueDate) {
}
