package vn.camau.reform.dashboard;

import java.time.YearMonth;
import vn.camau.reform.dossier.StatTotals;

/** One month of a trend. */
public record MonthPoint(YearMonth month, StatTotals totals) {

    public Indicators indicators() {
        return new Indicators(totals, 0, 0, 0, 0, month.atEndOfMonth());
    }
}
