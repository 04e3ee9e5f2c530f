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

    public BigDecimal change() {
        return change(index, previous);
    }

    static BigDecimal change(UnitIndex now, UnitIndex before) {
        if (before == null || !hasData(now) || !hasData(before)) {
            return null;
        }
        return now.total().subtract(before.total());
    }

    static boolean hasData(UnitIndex i) {
        return i != null && i.max().signum() > 0;
    }

    /** total ÷ max, four decimals; null when nothing could be scored. */
    static Double attainment(UnitIndex i) {
        return hasData(i) ? i.total().divide(i.max(), 4, RoundingMode.HALF_UP).doubleValue() : null;
    }
}
