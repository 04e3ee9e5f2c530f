package vn.camau.reform.dossier;

/** A field of procedures (lĩnh vực). */
public record FieldInfo(long id, String code, String name) {
}
