package vn.camau.reform.dossier;

/**
 * What the dossiers of one stat unit say for a period: the summed counters plus the state of the open
 * dossiers at the period's end (see {@link DossierFigures#byStatUnit}).
 *
 * @param carriedOver still open when the period began
 * @param openAtEnd   open at its end
 * @param overdue     of those, past their due date and not waiting for the applicant
 * @param dueSoon     of those, due within the due-soon threshold and not waiting
 * @param waiting     of those, waiting for the applicant's supplement (the clock is stopped)
 */
public record DossierCounts(StatTotals totals, long carriedOver, long openAtEnd, long overdue, long dueSoon,
                            long waiting) {

    public static final DossierCounts NONE = new DossierCounts(StatTotals.ZERO, 0, 0, 0, 0, 0);
}
