package vn.camau.reform.officer.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.officer.OfficerInfo;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/** Officers as pickers and breakdowns name them, always bounded by the viewer's unit scope. */
@Repository
public class OfficerQuery {

    private final DSLContext dsl;

    OfficerQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Officers by id, limited to units the scope may see (an officer is personal data too). */
    public List<OfficerInfo> officers(UnitScope scope, Collection<Long> ids) {
        return dsl.select(OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.UNIT_ID, ADMIN_UNIT.NAME,
                        OFFICER.POSITION, OFFICER.ONE_STOP_DESK)
                .from(OFFICER)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.ID.in(ids), ScopeCondition.reportedIn(OFFICER.UNIT_ID, scope, "/"))
                .fetch(r -> new OfficerInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }

    /** Officers of the units below a focus, for filter pickers. */
    public List<OfficerInfo> officersUnder(UnitScope scope, String focusPath) {
        return dsl.select(OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME, OFFICER.UNIT_ID, ADMIN_UNIT.NAME,
                        OFFICER.POSITION, OFFICER.ONE_STOP_DESK)
                .from(OFFICER)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(ScopeCondition.reportedIn(OFFICER.UNIT_ID, scope, focusPath))
                .orderBy(OFFICER.FULL_NAME)
                .limit(2000)
                .fetch(r -> new OfficerInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7()));
    }
}
