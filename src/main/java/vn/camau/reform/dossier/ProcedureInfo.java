package vn.camau.reform.dossier;

/** A catalogue entry as the indicator screens need it. */
public record ProcedureInfo(long id, String code, String name, long fieldId, String fieldName,
                            String resolvingLevel, int statutoryLimit, Integer reducedLimit, LimitUnit timeUnit,
                            Long fee, boolean fullyOnline, boolean sameDay) {

    /** The limit the province applies: the reduced one when it cut it. */
    public int effectiveLimit() {
        return reducedLimit != null ? reducedLimit : statutoryLimit;
    }
}
