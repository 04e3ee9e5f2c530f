package vn.camau.reform.ingest.repository;

import static vn.camau.reform.jooq.Tables.IMPORT_ERROR;

import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.ingest.ImportProblem;
import vn.camau.reform.ingest.IntakeError;
import vn.camau.reform.ingest.RecordKind;

/** Keeps a refused run's errors ({@code import_error}) as keys and arguments, so the history can open them. */
@Repository
public class ImportErrorRepository {

    /** The column's width: longer arguments (a whole pasted cell) are cut, the message still reads. */
    private static final int ARGS_MAX = 2000;

    private final DSLContext dsl;
    private final JsonMapper json;

    ImportErrorRepository(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    public void save(long runId, List<ImportProblem> problems, List<IntakeError> rowErrors) {
        if (problems.isEmpty() && rowErrors.isEmpty()) {
            return;
        }
        var e = IMPORT_ERROR;
        List<Object[]> rows = new ArrayList<>();
        int position = 0;
        for (ImportProblem p : problems) {
            rows.add(new Object[] {runId, position++, null, null, null, p.messageKey(), args(p.args())});
        }
        for (IntakeError r : rowErrors) {
            rows.add(new Object[] {runId, position++, r.record(), r.index(), cut(r.field(), 100),
                    cut(r.messageKey(), 100), args(r.args())});
        }
        var step = dsl.insertInto(e, e.RUN_ID, e.POSITION, e.RECORD_KIND, e.ROW_INDEX, e.FIELD, e.MESSAGE_KEY,
                e.ARGS);
        for (Object[] r : rows) {
            step = step.values((Long) r[0], (Integer) r[1], (RecordKind) r[2], (Integer) r[3], (String) r[4],
                    (String) r[5], (String) r[6]);
        }
        step.execute();
    }

    private String args(List<String> args) {
        String text = json.writeValueAsString(args);
        return text.length() <= ARGS_MAX ? text : json.writeValueAsString(List.of(text.substring(0, 200) + "…"));
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
