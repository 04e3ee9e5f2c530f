package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.Indicators;

/**
 * The service index of a unit and of each unit below it for a period, worst first, with the change
 * against the period before and the focus unit's trend: what the 766 view, its export and the API show.
 *
 * @param previousPeriod null when the period before starts before the data
 * @param previous       the focus unit's index over it; null with it
 */
public record IndexBoard(ReportUnit focus, UnitStructure structure, Period period, LocalDate asOf,
                         Indicators figures, UnitIndex index, Period previousPeriod, UnitIndex previous,
                         List<BoardRow> rows, List<TrendPoint> trend) {

    public IndexBoard {
        rows = List.copyOf(rows);
        trend = List.copyOf(trend);
    }

    /**
     * The change against the period before, comparable even when the scorable maximum changed between
     * the two (sub-indicators that became computable, or lost their data): see {@link #change(UnitIndex, UnitIndex)}.
     */
    public BigDecimal change() {
        return change(index, previous);
    }

    /** The maximum that could be scored differs between this period and the one before. */
    public boolean maxChanged() {
        return maxChanged(index, previous);
    }

    /**
     * The share of the scorable maximum attained now minus the share attained the period before, in
     * percentage points (each period's total over its own maximum, × 100, two decimals): a plain
     * difference of points would compare 41 of 68 with 33 of 60. With an unchanged maximum of 100 it is
     * the difference of points. Null without a previous period or without anything scored in either.
     */
    static BigDecimal change(UnitIndex now, UnitIndex before) {
        if (before == null || !hasData(now) || !hasData(before)) {
            return null;
        }
        return shareChange(now.total(), now.max(), before.total(), before.max());
    }

    static boolean maxChanged(UnitIndex now, UnitIndex before) {
        return change(now, before) != null && now.max().compareTo(before.max()) != 0;
    }

    /**
     * {@code score ÷ max − beforeScore ÷ beforeMax} in percentage points, two decimals; null when either
     * maximum is 0 (nothing scored). Groups compare the same way as totals.
     */
    public static BigDecimal shareChange(BigDecimal score, BigDecimal max, BigDecimal beforeScore,
                                         BigDecimal beforeMax) {
        if (max.signum() == 0 || beforeMax.signum() == 0) {
            return null;
        }
        return percentOf(score, max).subtract(percentOf(beforeScore, beforeMax)).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal percentOf(BigDecimal score, BigDecimal max) {
        return score.multiply(BigDecimal.valueOf(100)).divide(max, 8, RoundingMode.HALF_UP);
    }

    static boolean hasData(UnitIndex i) {
        return i != null && i.max().signum() > 0;
    }

    /** total ÷ max, four decimals; null when nothing could be scored. */
    static Double attainment(UnitIndex i) {
        return hasData(i) ? i.total().divide(i.max(), 4, RoundingMode.HALF_UP).doubleValue() : null;
    }
}
