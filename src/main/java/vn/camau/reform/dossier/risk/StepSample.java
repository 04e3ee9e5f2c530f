package vn.camau.reform.dossier.risk;

import java.time.LocalDate;

/**
 * One step of a resolved dossier, as the model learns it: how many working days the step took, how many
 * working days were left to the due date when it began, and whether the dossier ended late. Each morning
 * the dossier spent in the step (the 1st … {@code stepDays}-th working day after it began) is one
 * observation "in this step with L days left", L = {@code daysLeftAtStart} − k.
 *
 * @param resolvedDay the day the dossier was resolved: a sample is known only from then on
 */
public record StepSample(long procedureId, String step, long unitId, Long officerId, int stepDays,
                         int daysLeftAtStart, boolean late, LocalDate resolvedDay) {
}
