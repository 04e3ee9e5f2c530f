package vn.camau.reform.base.repository;

import static vn.camau.reform.jooq.Tables.CHANGE_VERSION;

import java.time.Clock;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.db.ReadOnlyTransactionMemo;

/**
 * The generation of closed periods' figures: a counter row in {@code change_version} (V26) that every write
 * changing a period already over raises in the writer's transaction. A node keeps such figures in memory
 * under the generation it read with them, so a raise on any node makes every node compute them again.
 * Read together with the working-day calendar's counter, on which the same figures depend, and with the
 * running figures' version ({@link #running()}), in one query.
 */
@Repository
public class ClosedFigures {

    static final String NAME = "closed_figures";
    private static final String CALENDAR = "calendar_day";
    /** Raised by every write a running period's figures read ({@code FigureWrites}, V41). */
    static final String RUNNING = "running_figures";

    private final DSLContext dsl;
    private final Clock clock;

    ClosedFigures(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** What closed figures computed now depend on, besides the settings: both counters, one read. */
    public record Generation(long figures, long calendar) {
    }

    /** The three counters as one request read them, before the figures they key. */
    private record Versions(Generation closed, Generation running) {
    }

    public Generation generation() {
        return versions().closed();
    }

    /**
     * What a running period's figures computed now depend on, besides today and the settings: the version
     * every write of a table they read raises, and the calendar's counter.
     */
    public Generation running() {
        return versions().running();
    }

    private Versions versions() {
        return ReadOnlyTransactionMemo.get(Versions.class, this::read);
    }

    private Versions read() {
        long[] v = new long[3];
        dsl.select(CHANGE_VERSION.NAME, CHANGE_VERSION.VERSION).from(CHANGE_VERSION)
                .where(CHANGE_VERSION.NAME.in(NAME, CALENDAR, RUNNING))
                .forEach(r -> v[NAME.equals(r.value1()) ? 0 : CALENDAR.equals(r.value1()) ? 1 : 2] = r.value2());
        return new Versions(new Generation(v[0], v[1]), new Generation(v[2], v[1]));
    }

    /** Something a closed period counts has changed (or may have): every node recomputes. */
    public void changed() {
        raise(dsl);
    }

    /** A write dated {@code day}: raised when that day is over, since a period ending on it may be closed. */
    public void changedOn(LocalDate day) {
        if (day != null && day.isBefore(LocalDate.now(clock))) {
            changed();
        }
    }

    /**
     * Raises the generation through any connection (also the tests' fixtures that write rows directly), and
     * the running figures' version with it: the bulk loads that call this write around jOOQ, where {@link
     * FigureWrites} does not see them. The running version is raised as the transaction commits, as every
     * other writer raises it, so its row is always the last lock a writer takes (no deadlock between a
     * back-dated writer and one of today's).
     */
    public static void raise(DSLContext dsl) {
        raise(dsl, NAME);
        FigureWrites.raiseRunning(dsl.configuration());
    }

    /** Raises the running figures' version alone: a write that changes no period already over. */
    public static void raiseRunning(DSLContext dsl) {
        raise(dsl, RUNNING);
    }

    private static void raise(DSLContext dsl, String name) {
        dsl.insertInto(CHANGE_VERSION).set(CHANGE_VERSION.NAME, name).set(CHANGE_VERSION.VERSION, 1L)
                .onDuplicateKeyUpdate().set(CHANGE_VERSION.VERSION, CHANGE_VERSION.VERSION.plus(1))
                .execute();
    }
}
