package vn.camau.reform.dossier;

import java.util.List;

/** A unit's figures for a period and the same figures for each row below it. */
public record UnitBreakdown(ReportUnit focus, UnitStructure structure, Period period, Indicators total,
                            List<UnitRow> rows) {
}
