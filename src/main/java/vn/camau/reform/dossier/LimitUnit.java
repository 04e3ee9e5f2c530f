package vn.camau.reform.dossier;

/**
 * What a procedure's time limit counts (stored by name in {@code catalog_procedure.time_unit}): working
 * days, or working hours, eight to a working day.
 */
public enum LimitUnit {
    WORKING_DAY, WORKING_HOUR
}
