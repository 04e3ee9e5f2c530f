package vn.camau.reform.base.repository;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A small read kept on this node under the running figures' version ({@link ClosedFigures#running()}), for
 * rows of tables whose every write raises that version ({@link FigureWrites}: the settings, the hotline's
 * reports, the officers): between two writes a request reads the version, which it reads anyway, and not the
 * rows again. A request that reads a newer version reads the rows again; the version is read first, in the
 * same read-only transaction, so what is kept is at least as new as the version it is kept under.
 *
 * <p>Only in a transaction read-only from its start: one that writes may read its own rows before they are
 * committed, under the old version, so there every call reads.
 */
public final class KeptUnderRunningVersion<K, V> {

    private final ClosedFigures closedFigures;
    private final KeptUnderGeneration<K, V> kept;

    public KeptUnderRunningVersion(ClosedFigures closedFigures, int capacity) {
        this.closedFigures = closedFigures;
        this.kept = new KeptUnderGeneration<>(capacity);
    }

    /** The value under {@code key} as of the running version this transaction reads; {@code read} when not kept. */
    public V get(K key, Supplier<V> read) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return read.get();
        }
        ClosedFigures.Generation version = closedFigures.running();
        Optional<V> found = kept.get(key, version);
        if (found.isPresent()) {
            return found.get();
        }
        V value = read.get();
        kept.put(key, version, value);
        return value;
    }
}
