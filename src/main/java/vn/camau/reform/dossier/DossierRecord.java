package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A dossier as it is written: everything the one-stop system knows, plus what the rules derived
 * (due date, lateness, who is responsible). Used by the intake, the demo generator and tests.
 *
 * @param dueDate            appointment moved by supplement requests (see {@link DossierTiming#dueDate})
 * @param lateWorkingDays    working days past the due date when resolved late, else 0
 * @param handlingOfficerId  null when not yet assigned
 * @param responsible        derived by the rules; {@link Responsible#NOBODY} until they ran
 */
public record DossierRecord(
        String code, long procedureId, long receivingUnitId, long handlingUnitId, Channel channel,
        DossierState state, LocalDateTime receivedAt, LocalDate appointmentDate, LocalDate dueDate,
        LocalDateTime resolvedAt, LocalDateTime returnedAt, LocalDateTime finishedAt,
        int lateWorkingDays, ServiceFlags service, Applicant applicant, Long handlingOfficerId,
        Responsible responsible, List<DossierEventRecord> events) {

    /**
     * The step, agency and officer the rules hold responsible: who holds the dossier while open,
     * whose step overran when late; every part null when nobody is.
     */
    public record Responsible(String step, Long unitId, Long officerId) {

        /** Before the rules ran, or when no step is to blame. */
        public static final Responsible NOBODY = new Responsible(null, null, null);
    }

    public Timing timing() {
        return resolvedAt == null ? null : DossierTiming.classify(resolvedAt.toLocalDate(), dueDate);
    }

    /**
     * Waiting for the applicant now: not finished, and the latest event (by time; of two at the same
     * moment, the later reported) is a supplement request. Stored as {@code dossier.waiting_now}, read
     * for today's figures instead of each dossier's latest event (DossierConditions#waitingAt).
     */
    public boolean waitingNow() {
        if (finishedAt != null || events.isEmpty()) {
            return false;
        }
        DossierEventRecord latest = events.getFirst();
        for (DossierEventRecord e : events) {
            if (!e.eventAt().isBefore(latest.eventAt())) {
                latest = e;
            }
        }
        return latest.state() == DossierState.SUPPLEMENT_REQUESTED;
    }

    /** The due date while the dossier is open; what the late-case alerts index on. */
    public LocalDate openDueDate() {
        return state.isOpen() ? dueDate : null;
    }

    /**
     * The due date while the dossier has not finished by it (open, or finished after it): the
     * dossiers that became late, which owe an apology, are found through this column.
     */
    public LocalDate unmetDueDate() {
        boolean finishedInTime = finishedAt != null && !finishedAt.toLocalDate().isAfter(dueDate);
        return state.isReceived() && !finishedInTime ? dueDate : null;
    }

    public DossierFacts facts() {
        return new DossierFacts(handlingUnitId, procedureId,
                handlingOfficerId == null ? 0 : handlingOfficerId, state, channel,
                receivedAt.toLocalDate(), dueDate, day(resolvedAt), day(finishedAt), lateWorkingDays,
                service.hasFee(), service.paidOnline(), service.digitised(), service.returnedHome(),
                service.rating(), waits(), service.onlineLevel(), service.resultElectronic(), service.dataReused());
    }

    /**
     * The times it waited for the applicant, read from its events: facts need every event of the
     * dossier, the stored ones included, not only those arriving now.
     */
    public List<Wait> waits() {
        return Wait.of(events, day(finishedAt));
    }

    private static LocalDate day(LocalDateTime t) {
        return t == null ? null : t.toLocalDate();
    }
}
