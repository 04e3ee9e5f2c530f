package vn.camau.reform.dashboard;

import java.time.LocalDate;
import vn.camau.reform.hotline.HotlineFigures;
import vn.camau.reform.apology.ApologyCompliance;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;

/**
 * The figures of one unit (or row) for one period: the summed counters plus the state of open
 * dossiers at the period's end ({@code asOf}: the last day of the period, or today while it runs).
 *
 * @param carriedOver dossiers still open when the period began (received before it, not finished)
 * @param openAtEnd   dossiers open at the end of {@code asOf}
 * @param openOverdue of those, past their due date (not waiting)
 * @param openDueSoon of those, due within the due-soon threshold (not waiting)
 * @param openWaiting of those, waiting for the applicant's supplement ("chờ bổ sung"): the clock is
 *                    stopped, so they are neither due soon nor overdue
 * @param apology     the apology duty of the dossiers that became late in the period
 * @param hotline     the hotline reports about the unit (received, answered on time, overdue, founded)
 */
public record Indicators(StatTotals totals, long carriedOver, long openAtEnd, long openOverdue,
                         long openDueSoon, long openWaiting, LocalDate asOf, ApologyCompliance apology,
                         HotlineFigures hotline) {

    /**
     * Figures without the waiting count, the apology duty and the hotline (a month of the trend, a
     * procedure's or officer's row).
     */
    public Indicators(StatTotals totals, long carriedOver, long openAtEnd, long openOverdue, long openDueSoon,
                      LocalDate asOf) {
        this(totals, carriedOver, openAtEnd, openOverdue, openDueSoon, 0, asOf, ApologyCompliance.NONE,
                HotlineFigures.NONE);
    }

    public static Indicators empty(LocalDate asOf) {
        return new Indicators(StatTotals.ZERO, 0, 0, 0, 0, asOf);
    }

    public long get(StatCounter counter) {
        return totals.get(counter);
    }

    /** Open, neither overdue, due soon nor waiting for the applicant. */
    public long openOnTrack() {
        return openAtEnd - openOverdue - openDueSoon - openWaiting;
    }

    public Ratio ratio(IndicatorKind kind) {
        return kind.ratio(this);
    }

    /** The same figures with other hotline figures. */
    public Indicators withHotline(HotlineFigures figures) {
        return new Indicators(totals, carriedOver, openAtEnd, openOverdue, openDueSoon, openWaiting, asOf, apology,
                figures);
    }

    /** Rows of a breakdown add up to their parent. */
    public Indicators plus(Indicators o) {
        return new Indicators(totals.plus(o.totals), carriedOver + o.carriedOver, openAtEnd + o.openAtEnd,
                openOverdue + o.openOverdue, openDueSoon + o.openDueSoon, openWaiting + o.openWaiting, asOf,
                apology.plus(o.apology),
                hotline.plus(o.hotline));
    }

    /** Late dossiers in the strict convention: resolved late in the period plus overdue at its end. */
    public long lateStrict() {
        return get(StatCounter.RESOLVED_LATE) + openOverdue;
    }

    /** Dossiers handled in the period in the strict convention: received in it plus carried over. */
    public long handledStrict() {
        return get(StatCounter.RECEIVED) + carriedOver;
    }
}
