package vn.camau.reform.security.audit;

import java.util.Map;

/**
 * One thing to put on the audit trail, as the feature that did it describes it. The actor, the
 * client's address and the time are added by {@link AuditTrail}. {@code before}/{@code after} hold
 * only the fields that changed (empty maps where nothing changed), as data, never as a sentence.
 */
public record AuditEvent(AuditAction action, String objectType, String objectId, Long unitId,
                         Map<String, ?> before, Map<String, ?> after) {

    public AuditEvent {
        before = before == null ? Map.of() : before;
        after = after == null ? Map.of() : after;
    }

    public static AuditEvent of(AuditAction action, String objectType, Object objectId, Long unitId) {
        return new AuditEvent(action, objectType, objectId == null ? null : objectId.toString(), unitId,
                Map.of(), Map.of());
    }

    public AuditEvent change(Map<String, ?> before, Map<String, ?> after) {
        return new AuditEvent(action, objectType, objectId, unitId, before, after);
    }
}
