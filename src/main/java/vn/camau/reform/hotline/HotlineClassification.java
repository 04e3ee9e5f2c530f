package vn.camau.reform.hotline;

/** A correction of what a report is about and whom it concerns. The citizen's own words stay as received. */
public record HotlineClassification(HotlineCategory category, Long unitId, Long officerId, String dossierCode) {
}
