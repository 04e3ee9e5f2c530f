package vn.camau.reform.security.audit;

import java.time.LocalDateTime;
import java.util.Map;

/**
 * One audit entry as the audit view shows it. {@code before}/{@code after} are the stored JSON objects
 * read back as data (empty when the action changed nothing); the view translates, never parses text.
 */
public record AuditRecord(long id, LocalDateTime occurredAt, Long actorId, String actorName, String clientIp,
                          AuditAction action, String objectType, String objectId, Long unitId, String unitName,
                          Map<String, Object> before, Map<String, Object> after) {
}
