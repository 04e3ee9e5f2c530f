package vn.camau.reform.dossier;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.base.repository.KeptUnderGeneration;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.dossier.query.StatQuery.OpenMoment;
import vn.camau.reform.dossier.query.StatQuery.OpenState;
import vn.camau.reform.dossier.query.StatQuery.StatUnits;

/**
 * The summary counters' sums for a period that is still running, read in two parts: the days that are
 * over, kept on this node, and the few days since, read on every request. For the open state, which
 * sums every row since the reports began, and the per-procedure and per-officer month rows; a period's
 * own per-unit sums read its year or month rows, one per unit, and gain nothing from it. Sums over disjoint sets of rows
 * add up, and the counters at day, month and year grain hold the same totals, so the two parts give what
 * one read over every row gives (RunningCounterSumsTest compares them day by day).
 *
 * <p>The kept part ends two days before today ({@link #cut}): a row of a day that is over changes only
 * through a writer that raises the closed figures' generation ({@link ClosedFigures#changedOn}), and a
 * writer's transaction still open across midnight writes rows of the day that has just ended, which is
 * why yesterday stays in the part read each time, as for closed periods. The kept part is read under the
 * generation read first, and forgotten, on every node, as soon as a newer one is seen.
 */
@Component
class RunningCounterSums {

    private final StatQuery stats;
    private final ClosedFigures closedFigures;
    private final KeptUnderGeneration<Key, Map<Long, ?>> kept;

    /** What a kept part depends on besides the generation: which sums, over which units, until the cut. */
    private record Key(String sums, List<Long> statUnits, Object from, Object to) {
    }

    RunningCounterSums(StatQuery stats, ClosedFigures closedFigures,
                       @Value("${app.indicators.running-parts-kept:2000}") int capacity) {
        this.stats = stats;
        this.closedFigures = closedFigures;
        this.kept = new KeptUnderGeneration<>(capacity);
    }

    /** The first day read on every request: days before it are over and past a late writer's midnight. */
    static LocalDate cut(LocalDate today) {
        return today.minusDays(1);
    }

    /** The last whole month before the cut: the per-procedure and per-officer rows are month rows only. */
    static YearMonth lastKeptMonth(LocalDate today) {
        return YearMonth.from(cut(today)).minusMonths(1);
    }

    /** The open state at {@code at}, a moment on or after yesterday (a running period's). */
    Map<Long, OpenState> openState(StatUnits units, LocalDate from, OpenMoment at, LocalDate today) {
        LocalDate cut = cut(today);
        LocalDate keptFrom = from.isBefore(cut) ? from : cut;
        // the state at the end of the day before the cut: every row before it, nothing due in a window
        Map<Long, OpenState> before = keep(new Key("open", units.ids(), keptFrom, cut), () ->
                stats.openState(units, keptFrom, new OpenMoment(cut.minusDays(1), cut, cut.minusDays(1))));
        return add(before, stats.openStateSince(units, cut, from, at), OpenState::plus);
    }

    /** Counters per procedure or officer over the whole months [from, to], the last not over on today. */
    Map<Long, StatTotals> sumBySlice(StatSlice slice, StatUnits units, YearMonth from, YearMonth to,
                                     LocalDate today) {
        YearMonth lastKept = lastKeptMonth(today);
        if (from.isAfter(lastKept)) {
            return stats.sumBySlice(slice, units, from, to);
        }
        Map<Long, StatTotals> before = keep(new Key(slice.name(), units.ids(), from, lastKept), () ->
                stats.sumBySlice(slice, units, from, lastKept));
        return add(before, stats.sumBySlice(slice, units, lastKept.plusMonths(1), to), StatTotals::plus);
    }

    @SuppressWarnings("unchecked")
    private <V> Map<Long, V> keep(Key key, Supplier<Map<Long, V>> compute) {
        // read before the sums it keys, so that they are at least as new as it says
        ClosedFigures.Generation generation = closedFigures.generation();
        var found = kept.get(key, generation);
        if (found.isPresent()) {
            return (Map<Long, V>) found.get();
        }
        Map<Long, V> sums = Map.copyOf(compute.get());
        kept.put(key, generation, sums);
        return sums;
    }

    private static <V> Map<Long, V> add(Map<Long, V> kept, Map<Long, V> since, BinaryOperator<V> plus) {
        Map<Long, V> sum = new HashMap<>(kept);
        since.forEach((unit, v) -> sum.merge(unit, v, plus));
        return sum;
    }

    /** Parts answered from memory, and those computed (for tests and the benchmark). */
    long hits() {
        return kept.hits();
    }

    long misses() {
        return kept.misses();
    }
}
