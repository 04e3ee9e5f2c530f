package vn.camau.reform.evaluation;

import vn.camau.reform.officer.OfficerInfo;
import java.time.YearMonth;
import java.util.List;

/**
 * What an officer's performance page shows: their figures for the whole months of the period, their
 * place in the unit, a year of months up to the period's last, and (for readers of the whole unit)
 * every officer of the unit with their figures.
 *
 * @param self      the reader is this officer (their own page)
 * @param first     first month counted (the period's first day's month)
 * @param last      last month counted
 * @param widened   the period asked for did not start and end on month boundaries, so whole months are shown
 * @param rankedOf  the officers of the unit ranked with them
 * @param unit      the unit's officers in rank order; empty when the reader may see only their own figures
 * @param trend     one entry per month, oldest first, ending with {@code last}
 */
public record OfficerPerformance(OfficerInfo officer, boolean self, YearMonth first, YearMonth last, boolean widened,
                                 OfficerStanding standing, int rankedOf, List<OfficerStanding> unit,
                                 List<MonthFigures> trend) {

    /** One month of the trend. */
    public record MonthFigures(YearMonth month, OfficerEvidence evidence) {
    }
}
