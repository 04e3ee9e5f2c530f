package vn.camau.reform.dashboard;

import vn.camau.reform.adminunit.ReportUnit;

/**
 * A row of a unit breakdown: a child unit of the focus with everything below it, or a stat unit
 * reporting straight to the focus (a former district under the province, a former commune under
 * the commune it merged into).
 *
 * @param drillable the row has units below it to open
 */
public record UnitRow(ReportUnit unit, Indicators indicators, boolean drillable) {
}
