package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dashboard.Indicators;

/**
 * A unit below the focus on the board: its index this period and the period before.
 *
 * @param previous null when the period before starts before the data (2023)
 * @param drillable the unit has units below it to open
 */
public record BoardRow(ReportUnit unit, Indicators figures, UnitIndex index, UnitIndex previous, boolean drillable) {

    /**
     * The share of the scorable maximum attained this period minus the previous one's, in percentage
     * points ({@link IndexBoard#change(UnitIndex, UnitIndex)}); null without a previous period or
     * without data in either.
     */
    public BigDecimal change() {
        return IndexBoard.change(index, previous);
    }

    /** The maximum that could be scored differs from the previous period's. */
    public boolean maxChanged() {
        return IndexBoard.maxChanged(index, previous);
    }

    /** The share of the scorable maximum earned, what the ranking orders by; null without data. */
    public Double attainment() {
        return IndexBoard.attainment(index);
    }
}
