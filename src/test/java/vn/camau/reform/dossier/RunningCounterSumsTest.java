package vn.camau.reform.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.AppTest;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.repository.ClosedFigures;
import vn.camau.reform.dossier.query.StatQuery;
import vn.camau.reform.dossier.query.StatQuery.OpenMoment;
import vn.camau.reform.dossier.query.StatQuery.OpenState;
import vn.camau.reform.dossier.query.StatQuery.StatUnits;
import vn.camau.reform.security.UnitScope;

/**
 * A running period's open state and per-procedure and per-officer sums read in two parts, the days that
 * are over from memory and the last days from the rows, equal one read over every row: for the province and a commune, for periods of
 * every kind, on days at the edges where the kept part ends (the first and second of a month, of a
 * year, the day the units changed in July 2025). And what is kept goes as soon as a day that is over
 * changes.
 */
@AppTest
@Transactional // rolls back the counter row written below; RolledBackGenerations drops what was kept meanwhile
class RunningCounterSumsTest {

    private static final UnitScope PROVINCE = new UnitScope(1, "/1/");

    @Autowired
    RunningCounterSums running;
    @Autowired
    StatQuery stats;
    @Autowired
    DSLContext dsl;

    private List<StatUnits> unitSets() {
        return List.of(StatUnits.ALL, stats.statUnits(PROVINCE, "/1/100/", UnitStructure.CURRENT),
                stats.statUnits(PROVINCE, "/1/", UnitStructure.FORMER));
    }

    private static List<LocalDate> todays() {
        LocalDate now = LocalDate.now();
        return List.of(now, now.withDayOfMonth(1), now.withDayOfMonth(2), now.withDayOfMonth(3),
                now.withDayOfYear(1), now.withDayOfYear(2), LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2),
                LocalDate.of(2025, 3, 15));
    }

    private static List<Period> runningOn(LocalDate today) {
        return List.of(Period.year(today.getYear()), Period.month(YearMonth.from(today)),
                Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1),
                Period.custom(today.minusDays(40), today), Period.custom(today.minusDays(1), today.plusDays(3)),
                Period.custom(today, today));
    }

    @Test
    void theKeptDaysAndTheLastDaysAddUpToOneReadOverEveryRow() {
        int compared = 0;
        for (LocalDate today : todays()) {
            for (StatUnits units : unitSets()) {
                for (Period p : runningOn(today)) {
                    OpenMoment at = new OpenMoment(today, today, today.plusDays(4));
                    assertThat(running.openState(units, p.from(), at, today))
                            .as("open state of %s on %s", p, today)
                            .isEqualTo(stats.openState(units, p.from(), at));
                    if (p.isMonthAligned()) {
                        YearMonth from = YearMonth.from(p.from());
                        YearMonth to = YearMonth.from(p.to());
                        for (StatSlice slice : List.of(StatSlice.PROCEDURE, StatSlice.OFFICER)) {
                            assertThat(running.sumBySlice(slice, units, from, to, today))
                                    .as("%s sums of %s on %s", slice, p, today)
                                    .isEqualTo(stats.sumBySlice(slice, units, from, to));
                        }
                    }
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(todays().size() * 3 * 6);
        // the demo data has figures on these days: a comparison of empty maps would prove nothing
        assertThat(stats.sumByUnit(StatUnits.ALL, LocalDate.now().withDayOfYear(1), LocalDate.now())).isNotEmpty();
        assertThat(running.hits()).isPositive();
    }

    @Test
    void aDayThatIsOverChangingIsSeenAtOnce() {
        LocalDate today = LocalDate.now();
        LocalDate tenDaysAgo = today.minusDays(10);
        Period year = Period.custom(today.minusDays(60), today);
        OpenMoment now = new OpenMoment(today, today, today.plusDays(4));
        long receivedBefore = received(running.openState(StatUnits.ALL, year.from(), now, today));

        // a dossier received on a day that is over, counted behind the application's back in its day's,
        // month's and year's rows (the grains hold the same totals): the kept part still answers
        for (StatGrain grain : StatGrain.values()) {
            LocalDate start = switch (grain) {
                case DAY -> tenDaysAgo;
                case MONTH -> tenDaysAgo.withDayOfMonth(1);
                case YEAR -> tenDaysAgo.withDayOfYear(1);
            };
            dsl.insertInto(DOSSIER_STAT).set(DOSSIER_STAT.SLICE, StatSlice.UNIT).set(DOSSIER_STAT.GRAIN, grain)
                    .set(DOSSIER_STAT.PERIOD_START, start).set(DOSSIER_STAT.UNIT_ID, 100L)
                    .set(DOSSIER_STAT.RECEIVED, 7)
                    .onDuplicateKeyUpdate().set(DOSSIER_STAT.RECEIVED, DOSSIER_STAT.RECEIVED.plus(7)).execute();
        }
        assertThat(received(running.openState(StatUnits.ALL, year.from(), now, today)))
                .as("kept until the generation moves").isEqualTo(receivedBefore);

        // what every writer of a day that is over does (ClosedFigures.changedOn): the next read counts it
        ClosedFigures.raise(dsl);
        assertThat(received(running.openState(StatUnits.ALL, year.from(), now, today)))
                .isEqualTo(receivedBefore + 7)
                .isEqualTo(received(stats.openState(StatUnits.ALL, year.from(), now)));
    }

    /** Dossiers received up to today, over every unit. */
    private static long received(Map<Long, OpenState> open) {
        return new ArrayList<>(open.values()).stream().mapToLong(OpenState::receivedThroughAsOf).sum();
    }
}
