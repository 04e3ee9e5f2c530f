package vn.camau.reform.security.audit;

import java.util.Map;

import org.springframework.stereotype.Component;

import vn.camau.reform.base.export.ExportLog;

/** Every export goes on the audit trail as one EXPORTED entry, in the request that made it. */
@Component
class AuditedExports implements ExportLog {

    private final AuditTrail trail;

    AuditedExports(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void exported(String view, Long unitId, Map<String, Object> details) {
        trail.record(AuditEvent.of(AuditAction.EXPORTED, "EXPORT", view, unitId).change(Map.of(), details));
    }
}
