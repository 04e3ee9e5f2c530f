package vn.camau.reform.dashboard;

import java.util.List;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.adminunit.ReportUnit;

/** A unit's figures for a period and the same figures for each row below it. */
public record UnitBreakdown(ReportUnit focus, UnitStructure structure, Period period, Indicators total,
                            List<UnitRow> rows) {
}
