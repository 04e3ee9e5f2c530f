package vn.camau.reform.dossier;

/** An officer's counters in a period (dossiers they handled). */
public record OfficerRow(OfficerInfo officer, StatTotals totals) {
}
