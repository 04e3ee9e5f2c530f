package vn.camau.reform.dashboard;

import vn.camau.reform.dossier.ProcedureInfo;
import vn.camau.reform.dossier.StatTotals;

/** A procedure's counters in a period under some unit. */
public record ProcedureRow(ProcedureInfo procedure, StatTotals totals) {
}
