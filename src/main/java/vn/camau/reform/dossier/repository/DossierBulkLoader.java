package vn.camau.reform.dossier.repository;

import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.DOSSIER_REMINDER;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;
import static vn.camau.reform.jooq.Tables.LATE_RISK_SCORE;

import java.io.IOException;
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
import vn.camau.reform.dossier.ServiceFlags;
import vn.camau.reform.dossier.StatBatch;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.Timing;
import vn.camau.reform.base.repository.ClosedFigures;

/**
 * Writes many dossiers with their events at once: the demo data, and imports of a one-stop system's
 * history. Rows go to MariaDB as {@code LOAD DATA LOCAL INFILE} from an in-memory stream, which
 * measured several times faster here than multi-row INSERTs or JDBC batches (README, "Demo data").
 * {@code LOAD DATA LOCAL} turns errors such as a duplicate key into warnings and skips the row, so
 * every load checks that each row arrived and that the server had nothing to say, and fails (rolling
 * the transaction back) otherwise.
 *
 * <p>The derived columns follow the record: {@code timing} from {@link DossierRecord#timing()},
 * {@code open_due_date} and {@code unmet_due_date} from {@link DossierRecord}, {@code late_working_days} only when
 * late.
 */
@Repository
public class DossierBulkLoader {

    /** What one call wrote. */
    public record Written(int dossiers, int events) {
    }

    /** How much the server checks while loading. */
    public enum Checks {
        /** Everything, as for any insert. */
        ALL,
        /**
         * No foreign-key checks and {@code unique_checks = 0}: only for rows whose every reference is
         * known to exist and whose keys are known to be unique, such as the demo generator's. Into an
         * empty table, within one transaction, this is also what turns on InnoDB's bulk load (MariaDB
         * 10.6+): rows are buffered and every index is built by sorting at commit, several times less
         * work than row-by-row inserts. A duplicate still fails the commit.
         */
        TRUSTED
    }

    /**
     * Dossiers and events already encoded, ids included: encoding is the client's share of the work,
     * so a producer thread can do it while earlier batches are being loaded.
     */
    public static final class Batch {
        private final TsvBuffer dossiers;
        private final TsvBuffer events;
        private final boolean eventIds;

        private Batch(TsvBuffer dossiers, TsvBuffer events, boolean eventIds) {
            this.dossiers = dossiers;
            this.events = events;
            this.eventIds = eventIds;
        }

        public int dossierCount() {
            return dossiers.rows();
        }

        public int eventCount() {
            return events.rows();
        }
    }

    private static final String DOSSIER_COLUMNS = "code, procedure_id, receiving_unit_id, handling_unit_id, "
            + "channel, state, received_at, appointment_date, due_date, resolved_at, returned_at, finished_at, "
            + "timing, late_working_days, open_due_date, unmet_due_date, has_fee, paid_online, digitised, returned_at_home, "
            + "rating, applicant_name, applicant_phone, applicant_email, handling_officer_id, "
            + "responsible_unit_id, responsible_officer_id, responsible_step, online_level, result_electronic, "
            + "data_reused, waiting_now";
    private static final String EVENT_COLUMNS = "dossier_id, event_at, state, step_name, unit_id, officer_id, "
            + "step_due_date, note, source_event_id";
    private static final String STAT_KEY_COLUMNS = "slice, grain, period_start, unit_id, procedure_id, officer_id";
    private static final StatCounter[] COUNTERS = StatCounter.values();
    private static final int CODE_LOOKUP_CHUNK = 1_000;

    private final DSLContext dsl;
    private final ClosedFigures closedFigures;

    DossierBulkLoader(DSLContext dsl, ClosedFigures closedFigures) {
        this.dsl = dsl;
        this.closedFigures = closedFigures;
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
        addToCounters(stats);
        return written;
    }

    /**
     * Inserts the dossiers and their events without touching the counters: for a caller that adds a
     * whole load's counters once at the end with {@link #addToCounters}, far fewer rows to write.
     *
     * @param ids the dossiers' ids in list order, or null to let the database assign them
     * @return the ids written, in list order
     */
    @Transactional
    public long[] insert(List<DossierRecord> dossiers, long[] ids) {
        if (ids != null) {
            insert(encode(dossiers, ids, 0), Checks.ALL);
            return ids;
        }
        TsvBuffer rows = new TsvBuffer(dossiers.size() * 320);
        dossiers.forEach(d -> dossierRow(rows, null, d));
        dsl.connection(c -> loadData(c, "dossier", DOSSIER_COLUMNS, rows));
        long[] assigned = idsByCode(dossiers);
        TsvBuffer events = new TsvBuffer(dossiers.size() * 5 * 90);
        for (int i = 0; i < dossiers.size(); i++) {
            for (DossierEventRecord e : dossiers.get(i).events()) {
                eventRow(events, assigned[i], e);
            }
        }
        dsl.connection(c -> loadData(c, "dossier_event", EVENT_COLUMNS, events));
        return assigned;
    }

    /** Loads a batch made by {@link #encode}: its dossiers and events in one transaction. */
    @Transactional
    public Written insert(Batch batch, Checks checks) {
        dsl.connection(c -> withChecks(c, checks, () -> {
            loadData(c, "dossier", "id, " + DOSSIER_COLUMNS, batch.dossiers);
            loadData(c, "dossier_event", (batch.eventIds ? "id, " : "") + EVENT_COLUMNS, batch.events);
        }));
        return new Written(batch.dossierCount(), batch.eventCount());
    }

    /**
     * Loads the dossiers of every batch the iterable yields, in one transaction, so that into an
     * empty table with {@link Checks#TRUSTED} InnoDB bulk-loads them. Run {@link #insertEvents} on
     * another thread at the same time: each keeps one server thread busy. (One loader per table: two
     * concurrent loads into one table deadlock on its unique index.)
     *
     * @param batches may block while the next batch is produced; a failure it throws rolls back all
     * @return the dossiers written
     */
    @Transactional
    public int insertDossiers(Iterable<Batch> batches, Checks checks) {
        int[] count = {0};
        dsl.connection(c -> withChecks(c, checks, () -> {
            for (Batch b : batches) {
                loadData(c, "dossier", "id, " + DOSSIER_COLUMNS, b.dossiers);
                count[0] += b.dossierCount();
            }
        }));
        return count[0];
    }

    /**
     * Loads the events of every batch, in one transaction (see {@link #insertDossiers}). Their
     * dossiers must be there by the end, unless foreign keys are not checked; give the events explicit
     * ids ({@link #encode} with a first event id) so no auto-increment lock is taken.
     *
     * @return the events written
     */
    @Transactional
    public int insertEvents(Iterable<Batch> batches, Checks checks) {
        int[] count = {0};
        dsl.connection(c -> withChecks(c, checks, () -> {
            for (Batch b : batches) {
                loadData(c, "dossier_event", (b.eventIds ? "id, " : "") + EVENT_COLUMNS, b.events);
                count[0] += b.eventCount();
            }
        }));
        return count[0];
    }

    /**
     * Adds counter deltas to {@code dossier_stat}, as {@link DossierStatWriter#apply} does, for many
     * rows at once: they are loaded into a temporary table and added with one
     * {@code INSERT … SELECT … ON DUPLICATE KEY UPDATE col = col + VALUES(col)}. The writer's multi-row
     * INSERTs of tens of thousands of bind values are what make it slow for a whole history.
     *
     * @return the summary rows written
     */
    @Transactional
    public int addToCounters(StatBatch batch) {
        Map<StatBatch.Key, long[]> rows = batch.nonZeroRows();
        if (rows.isEmpty()) {
            return 0;
        }
        // in primary-key order, so that the summary table's pages fill one after the other
        List<Map.Entry<StatBatch.Key, long[]>> sorted = new ArrayList<>(rows.entrySet());
        sorted.sort(Map.Entry.comparingByKey(StatBatch.Key.PRIMARY_KEY_ORDER));
        TsvBuffer tsv = new TsvBuffer(rows.size() * 80);
        for (Map.Entry<StatBatch.Key, long[]> e : sorted) {
            StatBatch.Key k = e.getKey();
            tsv.text(k.slice().letter()).text(k.grain().letter()).date(k.periodStart())
                    .num(k.unitId()).num(k.procedureId()).num(k.officerId());
            for (long x : e.getValue()) {
                tsv.num(x);
            }
            tsv.endRow();
        }
        StringBuilder counters = new StringBuilder();
        StringBuilder added = new StringBuilder();
        for (StatCounter c : COUNTERS) {
            counters.append(", ").append(c.column());
            added.append(added.isEmpty() ? "" : ", ").append(c.column()).append(" = dossier_stat.").append(c.column())
                    .append(" + VALUES(").append(c.column()).append(")");
        }
        dsl.connection(c -> {
            execute(c, "CREATE TEMPORARY TABLE dossier_stat_delta ENGINE=InnoDB AS SELECT * FROM dossier_stat LIMIT 0");
            try {
                loadData(c, "dossier_stat_delta", STAT_KEY_COLUMNS + counters, tsv);
                execute(c, "INSERT INTO dossier_stat (" + STAT_KEY_COLUMNS + counters + ") SELECT "
                        + STAT_KEY_COLUMNS + counters + " FROM dossier_stat_delta ON DUPLICATE KEY UPDATE " + added);
            } finally {
                execute(c, "DROP TEMPORARY TABLE IF EXISTS dossier_stat_delta");
            }
        });
        // a bulk load is history: periods that are over change
        closedFigures.changed();
        return sorted.size();
    }

    /**
     * Brings the optimizer's statistics up to date after a bulk load. InnoDB samples them on its own
     * only after enough changes, and until then plans queries for the empty table: after the
     * 5-million-dossier load the late-case alerts' count took 16 s instead of 13 ms.
     */
    public void refreshStatistics() {
        dsl.execute("ANALYZE TABLE dossier, dossier_stat, dossier_event");
    }

    /**
     * Removes every dossier with its reminders and events, and the summary counters: only for a
     * database that has only ever held generated data (a demo load that died half-way).
     */
    public void deleteAll() {
        // the early warning's scores name dossier ids that a new load may give to other dossiers
        dsl.deleteFrom(LATE_RISK_SCORE).execute();
        dsl.deleteFrom(DOSSIER_REMINDER).execute();
        dsl.deleteFrom(DOSSIER_EVENT).execute();
        dsl.deleteFrom(DOSSIER).execute();
        dsl.deleteFrom(DOSSIER_STAT).execute();
    }

    /**
     * Encodes dossiers with explicit ids (pure, no database): safe to call from any thread.
     *
     * @param firstEventId the id of the first event, the others following in order; 0 to let the
     *                     database number them
     */
    public static Batch encode(List<DossierRecord> dossiers, long[] ids, long firstEventId) {
        if (ids.length != dossiers.size()) {
            throw new IllegalArgumentException(ids.length + " ids for " + dossiers.size() + " dossiers");
        }
        TsvBuffer rows = new TsvBuffer(dossiers.size() * 330);
        TsvBuffer events = new TsvBuffer(dossiers.size() * 5 * 90);
        long eventId = firstEventId;
        for (int i = 0; i < dossiers.size(); i++) {
            DossierRecord d = dossiers.get(i);
            dossierRow(rows, ids[i], d);
            for (DossierEventRecord e : d.events()) {
                if (firstEventId > 0) {
                    events.num(eventId++);
                }
                eventRow(events, ids[i], e);
            }
        }
        return new Batch(rows, events, firstEventId > 0);
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
        ServiceFlags s = d.service();
        t.date(d.openDueDate()).date(d.unmetDueDate()).bool(s.hasFee()).bool(s.paidOnline()).bool(s.digitised())
                .bool(s.returnedHome()).text(s.rating() == null ? null : s.rating().name())
                .text(d.applicant().name()).text(d.applicant().phone()).text(d.applicant().email())
                .num(d.handlingOfficerId()).num(d.responsible().unitId()).num(d.responsible().officerId())
                .text(d.responsible().step())
                .text(s.onlineLevel() == null ? null : s.onlineLevel().name()).bool(s.resultElectronic())
                .bool(s.dataReused()).bool(d.waitingNow())
                .endRow();
    }

    private static void eventRow(TsvBuffer t, long dossierId, DossierEventRecord e) {
        t.num(dossierId).dateTime(e.eventAt()).num(e.state().code()).text(e.stepName()).num(e.unitId())
                .num(e.officerId()).date(e.stepDueDate()).text(e.note()).text(e.sourceEventId())
                .endRow();
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private static void withChecks(Connection c, Checks checks, SqlWork work) throws SQLException {
        boolean trusted = checks == Checks.TRUSTED;
        if (trusted) {
            execute(c, "SET foreign_key_checks = 0, unique_checks = 0");
        }
        try {
            work.run();
        } finally {
            if (trusted) {
                // the connection goes back to the pool: never leave it without checks
                execute(c, "SET foreign_key_checks = 1, unique_checks = 1");
            }
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
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
        } catch (IOException e) {
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
