package vn.camau.reform.dossier;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Moves a dossier's state on by the events that happened after the snapshot it was read from, in
 * the order of their event time whatever order they arrived in: the state is the latest event's;
 * the first resolving, returning and finishing events give their times; an event that puts the
 * dossier back into processing clears them (the sending system reopened it).
 */
final class DossierTimeline {

    private DossierTimeline() {
    }

    /**
     * @param base   the dossier as of {@code asOf}
     * @param asOf   the time the base state describes; events at or before it are already in it
     * @param events every event of the dossier, sorted by event time
     */
    static DossierRecord fold(DossierRecord base, LocalDateTime asOf, List<DossierEventRecord> events) {
        DossierState state = base.state();
        LocalDateTime resolved = base.resolvedAt();
        LocalDateTime returned = base.returnedAt();
        LocalDateTime finished = base.finishedAt();
        for (DossierEventRecord e : events) {
            if (asOf != null && !e.eventAt().isAfter(asOf)) {
                continue;
            }
            state = e.state();
            if (state.isOpen()) {
                resolved = null;
                returned = null;
                finished = null;
            }
            if (state.isResolved() && resolved == null) {
                resolved = e.eventAt();
            }
            if (state == DossierState.RETURNED && returned == null) {
                returned = e.eventAt();
            }
            if (state.isFinished() && finished == null) {
                finished = e.eventAt();
            }
        }
        return new DossierRecord(base.code(), base.procedureId(), base.receivingUnitId(), base.handlingUnitId(),
                base.channel(), state, base.receivedAt(), base.appointmentDate(), base.dueDate(), resolved,
                returned, finished, base.lateWorkingDays(), base.service(), base.applicant(),
                base.handlingOfficerId(), base.responsible(), events);
    }
}
