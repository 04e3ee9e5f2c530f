package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

/**
 * Counter deltas grouped by summary row, ready to be added to {@code dossier_stat} in one batch.
 * Every dossier adds to the per-unit slice at three grains (day, month, year) and to the per-procedure and
 * per-officer slices by month only: a day grain for those would hold about as many rows as there are
 * dossiers. A change is recorded as the old snapshot subtracted and the new one added.
 */
public final class StatBatch {

    /** One row of {@code dossier_stat}. */
    public record Key(StatSlice slice, StatGrain grain, LocalDate periodStart, long unitId, long procedureId,
                      long officerId) {

        /**
         * The table's primary-key order: rows written in it fill pages one after the other, and two
         * writers that share rows lock them in the same order, so they wait rather than deadlock.
         */
        public static final Comparator<Key> PRIMARY_KEY_ORDER = Comparator.comparing((Key k) -> k.slice().letter())
                .thenComparing(k -> k.grain().letter()).thenComparing(Key::periodStart).thenComparingLong(Key::unitId)
                .thenComparingLong(Key::procedureId).thenComparingLong(Key::officerId);
    }

    private static final StatCounter[] COUNTERS = StatCounter.values();

    private final Map<Key, long[]> rows = new HashMap<>();

    public void add(DossierFacts facts) {
        apply(facts, 1);
    }

    public void subtract(DossierFacts facts) {
        apply(facts, -1);
    }

    private void apply(DossierFacts f, int sign) {
        for (StatCounter c : COUNTERS) {
            c.contribute(f, (day, amount) -> {
                LocalDate month = day.withDayOfMonth(1);
                long delta = (long) sign * amount;
                bump(new Key(StatSlice.UNIT, StatGrain.DAY, day, f.unitId(), 0, 0), c, delta);
                bump(new Key(StatSlice.UNIT, StatGrain.MONTH, month, f.unitId(), 0, 0), c, delta);
                bump(new Key(StatSlice.UNIT, StatGrain.YEAR, day.withDayOfYear(1), f.unitId(), 0, 0), c, delta);
                bump(new Key(StatSlice.PROCEDURE, StatGrain.MONTH, month, f.unitId(), f.procedureId(), 0), c, delta);
                if (f.officerId() != 0) {
                    bump(new Key(StatSlice.OFFICER, StatGrain.MONTH, month, f.unitId(), 0, f.officerId()), c, delta);
                }
            });
        }
    }

    private void bump(Key key, StatCounter counter, long amount) {
        rows.computeIfAbsent(key, k -> new long[COUNTERS.length])[counter.ordinal()] += amount;
    }

    /** Rows whose deltas are not all zero (a change that moves nothing writes nothing). */
    public Map<Key, long[]> nonZeroRows() {
        Map<Key, long[]> result = new HashMap<>();
        rows.forEach((k, v) -> {
            for (long x : v) {
                if (x != 0) {
                    result.put(k, v);
                    return;
                }
            }
        });
        return result;
    }

    public boolean isEmpty() {
        return nonZeroRows().isEmpty();
    }

    public void clear() {
        rows.clear();
    }

    public int size() {
        return rows.size();
    }
}
