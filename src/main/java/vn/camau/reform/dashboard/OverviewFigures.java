package vn.camau.reform.dashboard;

import java.util.List;

/**
 * What the overview shows of a unit, read in one request: its rows, its totals beside the previous period
 * and a year earlier, the monthly trend and the fields.
 */
public record OverviewFigures(UnitBreakdown breakdown, IndicatorComparison comparison, List<MonthPoint> trend,
                              List<FieldRow> fields) {
}
