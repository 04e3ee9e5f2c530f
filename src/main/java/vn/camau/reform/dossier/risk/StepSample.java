package vn.camau.reform.dossier.risk;

import java.time.LocalDate;

/**
 * One step of a resolved dossier, as the model learns it: how many working days the step took, and
 * how many working days the dossier then needed from entering the step to its resolution.
 *
 * @param resolvedDay the day the dossier was resolved: a sample is known only from then on
 */
public record StepSample(long procedureId, String step, long unitId, Long officerId, int stepDays, int remainingDays,
                         LocalDate resolvedDay) {
}
