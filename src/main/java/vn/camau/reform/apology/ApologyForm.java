package vn.camau.reform.apology;

import java.time.LocalDate;

/**
 * What the drafter fills in. The dossier, its original appointment date and the applicant come
 * from the dossier itself.
 *
 * @param faultUnitId  the agency at fault, which apologises (its head signs)
 * @param declaredLate the dossier is not overdue yet but its officer declares it will be late
 */
public record ApologyForm(String dossierCode, Long faultUnitId, String reason, LocalDate newDueDate,
                          DeliveryChannel channel, boolean declaredLate) {
}
