package vn.camau.reform.evaluation;

/**
 * Who an officer is, as a performance page names them.
 *
 * @param self whether the reader is this officer (their own page)
 */
public record OfficerProfile(long id, String fullName, String position, long unitId, String unitName, boolean self) {
}
