package vn.camau.reform.ingest;

/**
 * An officer as a file sets them, the unit code resolved to the current unit; the manager by code,
 * since they may be a row of the same file, not stored yet.
 */
public record OfficerEntry(String code, String fullName, long unitId, String position, boolean oneStopDesk,
                           boolean active, String managerCode) {
}
