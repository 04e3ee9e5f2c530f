package vn.camau.reform.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** The memo saves re-reads only where they cannot differ: inside one read-only transaction. */
class ReadOnlyTransactionMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    private Integer read() {
        return reads.incrementAndGet();
    }

    @AfterEach
    void endTransaction() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            complete();
        }
    }

    private static void begin(boolean readOnly) {
        TransactionSynchronizationManager.initSynchronization();
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(readOnly);
    }

    /** What the transaction manager does at commit or rollback. */
    private static void complete() {
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_COMMITTED));
        TransactionSynchronizationManager.clearSynchronization();
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
    }

    @Test
    void aReadOnlyTransactionReadsEachKeyOnce() {
        begin(true);
        assertThat(ReadOnlyTransactionMemo.get("a", this::read)).isEqualTo(1);
        assertThat(ReadOnlyTransactionMemo.get("a", this::read)).isEqualTo(1);
        assertThat(ReadOnlyTransactionMemo.get("b", this::read)).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theNextTransactionReadsAgain() {
        begin(true);
        ReadOnlyTransactionMemo.get("a", this::read);
        complete();
        assertThat(TransactionSynchronizationManager.getResource(ReadOnlyTransactionMemo.class)).isNull();
        begin(true);
        assertThat(ReadOnlyTransactionMemo.get("a", this::read)).isEqualTo(2);
    }

    @Test
    void aReadWriteTransactionOrNoneReadsEveryTime() {
        ReadOnlyTransactionMemo.get("a", this::read);
        ReadOnlyTransactionMemo.get("a", this::read);
        begin(false);
        ReadOnlyTransactionMemo.get("a", this::read);
        ReadOnlyTransactionMemo.get("a", this::read);
        assertThat(reads).hasValue(4);
    }
}
