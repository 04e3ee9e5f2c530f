package vn.camau.reform.dossier;

/** A procedure's counters in a period under some unit. */
public record ProcedureRow(ProcedureInfo procedure, StatTotals totals) {
}
