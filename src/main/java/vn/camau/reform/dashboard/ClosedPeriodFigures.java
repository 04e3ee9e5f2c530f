package vn.camau.reform.dashboard;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.dossier.DossierSettings;

/**
 * The figures of periods that are over, per stat unit, computed once and kept on this node (README
 * "Benchmark: indicators"). A closed period is judged at the end of its last day, so its figures stay as
 * they were unless data about it arrives late: a back-dated dossier or event, an import, the demo load, a
 * hotline report logged after the day it came in; those raise the generation in {@code change_version}
 * ({@link ClosedFigures}) in their own transaction, and the working-day calendar's own counter and the
 * timing settings are part of the key too. A request reads the generation first, then its figures, so
 * what it keeps is at least as new as the key says; a newer generation seen on any request empties the
 * whole store.
 *
 * <p>A period counts as closed here once its last day ended more than a day ago (see {@link #isClosed}): a
 * writer raises the generation for rows dated before its own today, so a transaction still open across
 * midnight, writing rows for the day that has just ended, cannot leave a stale copy behind.
 */
@Component
class ClosedPeriodFigures {

    /**
     * @param statUnits the stat units summed (null: every unit), in the order the request listed them
     */
    record Key(List<Long> statUnits, LocalDate from, LocalDate to, DossierSettings settings,
               ClosedFigures.Generation generation) {
    }

    private final int capacity;
    private final Map<Key, Map<Long, Indicators>> entries;
    private ClosedFigures.Generation newest = new ClosedFigures.Generation(Long.MIN_VALUE, Long.MIN_VALUE);
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();

    ClosedPeriodFigures(@Value("${app.indicators.closed-periods-kept:2000}") int capacity) {
        this.capacity = capacity;
        // least recently read first, so the store keeps what the screens ask for
        this.entries = new LinkedHashMap<>(64, 0.75f, true);
    }

    /** Over and past the day a late writer may still be writing: its figures can be kept. */
    static boolean isClosed(Period period, LocalDate today) {
        return period.to().isBefore(today.minusDays(1));
    }

    synchronized Optional<Map<Long, Indicators>> get(Key key) {
        forgetOlderThan(key.generation());
        Map<Long, Indicators> found = entries.get(key);
        (found == null ? misses : hits).incrementAndGet();
        return Optional.ofNullable(found);
    }

    synchronized void put(Key key, Map<Long, Indicators> figures) {
        forgetOlderThan(key.generation());
        if (!key.generation().equals(newest)) {
            return; // read under a generation already replaced: a later request computes them again
        }
        entries.put(key, Map.copyOf(figures));
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
    long hits() {
        return hits.get();
    }

    long misses() {
        return misses.get();
    }

    synchronized int size() {
        return entries.size();
    }
}
