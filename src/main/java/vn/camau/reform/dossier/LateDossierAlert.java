package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * An open dossier that is overdue or due soon, with who holds it now. {@code workingDaysLate} is
 * negative for a dossier not yet due (−1: due on the next working day).
 *
 * @param apologyState how far its apology has got (the apology feature's state), null if none
 * @param reminders   how many times leaders have urged the responsible unit
 * @param handlingUnitId       the unit that handles it, so its name can lead to that unit's figures
 * @param responsibleOfficerId who holds it now (null if nobody), so the name can lead to their performance
 */
public record LateDossierAlert(long id, String code, String procedureName, String fieldName,
                               String handlingUnitName, Channel channel, DossierState state,
                               LocalDateTime receivedAt, LocalDate dueDate, OpenTiming timing,
                               int workingDaysLate, String responsibleStep, String responsibleUnitName,
                               Long responsibleUnitId, String responsibleOfficerName, ApologyStage apologyState,
                               int reminders, LocalDateTime lastReminderAt, long handlingUnitId,
                               Long responsibleOfficerId) {
}
