package vn.camau.reform.base.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Measures how far the replica is behind, on every node, every {@code interval}: the node writes the
 * primary's time into a heartbeat row on the primary, reads the row's replicated copy on the replica,
 * and compares it with the primary's time now. Both times are the primary's, so the servers' clocks
 * need not agree; a replica whose replication stopped falls behind by the time since it stopped. The
 * replica is used while it is reachable and at most {@code maxLag} behind; each change of that verdict
 * is logged in one line.
 */
final class ReplicaMonitor implements AutoCloseable {

    enum State { READY, LAGGING, UNREACHABLE }

    private static final Logger log = LoggerFactory.getLogger(ReplicaMonitor.class);

    private final DataSource primary;
    private final DataSource replica;
    private final String replicaName;
    private final Duration maxLag;
    private final Duration interval;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("replica-monitor").factory());
    private volatile State state;
    private volatile double lagSeconds = Double.NaN;

    ReplicaMonitor(DataSource primary, DataSource replica, String replicaName, Duration maxLag, Duration interval) {
        this.primary = primary;
        this.replica = replica;
        this.replicaName = replicaName;
        this.maxLag = maxLag;
        this.interval = interval;
    }

    /**
     * Starts measuring, once the application is up (the heartbeat table exists after the migrations);
     * until then, and until the first measure says otherwise, every read goes to the primary.
     */
    void start() {
        timer.scheduleWithFixedDelay(this::check, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Whether marked reads go to the replica now. */
    boolean usable() {
        return state == State.READY;
    }

    State state() {
        return state;
    }

    /** Seconds behind the primary at the last check; NaN when the replica could not be read. */
    double lagSeconds() {
        return lagSeconds;
    }

    void check() {
        Timestamp now;
        try (Connection c = primary.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO replication_heartbeat (id, beat) VALUES (1, NOW(6)) "
                    + "ON DUPLICATE KEY UPDATE beat = NOW(6)");
            now = single(s, "SELECT NOW(6)");
        } catch (SQLException | RuntimeException e) {
            // the primary is the application's problem, reported by readiness; nothing to compare with
            change(State.UNREACHABLE, Double.NaN, "the primary cannot be read to measure it (" + firstLine(e) + ")");
            return;
        }
        Timestamp copied;
        try (Connection c = replica.getConnection(); Statement s = c.createStatement()) {
            copied = single(s, "SELECT beat FROM replication_heartbeat WHERE id = 1");
        } catch (SQLException | RuntimeException e) {
            change(State.UNREACHABLE, Double.NaN, "unreachable (" + firstLine(e) + ")");
            return;
        }
        if (copied == null) {
            change(State.LAGGING, Double.NaN, "has not replicated the heartbeat yet");
            return;
        }
        double lag = Math.max(0, (now.getTime() - copied.getTime()) / 1000.0);
        if (lag <= maxLag.toMillis() / 1000.0) {
            change(State.READY, lag, String.format("%.1f s behind (limit %d s)", lag, maxLag.toSeconds()));
        } else {
            change(State.LAGGING, lag, String.format("%.1f s behind (limit %d s)", lag, maxLag.toSeconds()));
        }
    }

    private void change(State next, double lag, String why) {
        lagSeconds = lag;
        State previous = state;
        state = next;
        if (previous == next) {
            return;
        }
        if (next == State.READY) {
            log.info("Replica {} is {}: indicator reads go to it", replicaName, why);
        } else {
            log.warn("Replica {} is {}: indicator reads go to the primary", replicaName, why);
        }
    }

    private static Timestamp single(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            return r.next() ? r.getTimestamp(1) : null;
        }
    }

    private static String firstLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
