package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.util.List;

/**
 * What a dossier contributes to the summary counters: the unit, procedure and officer it counts
 * under, and the dates and flags of its facts. Two snapshots of a dossier (before and after a
 * change) differ in their contributions by exactly what the counters must move.
 *
 * @param officerId  handling officer, 0 when none
 * @param resolved   date resolved, null while not resolved
 * @param finished   date it left the process (resolved, withdrawn, stopped, refused), null while open
 * @param waits      the times it waited for the applicant's supplement
 * @param onlineLevel the procedure's online level when received, null when not reported
 */
public record DossierFacts(
        long unitId, long procedureId, long officerId, DossierState state, Channel channel,
        LocalDate received, LocalDate due, LocalDate resolved, LocalDate finished,
        int lateWorkingDays, boolean hasFee, boolean paidOnline, boolean digitised,
        boolean returnedHome, Rating rating, List<Wait> waits, OnlineLevel onlineLevel,
        boolean resultElectronic, boolean dataReused) {

    public Timing timing() {
        return resolved == null ? null : DossierTiming.classify(resolved, due);
    }
}
