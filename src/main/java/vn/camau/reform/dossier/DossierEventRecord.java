package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One state change or hand-off: from {@code eventAt} the dossier is in {@code state}, at step
 * {@code stepName}, held by the unit and officer named, who have until {@code stepDueDate}.
 *
 * @param sourceEventId the sending system's id for the event (null for events made here)
 */
public record DossierEventRecord(LocalDateTime eventAt, DossierState state, String stepName,
                                 long unitId, Long officerId, LocalDate stepDueDate, String note,
                                 String sourceEventId) {
}
