package vn.camau.reform.officer;

/** A civil servant who handles dossiers. */
public record OfficerInfo(long id, String code, String fullName, long unitId, String unitName, String position,
                          boolean oneStopDesk) {
}
