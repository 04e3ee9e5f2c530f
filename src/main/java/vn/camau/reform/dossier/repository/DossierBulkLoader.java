package vn.camau.reform.dossier.repository;

import static vn.camau.reform.jooq.Tables.DOSSIER;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.dossier.DossierEventRecord;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.StatBatch;
import vn.camau.reform.dossier.Timing;

/**
 * Writes many dossiers with their events at once: the demo data, and imports of a one-stop system's
 * history. Rows go to MariaDB as {@code LOAD DATA LOCAL INFILE} from an in-memory stream, which
 * measured several times faster here than multi-row INSERTs or JDBC batches (see the README, "Demo
 * data"). {@code LOAD DATA LOCAL} turns errors such as a duplicate key into warnings and skips the
 * row, so every load checks that each row arrived and that the server had nothing to say, and fails
 * (rolling the batch back) otherwise.
 *
 * <p>The derived columns follow the record: {@code timing} from {@link DossierRecord#timing()},
 * {@code open_due_date} from {@link DossierRecord#openDueDate()}, {@code late_working_days} only when
 * late.
 */
@Repository
public class DossierBulkLoader {

    /** What one call wrote. */
    public record Written(int dossiers, int events) {
        public Written plus(Written other) {
            return new Written(dossiers + other.dossiers, events + other.events);
        }
    }

    /**
     * Dossiers and events already encoded, ids included: encoding is the client's share of the work,
     * so a producer thread can do it while the previous batch is being loaded.
     */
    public static final class Batch {
        private final TsvBuffer dossiers;
        private final TsvBuffer events;

        private Batch(TsvBuffer dossiers, TsvBuffer events) {
            this.dossiers = dossiers;
            this.events = events;
        }

        public int dossierCount() {
            return dossiers.rows();
        }

        public int eventCount() {
            return events.rows();
        }

        public int bytes() {
            return dossiers.length() + events.length();
        }
    }

    private static final String DOSSIER_COLUMNS = "code, procedure_id, receiving_unit_id, handling_unit_id, "
            + "channel, state, received_at, appointment_date, due_date, resolved_at, returned_at, finished_at, "
            + "timing, late_working_days, open_due_date, has_fee, paid_online, digitised, returned_at_home, "
            + "rating, applicant_name, applicant_phone, applicant_email, handling_officer_id, "
            + "responsible_unit_id, responsible_officer_id, responsible_step";
    private static final String EVENT_COLUMNS = "dossier_id, event_at, state, step_name, unit_id, officer_id, "
            + "step_due_date, note, source_event_id";
    private static final int CODE_LOOKUP_CHUNK = 1_000;

    private final DSLContext dsl;
    private final DossierStatWriter statWriter;

    DossierBulkLoader(DSLContext dsl, DossierStatWriter statWriter) {
        this.dsl = dsl;
        this.statWriter = statWriter;
    }

    /**
     * Inserts the dossiers and their events and adds them to the summary counters, all in one
     * transaction (the caller's, when there is one).
     *
     * @param ids the dossiers' ids in list order, or null to let the database assign them
     * @return the ids written, in list order
     */
    @Transactional
    public long[] load(List<DossierRecord> dossiers, long[] ids) {
        long[] written = insert(dossiers, ids);
        StatBatch stats = new StatBatch();
        dossiers.forEach(d -> stats.add(d.facts()));
        statWriter.apply(stats);
        return written;
    }

    /**
     * Inserts the dossiers and their events without touching the counters: for a caller that adds a
     * whole load's counters once at the end with {@link #addToCounters}, far fewer rows to upsert.
     *
     * @param ids the dossiers' ids in list order, or null to let the database assign them
     * @return the ids written, in list order
     */
    @Transactional
    public long[] insert(List<DossierRecord> dossiers, long[] ids) {
        if (ids != null) {
            insert(encode(dossiers, ids));
            return ids;
        }
        TsvBuffer rows = new TsvBuffer(dossiers.size() * 320);
        dossiers.forEach(d -> dossierRow(rows, null, d));
        dsl.connection(c -> loadData(c, "dossier", DOSSIER_COLUMNS, rows));
        long[] assigned = idsByCode(dossiers);
        TsvBuffer events = new TsvBuffer(dossiers.size() * 5 * 90);
        for (int i = 0; i < dossiers.size(); i++) {
            eventRows(events, assigned[i], dossiers.get(i).events());
        }
        dsl.connection(c -> loadData(c, "dossier_event", EVENT_COLUMNS, events));
        return assigned;
    }

    /** Loads a batch made by {@link #encode}, dossiers and events in one transaction. */
    @Transactional
    public Written insert(Batch batch) {
        dsl.connection(c -> {
            loadData(c, "dossier", "id, " + DOSSIER_COLUMNS, batch.dossiers);
            loadData(c, "dossier_event", EVENT_COLUMNS, batch.events);
        });
        return new Written(batch.dossierCount(), batch.eventCount());
    }

    /** Adds counter deltas to {@code dossier_stat} (see {@link DossierStatWriter}). */
    @Transactional
    public void addToCounters(StatBatch batch) {
        statWriter.apply(batch);
    }

    /** Encodes dossiers with explicit ids (pure, no database): safe to call from any thread. */
    public static Batch encode(List<DossierRecord> dossiers, long[] ids) {
        if (ids.length != dossiers.size()) {
            throw new IllegalArgumentException(ids.length + " ids for " + dossiers.size() + " dossiers");
        }
        TsvBuffer rows = new TsvBuffer(dossiers.size() * 330);
        TsvBuffer events = new TsvBuffer(dossiers.size() * 5 * 90);
        for (int i = 0; i < dossiers.size(); i++) {
            DossierRecord d = dossiers.get(i);
            dossierRow(rows, ids[i], d);
            eventRows(events, ids[i], d.events());
        }
        return new Batch(rows, events);
    }

    private static void dossierRow(TsvBuffer t, Long id, DossierRecord d) {
        if (id != null) {
            t.num(id.longValue());
        }
        Timing timing = d.timing();
        t.text(d.code()).num(d.procedureId()).num(d.receivingUnitId()).num(d.handlingUnitId())
                .text(d.channel().name()).num(d.state().code())
                .dateTime(d.receivedAt()).date(d.appointmentDate()).date(d.dueDate())
                .dateTime(d.resolvedAt()).dateTime(d.returnedAt()).dateTime(d.finishedAt())
                .text(timing == null ? null : timing.name());
        if (timing == Timing.LATE) {
            t.num(d.lateWorkingDays());
        } else {
            t.nul();
        }
        t.date(d.openDueDate()).bool(d.hasFee()).bool(d.paidOnline()).bool(d.digitised())
                .bool(d.returnedHome()).text(d.rating() == null ? null : d.rating().name())
                .text(d.applicantName()).text(d.applicantPhone()).text(d.applicantEmail())
                .num(d.handlingOfficerId()).num(d.responsibleUnitId()).num(d.responsibleOfficerId())
                .text(d.responsibleStep())
                .endRow();
    }

    private static void eventRows(TsvBuffer t, long dossierId, List<DossierEventRecord> events) {
        for (DossierEventRecord e : events) {
            t.num(dossierId).dateTime(e.eventAt()).num(e.state().code()).text(e.stepName()).num(e.unitId())
                    .num(e.officerId()).date(e.stepDueDate()).text(e.note()).text(e.sourceEventId())
                    .endRow();
        }
    }

    private static void loadData(Connection c, String table, String columns, TsvBuffer rows) throws SQLException {
        if (rows.rows() == 0) {
            return;
        }
        try (Statement s = c.createStatement(); InputStream in = rows.stream()) {
            s.unwrap(org.mariadb.jdbc.Statement.class).setLocalInfileInputStream(in);
            // the file name is ignored: the driver sends the stream set above
            long loaded = s.executeLargeUpdate("LOAD DATA LOCAL INFILE 'rows.tsv' INTO TABLE " + table
                    + " CHARACTER SET utf8mb4 (" + columns + ")");
            SQLWarning warning = s.getWarnings();
            if (loaded != rows.rows() || warning != null) {
                throw new IllegalStateException("Bulk load into " + table + " wrote " + loaded + " of "
                        + rows.rows() + " rows" + (warning == null ? "" : ": " + describe(warning)));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String describe(SQLWarning warning) {
        List<String> messages = new ArrayList<>();
        for (SQLWarning w = warning; w != null && messages.size() < 3; w = w.getNextWarning()) {
            messages.add(w.getMessage());
        }
        return String.join("; ", messages);
    }

    private long[] idsByCode(List<DossierRecord> dossiers) {
        Map<String, Long> byCode = new HashMap<>(dossiers.size() * 2);
        for (int from = 0; from < dossiers.size(); from += CODE_LOOKUP_CHUNK) {
            List<String> codes = dossiers.subList(from, Math.min(dossiers.size(), from + CODE_LOOKUP_CHUNK))
                    .stream().map(DossierRecord::code).toList();
            dsl.select(DOSSIER.CODE, DOSSIER.ID).from(DOSSIER).where(DOSSIER.CODE.in(codes))
                    .forEach(r -> byCode.put(r.value1(), r.value2()));
        }
        long[] ids = new long[dossiers.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = byCode.get(dossiers.get(i).code());
        }
        return ids;
    }
}
