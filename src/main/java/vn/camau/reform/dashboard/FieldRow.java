package vn.camau.reform.dashboard;

import vn.camau.reform.dossier.FieldInfo;
import vn.camau.reform.dossier.StatTotals;

/** A field's counters in a period under some unit, with the dossiers overdue in it now. */
public record FieldRow(FieldInfo field, StatTotals totals, long overdueNow) {
}
