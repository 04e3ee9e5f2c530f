package vn.camau.reform.dashboard;

import vn.camau.reform.base.period.Period;

/**
 * A unit's figures beside those of the period before and of the same period a year earlier. A
 * comparison period before the reports begin is null, with empty figures ("no data").
 */
public record IndicatorComparison(Period period, Indicators current, Period previousPeriod, Indicators previous,
                                  Period yearEarlierPeriod, Indicators yearEarlier) {
}
