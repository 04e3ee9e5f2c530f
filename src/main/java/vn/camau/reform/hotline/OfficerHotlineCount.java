package vn.camau.reform.hotline;

/**
 * Hotline reports naming an officer, for their evaluation: received in a period, and of those the
 * ones concluded founded or partly founded. Counts only, never who reported.
 */
public record OfficerHotlineCount(long officerId, long reports, long founded) {
}
