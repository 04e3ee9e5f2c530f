package vn.camau.reform.security.audit.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.AUDIT_ENTRY;

import java.util.ArrayList;
import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.db.SqlDays;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.audit.AuditAction;
import vn.camau.reform.security.audit.AuditFilter;
import vn.camau.reform.security.audit.AuditUnit;
import vn.camau.reform.security.query.ScopeCondition;

/** Reads the audit trail, always inside the reader's unit scope. */
@Repository
public class AuditQuery {

    /** A row as stored: the JSON states still as text, the action still as its name. */
    public record Row(long id, java.time.LocalDateTime occurredAt, Long actorId, String actorName, String clientIp,
                      AuditAction action, String objectType, String objectId, Long unitId, String unitName,
                      String before, String after) {
    }

    private final DSLContext dsl;

    AuditQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Row> page(UnitScope scope, AuditFilter filter, int offset, int limit) {
        var e = AUDIT_ENTRY;
        return dsl.select(e.ID, e.OCCURRED_AT, e.ACTOR_ID, e.ACTOR_NAME, e.CLIENT_IP, e.ACTION, e.OBJECT_TYPE,
                        e.OBJECT_ID, e.UNIT_ID, ADMIN_UNIT.NAME, e.BEFORE_STATE, e.AFTER_STATE)
                .from(e).leftJoin(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(e.UNIT_ID))
                .where(where(scope, filter))
                .orderBy(e.OCCURRED_AT.desc(), e.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new Row(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12()));
    }

    public int count(UnitScope scope, AuditFilter filter) {
        return dsl.fetchCount(AUDIT_ENTRY, where(scope, filter));
    }

    /** Current units in scope, for the unit filter: a few dozen for a province. */
    public List<AuditUnit> units(UnitScope scope) {
        return dsl.select(ADMIN_UNIT.ID, ADMIN_UNIT.NAME, ADMIN_UNIT.PATH).from(ADMIN_UNIT)
                .where(ScopeCondition.within(ADMIN_UNIT.PATH, scope), ADMIN_UNIT.VALID_TO.isNull())
                .orderBy(ADMIN_UNIT.PATH)
                .fetch(r -> new AuditUnit(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The scope first: entries whose unit is the reader's or below it. Entries with no unit (a failed
     * sign-in under a name no account has) belong to nobody's unit, so only readers of the whole
     * province (a scope without a parent) see them.
     */
    private Condition where(UnitScope scope, AuditFilter f) {
        var e = AUDIT_ENTRY;
        Condition inScope = ScopeCondition.unitWithin(e.UNIT_ID, scope);
        if (isRoot(scope)) {
            inScope = inScope.or(e.UNIT_ID.isNull());
        }
        List<Condition> conditions = new ArrayList<>();
        conditions.add(inScope);
        if (f.unitId() != null) {
            // the chosen unit and below, found inside the scope: a unit outside it matches nothing
            var chosen = ADMIN_UNIT.as("chosen");
            var below = ADMIN_UNIT.as("below");
            conditions.add(e.UNIT_ID.in(DSL.select(below.ID).from(below).join(chosen)
                    .on(ScopeCondition.under(below.PATH, chosen.PATH))
                    .where(chosen.ID.eq(f.unitId()), ScopeCondition.within(chosen.PATH, scope))));
        }
        if (f.actor() != null && !f.actor().isBlank()) {
            conditions.add(e.ACTOR_NAME.containsIgnoreCase(f.actor().strip()));
        }
        if (f.action() != null) {
            conditions.add(e.ACTION.eq(f.action()));
        }
        conditions.add(SqlDays.within(e.OCCURRED_AT, f.from(), f.to()));
        return DSL.and(conditions);
    }

    /** The province: a path of one id ("/1/"). */
    private static boolean isRoot(UnitScope scope) {
        return scope.path().chars().filter(c -> c == '/').count() == 2;
    }

    /** An account's own latest sign-ins, failed sign-ins, lock-outs and sign-outs, newest first. */
    public List<vn.camau.reform.security.audit.SignInEntry> signInsOf(long userId, String username, int limit) {
        return dsl.select(AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ACTION, AUDIT_ENTRY.CLIENT_IP)
                .from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ACTION.in(AuditAction.SIGN_IN, AuditAction.SIGN_IN_FAILED, AuditAction.LOCKED_OUT,
                        AuditAction.SIGN_OUT))
                .and(AUDIT_ENTRY.ACTOR_ID.eq(userId).or(AUDIT_ENTRY.ACTOR_ID.isNull()
                        .and(AUDIT_ENTRY.ACTOR_NAME.eq(username))))
                .orderBy(AUDIT_ENTRY.OCCURRED_AT.desc(), AUDIT_ENTRY.ID.desc())
                .limit(limit)
                .fetch(r -> new vn.camau.reform.security.audit.SignInEntry(r.value1(), r.value2().name(), r.value3()));
    }
}
