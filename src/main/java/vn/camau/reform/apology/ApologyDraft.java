package vn.camau.reform.apology;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * A new apology as the form opens it: the dossier's facts and suggestions the drafter may change.
 *
 * @param overdue          the due date has passed unfinished (otherwise the drafter must declare that
 *                         the dossier will be late)
 * @param workingDaysLate  working days past the due date, today or when it finished
 */
public record ApologyDraft(String dossierCode, String procedureName, String handlingUnitName,
                           String applicantMasked, LocalDateTime receivedAt, LocalDate originalDueDate,
                           boolean overdue, int workingDaysLate, String responsibleStep,
                           Long suggestedFaultUnitId, String suggestedReason, LocalDate suggestedNewDueDate,
                           DeliveryChannel suggestedChannel, LocalDate issueDeadline) {

    public ApologyForm form() {
        return new ApologyForm(dossierCode, suggestedFaultUnitId, suggestedReason, suggestedNewDueDate,
                suggestedChannel, !overdue);
    }
}
