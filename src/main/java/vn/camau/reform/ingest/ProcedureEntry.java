package vn.camau.reform.ingest;

import vn.camau.reform.dossier.LimitUnit;

/**
 * A procedure of the catalogue as a file sets it, its field code resolved. Levels are PROVINCE,
 * DISTRICT or COMMUNE; the time unit WORKING_DAY or WORKING_HOUR; the fee in đồng, null when it
 * depends on the case.
 */
public record ProcedureEntry(String code, String name, long fieldId, String resolvingLevel, int statutoryLimit,
                             Integer reducedLimit, LimitUnit timeUnit, Long fee, boolean fullyOnline, boolean sameDay,
                             boolean active) {
}
