package vn.camau.reform.base.export;

import java.util.Map;

/**
 * Where a finished export is recorded. The audit trail implements it (security.audit): base only says
 * that an export happened, so the shared export buttons need not know the security feature.
 */
public interface ExportLog {

    /**
     * One export of a screen's table.
     *
     * @param view    the screen's path, the object exported
     * @param unitId  the unit the exported figures are about, or null
     * @param details what was exported (sheet, format, rows, filters), as the audit entry shows it
     */
    void exported(String view, Long unitId, Map<String, Object> details);
}
