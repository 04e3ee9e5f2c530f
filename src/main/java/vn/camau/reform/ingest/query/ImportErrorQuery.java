package vn.camau.reform.ingest.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.IMPORT_ERROR;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;

import java.util.List;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.ingest.IntakeError;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * A run's kept errors, for a run inside the reader's scope only (the same rule as the history: the
 * run's user, or its token's user, belongs to a unit under the reader's). Problems with the whole
 * file come back with index -1 and no record kind.
 */
@Repository
public class ImportErrorQuery {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final JsonMapper json;

    ImportErrorQuery(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    public List<IntakeError> errors(String scopePath, long runId, int limit) {
        var e = IMPORT_ERROR;
        return dsl.select(e.RECORD_KIND, e.ROW_INDEX, e.FIELD, e.MESSAGE_KEY, e.ARGS)
                .from(e)
                .join(IMPORT_RUN).on(IMPORT_RUN.ID.eq(e.RUN_ID))
                .leftJoin(API_TOKEN).on(API_TOKEN.ID.eq(IMPORT_RUN.TOKEN_ID))
                .join(APP_USER).on(APP_USER.ID.eq(DSL.coalesce(IMPORT_RUN.USER_ID, API_TOKEN.USER_ID)))
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID))
                .where(e.RUN_ID.eq(runId)).and(ScopeCondition.under(ADMIN_UNIT.PATH, scopePath))
                .orderBy(e.POSITION)
                .limit(limit)
                .fetch(r -> new IntakeError(r.value1(), r.value2() == null ? -1 : r.value2(), r.value3(), r.value4(),
                        json.readValue(r.value5(), STRINGS)));
    }
}
