package vn.camau.reform.dashboard.index766;

import vn.camau.reform.base.period.Period;

/** The focus unit's index over one period of the trend. */
public record TrendPoint(Period period, UnitIndex index) {
}
