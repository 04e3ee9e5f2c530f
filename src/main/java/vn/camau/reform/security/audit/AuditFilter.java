package vn.camau.reform.security.audit;

import java.time.LocalDate;

/**
 * What the audit view shows; null means "any".
 *
 * @param actor  part of the actor's user name, in any case
 * @param from   first day, inclusive
 * @param to     last day, inclusive
 * @param unitId entries of this unit and the units below it (inside the viewer's scope)
 */
public record AuditFilter(String actor, AuditAction action, LocalDate from, LocalDate to, Long unitId) {

    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null, null);
    }
}
