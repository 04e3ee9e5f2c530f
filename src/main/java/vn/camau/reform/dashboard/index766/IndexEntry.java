package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.period.Ratio;

/**
 * A figure of a not-computable sub-indicator entered by hand for one unit and period: either a
 * percentage or the counts behind it, never both.
 *
 * @param percent 0..100 with two decimals, or null when the counts were entered
 */
public record IndexEntry(long id, long unitId, String unitName, PeriodKind periodKind, LocalDate periodStart,
                         String indicatorCode, BigDecimal percent, Long numerator, Long denominator, String note,
                         String enteredBy, LocalDateTime enteredAt) {

    /** Percent points are kept to two decimals: 95.5% is 9,550 of 10,000. */
    static final long PERCENT_BASE = 10_000;

    /** The ratio the score is computed from, as for a computed figure. */
    public Ratio ratio() {
        if (percent != null) {
            return new Ratio(percent.movePointRight(2).longValue(), PERCENT_BASE);
        }
        return new Ratio(numerator, denominator);
    }
}
