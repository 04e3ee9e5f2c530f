package vn.camau.reform.dashboard;

import vn.camau.reform.officer.OfficerInfo;
import vn.camau.reform.dossier.StatTotals;

/** An officer's counters in a period (dossiers they handled). */
public record OfficerRow(OfficerInfo officer, StatTotals totals) {
}
