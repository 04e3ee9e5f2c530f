package vn.camau.reform.dossier;

import java.time.YearMonth;

/** One month of a trend. */
public record MonthPoint(YearMonth month, StatTotals totals) {

    public Indicators indicators() {
        return new Indicators(totals, 0, 0, 0, 0, month.atEndOfMonth());
    }
}
