package vn.camau.reform.dashboard.index766;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dossier.StatTotals;

/**
 * "Points lost per procedure" compares a procedure's real counters with the same counters as if every
 * dossier had met every sub-indicator: a measure left out of {@link Index766Board#perfect} would lose no
 * points, whatever its dossiers did (as the three national-portal facts of V32 did at first).
 */
class PerfectTotalsTest {

    /** Not read from the dossier counters (the hotline), or not able to reach 100% (÷ received). */
    private static final Set<Measure> NOT_FROM_COUNTERS = EnumSet.of(Measure.HOTLINE_ON_TIME,
            Measure.HOTLINE_SATISFIED, Measure.RESOLVED_ON_TIME_OF_RECEIVED);

    @Test
    void everyCounterMeasureReachesItsDenominatorWhenPerfect() {
        long[] v = new long[StatCounter.values().length];
        for (StatCounter c : StatCounter.values()) {
            v[c.ordinal()] = 7; // some of every kind of dossier, none meeting anything below
        }
        v[StatCounter.RECEIVED.ordinal()] = 100;
        v[StatCounter.RESOLVED.ordinal()] = 80;
        v[StatCounter.WITH_FEE.ordinal()] = 30;
        v[StatCounter.RATED.ordinal()] = 20;
        v[StatCounter.ONLINE_ELIGIBLE.ordinal()] = 40;
        Indicators perfect = new Indicators(Index766Board.perfect(new StatTotals(v)), 0, 0, 0, 0, 0,
                LocalDate.of(2025, 12, 31), null, null);
        for (Measure m : Measure.values()) {
            if (!m.computable() || NOT_FROM_COUNTERS.contains(m)) {
                continue;
            }
            Ratio r = m.ratio(perfect);
            assertThat(r.numerator()).as(m.name()).isEqualTo(r.denominator()).isPositive();
        }
    }
}
