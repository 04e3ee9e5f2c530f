package vn.camau.reform.dashboard;

import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.camau.reform.base.InFlight;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.repository.KeptUnderGeneration;

/**
 * The figures of a period still running (and the trend and fields beside them), kept on this node under the
 * running figures' version ({@link ClosedFigures#running()}): every transaction that writes a table they read
 * raises it as it commits ({@code FigureWrites}), so a request that reads a newer one on any node empties the
 * store and computes again. Between two writes, fifty leaders opening the province overview read it once.
 * Every key holds today's date as well, so nothing kept crosses midnight, when open dossiers fall due
 * without any write.
 *
 * <p>A request reads the version first and computes afterwards, so what it keeps is at least as new as the
 * version says. Computations asked for together under one version are done once ({@link InFlight}); one
 * under another version is not shared, so a request that has seen a write never takes figures from before it.
 * Values must not be changed after they are kept.
 *
 * <p>Only a read-only transaction keeps or takes anything: one that writes may read its own rows before they
 * are committed, or rolled back, while the version it read is still the old one.
 */
@Component
class RunningPeriodFigures {

    private record Shared(Object key, ClosedFigures.Generation version) {
    }

    private final KeptUnderGeneration<Object, Object> kept;
    private final InFlight<Shared, Object> inFlight = new InFlight<>();

    RunningPeriodFigures(@Value("${app.indicators.running-figures-kept:500}") int capacity) {
        this.kept = new KeptUnderGeneration<>(capacity);
    }

    /** The value kept under {@code key} for {@code version}, or computed (once for concurrent callers) and kept. */
    @SuppressWarnings("unchecked")
    <V> V get(Object key, ClosedFigures.Generation version, Supplier<V> compute) {
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

    /** Requests answered from the store, and those that computed (for tests and the benchmark). */
    long hits() {
        return kept.hits();
    }

    long misses() {
        return kept.misses();
    }
}
