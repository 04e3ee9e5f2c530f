package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A time the dossier waited for the applicant's supplement (DOMAIN §4): from the day a supplement was
 * requested until the day of its next event (the supplement arriving, or the applicant withdrawing),
 * or the day it finished when nothing followed. While a dossier waits its clock is stopped, under
 * either supplement rule: it is "chờ bổ sung", neither due soon nor overdue, and owes no apology.
 *
 * @param from  the day the supplement was requested
 * @param until the day the wait ended; null while still waiting
 */
public record Wait(LocalDate from, LocalDate until) {

    /** Waiting at the end of {@code day}: requested on or before it, not yet ended by then. */
    public boolean coversEndOf(LocalDate day) {
        return !from.isAfter(day) && (until == null || until.isAfter(day));
    }

    /**
     * The waits in a dossier's events, in event-time order (then the order given, which is the
     * stored order); {@code finished} ends a wait that no event followed.
     */
    public static List<Wait> of(List<DossierEventRecord> events, LocalDate finished) {
        List<DossierEventRecord> sorted = events.stream().sorted(Comparator.comparing(DossierEventRecord::eventAt))
                .toList();
        List<Wait> waits = new ArrayList<>(1);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).state() == DossierState.SUPPLEMENT_REQUESTED) {
                LocalDate next = i + 1 < sorted.size() ? sorted.get(i + 1).eventAt().toLocalDate() : finished;
                waits.add(new Wait(sorted.get(i).eventAt().toLocalDate(), next));
            }
        }
        return waits;
    }

    /** Waiting at the end of {@code day} in any of these waits. */
    public static boolean anyCovers(List<Wait> waits, LocalDate day) {
        return waits.stream().anyMatch(w -> w.coversEndOf(day));
    }
}
