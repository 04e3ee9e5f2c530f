package vn.camau.reform.apology.repository;

import java.time.LocalDate;
import java.time.LocalDateTime;

import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;

/**
 * A dossier as an apology needs it, with the applicant's contact (for the letter and its delivery).
 *
 * @param unmetDueDate its due date if it was unfinished on it, else null
 */
public record LateDossier(long id, String code, String procedureName, long handlingUnitId, String handlingUnitName,
                          Long responsibleUnitId, String responsibleStep, Channel channel, DossierState state,
                          LocalDateTime receivedAt, LocalDate dueDate, LocalDateTime finishedAt,
                          LocalDate unmetDueDate, String applicantName, String applicantPhone,
                          String applicantEmail) {

    public boolean isOpen() {
        return finishedAt == null && state != DossierState.SUBMITTED_ONLINE
                && state != DossierState.REFUSED_AT_RECEPTION;
    }
}
