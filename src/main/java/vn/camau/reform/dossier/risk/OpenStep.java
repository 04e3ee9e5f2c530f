package vn.camau.reform.dossier.risk;

/**
 * Where an open dossier stands today: the step it is in, who holds it, how long it has been there
 * and how many working days are left to its due date (0: due today).
 */
public record OpenStep(long dossierId, long procedureId, String step, long unitId, Long officerId, int daysInStep,
                       int daysLeft) {
}
