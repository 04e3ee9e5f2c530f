package vn.camau.reform.dossier.risk;

/**
 * A cell of the model: a step of a procedure, for one officer, one unit, or every unit (null ids); or
 * an officer's step over every procedure they handle (null procedure). The step is named as the events
 * name it.
 */
public record CellKey(Long procedureId, String step, Long unitId, Long officerId) {

    public static CellKey all(long procedureId, String step) {
        return new CellKey(procedureId, step, null, null);
    }

    public static CellKey unit(long procedureId, String step, long unitId) {
        return new CellKey(procedureId, step, unitId, null);
    }

    public static CellKey officer(long procedureId, String step, long unitId, long officerId) {
        return new CellKey(procedureId, step, unitId, officerId);
    }

    /** The officer's step over every procedure they handle. */
    public static CellKey person(String step, long unitId, long officerId) {
        return new CellKey(null, step, unitId, officerId);
    }

    public RiskBasis basis() {
        return procedureId == null ? RiskBasis.PERSON : officerId != null ? RiskBasis.OFFICER
                : unitId != null ? RiskBasis.UNIT : RiskBasis.ALL;
    }
}
