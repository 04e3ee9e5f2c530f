package vn.camau.reform.ingest.repository;

import static vn.camau.reform.jooq.Tables.IMPORT_RUN;

import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.ingest.ImportCounts;
import vn.camau.reform.ingest.ImportKind;
import vn.camau.reform.ingest.ImportResult;

/** The history rows of file imports: one written when an import starts, completed when it ends. */
@Repository
public class ImportHistoryRepository {

    static final int MESSAGE_MAX = 2000;
    static final int FILE_NAME_MAX = 255;

    private final DSLContext dsl;

    ImportHistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long startFile(ImportKind kind, String fileName, long userId, String username, LocalDateTime at) {
        return dsl.insertInto(IMPORT_RUN)
                .set(IMPORT_RUN.SOURCE, "FILE")
                .set(IMPORT_RUN.KIND, kind.name())
                .set(IMPORT_RUN.FILE_NAME, cut(fileName, FILE_NAME_MAX))
                .set(IMPORT_RUN.USER_ID, userId)
                .set(IMPORT_RUN.USERNAME, username)
                .set(IMPORT_RUN.STARTED_AT, at)
                .set(IMPORT_RUN.RESULT, ImportResult.RUNNING.name())
                .returningResult(IMPORT_RUN.ID)
                .fetchSingle(IMPORT_RUN.ID);
    }

    public void finish(long id, LocalDateTime at, int rows, ImportCounts counts, int errors, ImportResult result,
                       String message) {
        dsl.update(IMPORT_RUN)
                .set(IMPORT_RUN.FINISHED_AT, at)
                .set(IMPORT_RUN.ROW_COUNT, rows)
                .set(IMPORT_RUN.CREATED_COUNT, counts.created())
                .set(IMPORT_RUN.UPDATED_COUNT, counts.updated())
                .set(IMPORT_RUN.UNCHANGED_COUNT, counts.unchanged())
                .set(IMPORT_RUN.ERROR_COUNT, errors)
                .set(IMPORT_RUN.RESULT, result.name())
                .set(IMPORT_RUN.MESSAGE, cut(message, MESSAGE_MAX))
                .where(IMPORT_RUN.ID.eq(id))
                .execute();
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
