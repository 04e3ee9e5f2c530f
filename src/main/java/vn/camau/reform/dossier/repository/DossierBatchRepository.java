package vn.camau.reform.dossier.repository;

import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.InsertValuesStepN;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierRecord;

/**
 * Reads and writes many dossiers at once for the intake: a few set-based statements a batch instead
 * of several a dossier, which is what lets a one-stop system send thousands of events a second.
 */
@Repository
public class DossierBatchRepository {

    /** A stored dossier as the intake needs it: its id, its write model and its snapshot time. */
    public record Stored(long id, DossierRecord record, LocalDateTime sourceUpdatedAt) {
    }

    /** A dossier to write, with the snapshot time to keep. */
    public record Write(DossierRecord record, LocalDateTime sourceUpdatedAt) {
    }

    /** An event to add to the dossier with this id. */
    public record NewEvent(long dossierId, DossierEventRecord event) {
    }

    /** Rows a statement: small enough for the driver, big enough that round trips do not dominate. */
    private static final int CHUNK = 500;

    private final DSLContext dsl;

    DossierBatchRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The stored dossiers with these codes, with their events, row-locked until the transaction ends:
     * two batches naming the same dossier take turns, so neither counts from a state the other changed.
     * Codes are locked in sorted order, so two batches cannot wait on each other in a circle.
     */
    public Map<String, Stored> lockAll(Collection<String> codes) {
        List<String> sorted = codes.stream().sorted().distinct().toList();
        Map<String, Stored> stored = new HashMap<>();
        Map<Long, List<DossierEventRecord>> events = new HashMap<>();
        List<vn.camau.reform.jooq.tables.records.DossierRecord> rows = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += CHUNK) {
            rows.addAll(dsl.selectFrom(DOSSIER)
                    .where(DOSSIER.CODE.in(sorted.subList(from, Math.min(sorted.size(), from + CHUNK))))
                    .orderBy(DOSSIER.CODE).forUpdate().fetch());
        }
        List<Long> ids = rows.stream().map(r -> r.getId()).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            dsl.select(DOSSIER_EVENT.DOSSIER_ID, DOSSIER_EVENT.EVENT_AT, DOSSIER_EVENT.STATE,
                            DOSSIER_EVENT.STEP_NAME, DOSSIER_EVENT.UNIT_ID, DOSSIER_EVENT.OFFICER_ID,
                            DOSSIER_EVENT.STEP_DUE_DATE, DOSSIER_EVENT.NOTE, DOSSIER_EVENT.SOURCE_EVENT_ID)
                    .from(DOSSIER_EVENT)
                    .where(DOSSIER_EVENT.DOSSIER_ID.in(ids.subList(from, Math.min(ids.size(), from + CHUNK))))
                    .orderBy(DOSSIER_EVENT.DOSSIER_ID, DOSSIER_EVENT.EVENT_AT, DOSSIER_EVENT.ID)
                    // no lock needed: whoever adds events to a dossier holds its row lock first, and
                    // under READ COMMITTED this read sees every event committed before that lock
                    .forEach(r -> events.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(
                            new DossierEventRecord(r.value2(), r.value3(), r.value4(), r.value5(),
                                    r.value6(), r.value7(), r.value8(), r.value9())));
        }
        for (var row : rows) {
            DossierRecord record = DossierRepository.toRecord(row, events.getOrDefault(row.getId(), List.of()));
            stored.put(row.getCode(), new Stored(row.getId(), record, row.getSourceUpdatedAt()));
        }
        return stored;
    }

    /**
     * Inserts the new dossiers and replaces the stored ones (by code); returns every written code's id.
     * New ones are plainly inserted: if another transaction stored the same code since this one
     * found it absent, the insert fails on the unique code (a DuplicateKeyException, worth a retry)
     * instead of silently overwriting a dossier this one believes new and counting it twice.
     */
    public Map<String, Long> writeAll(List<Write> created, List<Write> updated) {
        for (int from = 0; from < created.size(); from += CHUNK) {
            write(created.subList(from, Math.min(created.size(), from + CHUNK)), false);
        }
        for (int from = 0; from < updated.size(); from += CHUNK) {
            write(updated.subList(from, Math.min(updated.size(), from + CHUNK)), true);
        }
        List<Write> writes = new ArrayList<>(created);
        writes.addAll(updated);
        Map<String, Long> ids = new HashMap<>();
        List<String> codes = writes.stream().map(w -> w.record().code()).toList();
        for (int from = 0; from < codes.size(); from += CHUNK) {
            dsl.select(DOSSIER.CODE, DOSSIER.ID).from(DOSSIER)
                    .where(DOSSIER.CODE.in(codes.subList(from, Math.min(codes.size(), from + CHUNK))))
                    .forEach(r -> ids.put(r.value1(), r.value2()));
        }
        return ids;
    }

    private void write(List<Write> writes, boolean replace) {
        LocalDateTime now = LocalDateTime.now().withNano(0);
        List<Field<?>> fields = null;
        InsertValuesStepN<?> insert = null;
        for (Write w : writes) {
            Map<Field<?>, Object> values = new LinkedHashMap<>(DossierRepository.columns(w.record()));
            values.put(DOSSIER.SOURCE_UPDATED_AT, w.sourceUpdatedAt());
            values.put(DOSSIER.UPDATED_AT, now);
            if (insert == null) {
                fields = List.copyOf(values.keySet());
                insert = dsl.insertInto(DOSSIER, fields);
            }
            insert = insert.values(values.values());
        }
        if (!replace) {
            insert.execute();
            return;
        }
        var update = insert.onDuplicateKeyUpdate().set(DOSSIER.VERSION, DOSSIER.VERSION.plus(1));
        for (Field<?> f : fields) {
            if (f != DOSSIER.CODE) {
                update = setFromValues(update, f);
            }
        }
        update.execute();
    }

    /** {@code f = VALUES(f)}: the value the row would have been inserted with. */
    private static <T> org.jooq.InsertOnDuplicateSetMoreStep<?> setFromValues(
            org.jooq.InsertOnDuplicateSetMoreStep<?> update, Field<T> f) {
        // the column's own data type, converter included: an enum column is no SQL type of its own
        Field<T> inserted = DSL.field("VALUES({0})", f.getDataType(), f);
        return update.set(f, inserted);
    }

    /** Adds events that are known not to be stored (the caller checked under the row lock). */
    public void insertEvents(List<NewEvent> events) {
        for (int from = 0; from < events.size(); from += CHUNK) {
            var insert = dsl.insertInto(DOSSIER_EVENT, DOSSIER_EVENT.DOSSIER_ID, DOSSIER_EVENT.EVENT_AT,
                    DOSSIER_EVENT.STATE, DOSSIER_EVENT.STEP_NAME, DOSSIER_EVENT.UNIT_ID, DOSSIER_EVENT.OFFICER_ID,
                    DOSSIER_EVENT.STEP_DUE_DATE, DOSSIER_EVENT.NOTE, DOSSIER_EVENT.SOURCE_EVENT_ID);
            for (NewEvent n : events.subList(from, Math.min(events.size(), from + CHUNK))) {
                DossierEventRecord e = n.event();
                insert = insert.values(n.dossierId(), e.eventAt(), e.state(), e.stepName(), e.unitId(),
                        e.officerId(), e.stepDueDate(), e.note(), e.sourceEventId());
            }
            insert.execute();
        }
    }
}
