package vn.camau.reform.hotline;

import java.time.LocalDateTime;

/** Who the report was assigned to, and when: a unit, an inspector, or both; all empty until assigned. */
public record HotlineAssignment(Long unitId, String unitName, Long assigneeId, String assigneeName,
                                LocalDateTime assignedAt) {
}
