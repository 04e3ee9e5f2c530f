package vn.camau.reform.base.db;

import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.lookup.AbstractRoutingDataSource;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends a connection to the replica when it serves a read-only transaction of a {@link ReplicaReads}
 * method and the replica is within its allowed lag; everything else, and everything when the replica
 * lags or is down, to the primary. Wrapped in a LazyConnectionDataSourceProxy, so that the choice is
 * made at the first statement, once the transaction's read-only flag is known.
 */
final class ReplicaRoutingDataSource extends AbstractRoutingDataSource {

    enum Target { PRIMARY, REPLICA }

    private final ReplicaMonitor monitor;

    ReplicaRoutingDataSource(DataSource primary, DataSource replica, ReplicaMonitor monitor) {
        this.monitor = monitor;
        setTargetDataSources(Map.of(Target.PRIMARY, primary, Target.REPLICA, replica));
        setDefaultTargetDataSource(primary);
        afterPropertiesSet();
    }

    @Override
    protected Object determineCurrentLookupKey() {
        boolean replica = TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && ReplicaReadsScope.requested()
                && monitor.usable();
        return replica ? Target.REPLICA : Target.PRIMARY;
    }
}
