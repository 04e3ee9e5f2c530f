package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier as a one-stop system reported it at {@code sourceUpdatedAt}, its codes already resolved
 * to ids and every field checked: the state and its times as the system saw them then. Due date,
 * lateness and responsibility are not here; the rules derive them.
 *
 * @param sourceUpdatedAt the sending system's time of this snapshot: an older one than the stored
 *                        snapshot changes nothing, and events after it move the state on
 */
public record IncomingDossier(
        String code, long procedureId, long receivingUnitId, long handlingUnitId, Channel channel,
        DossierState state, LocalDateTime receivedAt, LocalDate appointmentDate, LocalDateTime resolvedAt,
        LocalDateTime returnedAt, LocalDateTime finishedAt, ServiceFlags service, Applicant applicant,
        Long handlingOfficerId, LocalDateTime sourceUpdatedAt) {

    /** As a write model with no derived fields yet (due date = appointment until the rules run). */
    DossierRecord toRecord() {
        return new DossierRecord(code, procedureId, receivingUnitId, handlingUnitId, channel, state, receivedAt,
                appointmentDate, appointmentDate, resolvedAt, returnedAt, finishedAt, 0, service, applicant,
                handlingOfficerId, DossierRecord.Responsible.NOBODY, List.of());
    }
}
