package vn.camau.reform.dossier;

/**
 * Dossiers resolved late in a period whose lateness one processing step owns (DOMAIN §4: the step that
 * ran past its share of the time), under a unit: why a unit's on-time rate is low.
 *
 * @param step     the step's name as recorded; null when no step was found responsible
 * @param dossiers how many late dossiers it owns
 */
public record LateStepCount(String step, long dossiers) {
}
