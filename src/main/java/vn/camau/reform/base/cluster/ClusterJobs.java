package vn.camau.reform.base.cluster;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;

/**
 * Scheduled jobs run once per schedule however many application nodes share the database: each run
 * takes a named lock row (ShedLock, table {@code shedlock}, migration V12) and a node that finds it
 * taken skips its run. The lock's times are the database's, so the nodes' clocks need not agree on
 * lock expiry; a job is still held for {@code atLeast} after it ends, so that a node whose clock is
 * behind and fires a little later does not run it a second time.
 *
 * <p>Checked at start: without the lock table every run would be skipped without a word, so a
 * missing table (a migration not applied after an upgrade) stops the start with one line.
 */
@Component
public class ClusterJobs implements SmartInitializingSingleton {

    static final String TABLE = "shedlock";
    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final JdbcTemplate jdbc;
    private final LockingTaskExecutor executor;

    ClusterJobs(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.executor = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(
                JdbcTemplateLockProvider.Configuration.builder()
                        .withJdbcTemplate(jdbc)
                        .withTableName(TABLE)
                        .usingDbTime()
                        .build()));
    }

    /** A daily job is held this long after it ends: nodes whose clocks differ by less fire it once. */
    static final Duration HELD_AFTER = Duration.ofMinutes(10);
    /** A node that died while running a job frees its lock after this. */
    static final Duration HELD_AT_MOST = Duration.ofMinutes(30);

    /** Runs a daily job here unless another node runs it or ran it within {@link #HELD_AFTER}. */
    public boolean runOnce(String name, Runnable job) {
        return runOnce(name, HELD_AFTER, HELD_AT_MOST, job);
    }

    /**
     * Runs {@code job} here unless another node holds its lock (running it, or within {@code atLeast}
     * of having run it). {@code atMost} frees the lock of a node that died while running it.
     *
     * @return true when the job ran on this node
     */
    public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable job) {
        try {
            boolean ran = executor.executeWithLock(() -> {
                job.run();
                return Boolean.TRUE;
            }, new LockConfiguration(Instant.now(), name, atMost, atLeast)).wasExecuted();
            if (!ran) {
                log.info("Job {} skipped: another node holds its lock", name);
            }
            return ran;
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("Job " + name + " failed", e);
        }
    }

    @Override
    public void afterSingletonsInstantiated() {
        checkLockTable(jdbc);
    }

    /** Fails with {@link LockTableMissingException} when the lock table cannot be read. */
    static void checkLockTable(JdbcTemplate jdbc) {
        try {
            jdbc.queryForObject("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0", Integer.class);
        } catch (DataAccessException e) {
            throw new LockTableMissingException(TABLE, e);
        }
    }
}
