package vn.camau.reform.security.audit;

/** A current unit inside the viewer's scope, for the audit view's unit filter. */
public record AuditUnit(long id, String name, String path) {
}
