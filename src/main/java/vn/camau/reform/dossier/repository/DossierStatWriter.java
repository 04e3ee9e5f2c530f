package vn.camau.reform.dossier.repository;

import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.StatBatch;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.jooq.tables.records.DossierStatRecord;
import vn.camau.reform.base.repository.ClosedFigures;

/**
 * Adds counter deltas to {@code dossier_stat}: one multi-row INSERT … ON DUPLICATE KEY UPDATE
 * col = col + VALUES(col) per chunk, so concurrent writers add rather than overwrite, and a row is
 * created the first time a day, unit, procedure or officer is met. Runs in the caller's transaction,
 * which is what keeps the counters equal to a direct count over the dossiers.
 */
@Repository
public class DossierStatWriter {

    private static final int CHUNK = 2_000;
    private static final StatCounter[] COUNTERS = StatCounter.values();

    private final DSLContext dsl;
    private final ClosedFigures closedFigures;

    DossierStatWriter(DSLContext dsl, ClosedFigures closedFigures) {
        this.dsl = dsl;
        this.closedFigures = closedFigures;
    }

    public void apply(StatBatch batch) {
        List<Map.Entry<StatBatch.Key, long[]>> rows = new ArrayList<>(batch.nonZeroRows().entrySet());
        rows.sort(Map.Entry.comparingByKey(StatBatch.Key.PRIMARY_KEY_ORDER));
        for (int from = 0; from < rows.size(); from += CHUNK) {
            write(rows.subList(from, Math.min(rows.size(), from + CHUNK)));
        }
        // a back-dated dossier or event changes a period that is over: kept figures must go, on every node
        rows.stream().map(r -> periodEnd(r.getKey())).min(LocalDate::compareTo).ifPresent(closedFigures::changedOn);
    }

    /** The last day a counter row covers: a day row its day, a month or year row the month's or year's end. */
    static LocalDate periodEnd(StatBatch.Key k) {
        return k.grain().periodEnd(k.periodStart());
    }

    private void write(List<Map.Entry<StatBatch.Key, long[]>> rows) {
        List<Field<?>> columns = new ArrayList<>(List.of(DOSSIER_STAT.SLICE, DOSSIER_STAT.GRAIN,
                DOSSIER_STAT.PERIOD_START, DOSSIER_STAT.UNIT_ID, DOSSIER_STAT.PROCEDURE_ID,
                DOSSIER_STAT.OFFICER_ID));
        List<Field<Integer>> counters = counterFields();
        columns.addAll(counters);
        InsertValuesStepN<DossierStatRecord> insert = dsl.insertInto(DOSSIER_STAT, columns);
        for (Map.Entry<StatBatch.Key, long[]> row : rows) {
            StatBatch.Key k = row.getKey();
            List<Object> values = new ArrayList<>(columns.size());
            values.addAll(List.of(k.slice(), k.grain(), k.periodStart(),
                    k.unitId(), k.procedureId(), k.officerId()));
            for (long v : row.getValue()) {
                values.add((int) v);
            }
            insert = insert.values(values);
        }
        var upsert = insert.onDuplicateKeyUpdate();
        var step = upsert.set(counters.getFirst(), added(counters.getFirst()));
        for (Field<Integer> c : counters.subList(1, counters.size())) {
            step = step.set(c, added(c));
        }
        step.execute();
    }

    private static Field<Integer> added(Field<Integer> column) {
        // VALUES(col) in MariaDB: the value the failed insert carried for that column
        return column.plus(DSL.field("VALUES({0})", Integer.class, column));
    }

    /** The counter columns in {@link StatCounter} order. */
    static List<Field<Integer>> counterFields() {
        List<Field<Integer>> fields = new ArrayList<>(COUNTERS.length);
        for (StatCounter c : COUNTERS) {
            fields.add(DOSSIER_STAT.field(c.column(), Integer.class));
        }
        return fields;
    }

    /** Empties the counters (before a full rebuild). */
    public void deleteAll() {
        dsl.truncate(DOSSIER_STAT).execute();
        closedFigures.changed();
    }
}
