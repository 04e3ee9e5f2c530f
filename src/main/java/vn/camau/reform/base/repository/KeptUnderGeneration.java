package vn.camau.reform.base.repository;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Figures computed from days that are over, kept on this node under the {@link ClosedFigures.Generation}
 * read before them. A writer that changes such a day raises the generation in its own transaction, so a
 * request that reads a newer one empties the whole store, on every node; a value read under a generation
 * already replaced is not kept. Bounded: the least recently read entry goes first.
 *
 * <p>The caller reads the generation first and computes afterwards, so what it keeps is at least as new
 * as the generation says.
 */
public final class KeptUnderGeneration<K, V> {

    private final int capacity;
    private final Map<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private ClosedFigures.Generation newest = new ClosedFigures.Generation(Long.MIN_VALUE, Long.MIN_VALUE);
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    public KeptUnderGeneration(int capacity) {
        this.capacity = capacity;
    }

    /** The value kept under {@code key} for generation {@code g}; empty when it must be computed. */
    public synchronized Optional<V> get(K key, ClosedFigures.Generation g) {
        forgetOlderThan(g);
        V found = g.equals(newest) ? entries.get(key) : null;
        (found == null ? misses : hits).incrementAndGet();
        return Optional.ofNullable(found);
    }

    /** Keeps {@code value}, computed after reading generation {@code g}, unless a newer one is known. */
    public synchronized void put(K key, ClosedFigures.Generation g, V value) {
        forgetOlderThan(g);
        if (!g.equals(newest)) {
            return; // read under a generation already replaced: a later request computes it again
        }
        entries.put(key, value);
        if (entries.size() > capacity) {
            entries.remove(entries.keySet().iterator().next());
        }
    }

    private void forgetOlderThan(ClosedFigures.Generation g) {
        if (g.figures() > newest.figures() || g.calendar() > newest.calendar()) {
            entries.clear();
            newest = new ClosedFigures.Generation(Math.max(g.figures(), newest.figures()),
                    Math.max(g.calendar(), newest.calendar()));
        }
    }

    /** Requests answered from the store, and those that computed (for tests and the benchmark). */
    public long hits() {
        return hits.get();
    }

    public long misses() {
        return misses.get();
    }

    public synchronized int size() {
        return entries.size();
    }
}
