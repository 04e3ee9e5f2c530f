package vn.camau.reform.ingest.repository;

import static vn.camau.reform.jooq.Tables.IMPORT_RUN;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.ingest.ImportKind;
import vn.camau.reform.ingest.ImportResult;
import vn.camau.reform.ingest.ImportSource;

/** Writes the import history ({@code import_run}): a row when work starts, its outcome when it ends. */
@Repository
public class ImportRunRepository {

    private static final int MESSAGE_MAX = 2000;

    private final DSLContext dsl;

    ImportRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records work that has started (RUNNING); returns its id. */
    public long start(ImportSource source, ImportKind kind, String fileName, Long userId, String username, Long tokenId,
                      LocalDateTime startedAt, int rows) {
        return dsl.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.SOURCE, source)
                .set(IMPORT_RUN.KIND, kind)
                .set(IMPORT_RUN.FILE_NAME, fileName)
                .set(IMPORT_RUN.USER_ID, userId)
                .set(IMPORT_RUN.USERNAME, username)
                .set(IMPORT_RUN.TOKEN_ID, tokenId)
                .set(IMPORT_RUN.STARTED_AT, startedAt)
                .set(IMPORT_RUN.ROW_COUNT, rows)
                .set(IMPORT_RUN.RESULT, ImportResult.RUNNING)
                .returningResult(IMPORT_RUN.ID).fetchSingle().value1();
    }

    public void finish(long id, LocalDateTime finishedAt, int rows, int created, int updated, int unchanged,
                       int errors, ImportResult result, String message) {
        dsl.update(IMPORT_RUN)
                .set(IMPORT_RUN.FINISHED_AT, finishedAt)
                .set(IMPORT_RUN.ROW_COUNT, rows)
                .set(IMPORT_RUN.CREATED_COUNT, created)
                .set(IMPORT_RUN.UPDATED_COUNT, updated)
                .set(IMPORT_RUN.UNCHANGED_COUNT, unchanged)
                .set(IMPORT_RUN.ERROR_COUNT, errors)
                .set(IMPORT_RUN.RESULT, result)
                .set(IMPORT_RUN.MESSAGE, message == null || message.length() <= MESSAGE_MAX ? message
                        : message.substring(0, MESSAGE_MAX - 1) + "…")
                .where(IMPORT_RUN.ID.eq(id))
                .execute();
    }
}
