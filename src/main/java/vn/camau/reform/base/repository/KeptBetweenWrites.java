package vn.camau.reform.base.repository;

import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.camau.reform.base.InFlight;

/**
 * Values read from tables that today's work writes (open dossiers, their scores, the hotline), kept on this
 * node under the running figures' version ({@link ClosedFigures#running()}): every transaction that writes
 * such a table raises it as it commits ({@code FigureWrites}), so a request that reads a newer one on any
 * node empties the store and computes again. Between two writes, fifty leaders opening the same page read
 * the database once. Every key must hold today's date, so nothing kept crosses midnight, when open
 * dossiers fall due without any write.
 *
 * <p>A request reads the version first and computes afterwards, so what it keeps is at least as new as the
 * version says. Computations asked for together under one version are done once ({@link InFlight}); one
 * under another version is not shared, so a request that has seen a write never takes a value from before
 * it. Values must not be changed after they are kept.
 *
 * <p>Only a read-only transaction keeps or takes anything: one that writes may read its own rows before they
 * are committed, or rolled back, while the version it read is still the old one.
 */
public class KeptBetweenWrites {

    private record Shared(Object key, ClosedFigures.Generation version) {
    }

    private final KeptUnderGeneration<Object, Object> kept;
    private final InFlight<Shared, Object> inFlight = new InFlight<>();

    public KeptBetweenWrites(int capacity) {
        this.kept = new KeptUnderGeneration<>(capacity);
    }

    /** The value kept under {@code key} for {@code version}, or computed (once for concurrent callers) and kept. */
    @SuppressWarnings("unchecked")
    public <V> V get(Object key, ClosedFigures.Generation version, Supplier<V> compute) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        var found = kept.get(key, version);
        if (found.isPresent()) {
            return (V) found.get();
        }
        Object value = inFlight.get(new Shared(key, version), compute::get);
        kept.put(key, version, value);
        return (V) value;
    }

    /**
     * The same, the version read only when it is needed: in a read-only transaction (the caller's reads
     * then share the transaction's one read of the counters); any other transaction computes at once.
     */
    public <V> V get(Object key, Supplier<ClosedFigures.Generation> version, Supplier<V> compute) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return compute.get();
        }
        return get(key, version.get(), compute);
    }

    /** Requests answered from the store, and those that computed (for tests and the benchmark). */
    public long hits() {
        return kept.hits();
    }

    public long misses() {
        return kept.misses();
    }
}
