package vn.camau.reform.base.db;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values read once per read-only transaction: the freshness checks (the unit list's signature, the
 * settings, the calendar's and the closed figures' counters) that every service of one screen's request
 * would otherwise read again, a round trip each. InnoDB's consistent read gives the same answer to each
 * re-read inside one transaction anyway, so keeping the first answer changes nothing but the round trips.
 *
 * <p>Only in a transaction marked read-only from its start: a read-write one may change what it read
 * (a test's transaction, a writer that raises a counter and reads it back), so there every call reads.
 */
public final class ReadOnlyTransactionMemo {

    private ReadOnlyTransactionMemo() {
    }

    /** The value under {@code key} in this read-only transaction, read by {@code reader} the first time. */
    @SuppressWarnings("unchecked")
    public static <T> T get(Object key, Supplier<T> reader) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return reader.get();
        }
        Map<Object, Object> memo = (Map<Object, Object>) TransactionSynchronizationManager
                .getResource(ReadOnlyTransactionMemo.class);
        if (memo == null) {
            Map<Object, Object> fresh = new HashMap<>();
            TransactionSynchronizationManager.bindResource(ReadOnlyTransactionMemo.class, fresh);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ReadOnlyTransactionMemo.class);
                }
            });
            memo = fresh;
        }
        Object value = memo.get(key);
        if (value == null) {
            value = reader.get();
            memo.put(key, value);
        }
        return (T) value;
    }
}
