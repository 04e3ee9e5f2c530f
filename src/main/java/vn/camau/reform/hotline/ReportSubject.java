package vn.camau.reform.hotline;

/** What the report is about, as classified: its category and the unit, officer and dossier it names. */
public record ReportSubject(HotlineCategory category, long unitId, String unitName, Long officerId, String officerName,
                            String dossierCode) {
}
