package vn.camau.reform.security.audit.repository;

import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import vn.camau.reform.security.audit.AuditAction;

/** Writes audit entries. Deliberately no update or delete: the trail is append-only. */
@Repository
public class AuditRepository {

    private final DSLContext dsl;

    AuditRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void append(LocalDateTime at, Long actorId, String actorName, String clientIp, AuditAction action,
                       String objectType, String objectId, Long unitId, String before, String after) {
        dsl.insertInto(AUDIT_ENTRY)
                .set(AUDIT_ENTRY.OCCURRED_AT, at)
                .set(AUDIT_ENTRY.ACTOR_ID, actorId)
                .set(AUDIT_ENTRY.ACTOR_NAME, actorName)
                .set(AUDIT_ENTRY.CLIENT_IP, clientIp)
                .set(AUDIT_ENTRY.ACTION, action)
                .set(AUDIT_ENTRY.OBJECT_TYPE, objectType)
                .set(AUDIT_ENTRY.OBJECT_ID, objectId)
                .set(AUDIT_ENTRY.UNIT_ID, unitId)
                .set(AUDIT_ENTRY.BEFORE_STATE, before)
                .set(AUDIT_ENTRY.AFTER_STATE, after)
                .execute();
    }
}
