package vn.camau.reform.dossier;

/**
 * What the late-case alerts list shows. Null fields do not filter.
 *
 * @param focusUnitId only dossiers handled under this unit (the user's own unit when null)
 * @param timing      OVERDUE or DUE_SOON only; null for both
 */
public record AlertFilter(Long focusUnitId, Long fieldId, Long procedureId, Long officerId, Channel channel,
                          OpenTiming timing) {

    public static AlertFilter all() {
        return new AlertFilter(null, null, null, null, null, null);
    }
}
