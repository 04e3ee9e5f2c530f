package vn.camau.reform.dossier;

/** A field's counters in a period under some unit, with the dossiers overdue in it now. */
public record FieldRow(FieldInfo field, StatTotals totals, long overdueNow) {
}
