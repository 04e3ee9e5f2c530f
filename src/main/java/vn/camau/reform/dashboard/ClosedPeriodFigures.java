package vn.camau.reform.dashboard;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.repository.KeptUnderGeneration;
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

    private final KeptUnderGeneration<Key, Map<Long, Indicators>> kept;

    ClosedPeriodFigures(@Value("${app.indicators.closed-periods-kept:2000}") int capacity) {
        this.kept = new KeptUnderGeneration<>(capacity);
    }

    /** Over and past the day a late writer may still be writing: its figures can be kept. */
    static boolean isClosed(Period period, LocalDate today) {
        return period.to().isBefore(today.minusDays(1));
    }

    Optional<Map<Long, Indicators>> get(Key key) {
        return kept.get(key, key.generation());
    }

    void put(Key key, Map<Long, Indicators> figures) {
        kept.put(key, key.generation(), Map.copyOf(figures));
    }

    /** Requests answered from the store, and those that computed (for tests and the benchmark). */
    long hits() {
        return kept.hits();
    }

    long misses() {
        return kept.misses();
    }

    int size() {
        return kept.size();
    }
}
