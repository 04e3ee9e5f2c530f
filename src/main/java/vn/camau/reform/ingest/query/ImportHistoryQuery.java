package vn.camau.reform.ingest.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.API_TOKEN;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.IMPORT_RUN;

import java.util.List;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SelectJoinStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.ingest.ImportRun;
import vn.camau.reform.security.query.ScopeCondition;

/**
 * The import history an administrator sees: files imported and API batches sent by users (or by
 * tokens of users) inside their scope, newest first, a page at a time.
 */
@Repository
public class ImportHistoryQuery {

    private final DSLContext dsl;

    ImportHistoryQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    public int count(String scopePath) {
        return dsl.fetchCount(from(DSL.selectOne()).where(inScope(scopePath)));
    }

    public List<ImportRun> page(String scopePath, int offset, int limit) {
        var r = IMPORT_RUN;
        // an API batch is named by its token, as the administrator named it when issuing it
        return from(dsl.select(r.ID, r.SOURCE, r.KIND, DSL.coalesce(API_TOKEN.NAME, r.FILE_NAME), r.USERNAME, r.STARTED_AT, r.FINISHED_AT,
                r.ROW_COUNT, r.CREATED_COUNT, r.UPDATED_COUNT, r.UNCHANGED_COUNT, r.ERROR_COUNT, r.RESULT,
                r.MESSAGE))
                .where(inScope(scopePath))
                .orderBy(r.STARTED_AT.desc(), r.ID.desc())
                .offset(offset).limit(limit)
                .fetch(org.jooq.Records.mapping(ImportRun::new));
    }

    private static <R extends org.jooq.Record> SelectJoinStep<R> from(org.jooq.SelectSelectStep<R> select) {
        return (SelectJoinStep<R>) select.from(IMPORT_RUN)
                .leftJoin(API_TOKEN).on(API_TOKEN.ID.eq(IMPORT_RUN.TOKEN_ID))
                .join(APP_USER).on(APP_USER.ID.eq(DSL.coalesce(IMPORT_RUN.USER_ID, API_TOKEN.USER_ID)))
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(APP_USER.UNIT_ID));
    }

    private static Condition inScope(String scopePath) {
        return ScopeCondition.under(ADMIN_UNIT.PATH, scopePath);
    }
}
