package vn.camau.reform.dashboard.index766;

import java.math.BigDecimal;
import vn.camau.reform.base.period.Period;

/**
 * What an administrator enters for a not-computable sub-indicator: a percentage or the counts
 * behind it, and a note saying where the figure comes from.
 */
public record IndexEntryForm(long unitId, Period period, String indicatorCode, BigDecimal percent, Long numerator,
                             Long denominator, String note) {

    public static IndexEntryForm percent(long unitId, Period period, String code, BigDecimal percent, String note) {
        return new IndexEntryForm(unitId, period, code, percent, null, null, note);
    }

    public static IndexEntryForm counts(long unitId, Period period, String code, Long numerator, Long denominator,
                                        String note) {
        return new IndexEntryForm(unitId, period, code, null, numerator, denominator, note);
    }
}
