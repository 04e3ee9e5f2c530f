package vn.camau.reform.hotline;


import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.hotline.HotlineStats.CategoryCount;
import vn.camau.reform.hotline.HotlineStats.CategoryFigures;
import vn.camau.reform.hotline.HotlineStats.MonthCategoryCount;
import vn.camau.reform.hotline.HotlineStats.MonthOnTime;
import vn.camau.reform.hotline.HotlineStats.UnitCount;
import vn.camau.reform.hotline.repository.HotlineStatsRepository;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Role;
import vn.camau.reform.security.UnitScope;

/**
 * The leaders' hotline charts (DOMAIN §7): reports by category, unit and month, the on-time answer
 * rate by month and the founded reports per unit, for a unit in the caller's scope. Counted like the
 * hotline reportUnits (under the unit a report concerns), so the charts and the overview agree.
 */
@Service
@PreAuthorize("@perm.may(authentication, 'READ_HOTLINE')")
@Transactional(readOnly = true)
public class HotlineStatsService {

    /** The monthly charts show a year of months ending with the period's last month. */
    public static final int TREND_MONTHS = 12;

    private final HotlineStatsRepository stats;
    private final ReportUnits reportUnits;
    private final Today today;
    private final CurrentUser currentUser;

    HotlineStatsService(HotlineStatsRepository stats, ReportUnits reportUnits, Today today, CurrentUser currentUser) {
        this.stats = stats;
        this.reportUnits = reportUnits;
        this.today = today;
        this.currentUser = currentUser;
    }

    /**
     * The charts' figures; {@code unitId} null for the caller's own unit. A unit outside the scope is
     * refused as unknown ({@code unit.unknown}), like everywhere else.
     */
    public HotlineStats stats(Long unitId, Period period) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = unitId == null ? reportUnits.homeUnit() : reportUnits.unit(unitId);
        if (focus.isFormer()) {
            // reports concern today's units only
            throw new BusinessRuleException("unit.unknown", focus.id());
        }
        String path = focus.reportPath();

        Map<HotlineCategory, Long> perCategory = new EnumMap<>(HotlineCategory.class);
        for (HotlineCategory c : HotlineCategory.values()) {
            perCategory.put(c, 0L);
        }
        stats.byCategory(scope, path, period.from(), period.to())
                .forEach(r -> perCategory.merge(r.category(), r.reports(), Long::sum));
        List<CategoryCount> byCategory = perCategory.entrySet().stream()
                .map(e -> new CategoryCount(e.getKey(), e.getValue())).toList();

        // what depends on time is taken at the period's end, as in the overview
        LocalDate today = this.today.date();
        List<UnitCount> byUnit = stats.byChildUnit(scope, focus.id(), path, period.from(), period.to(), today)
                .stream()
                .map(r -> r.unitId() == null ? new UnitCount(focus.id(), focus.name(), true, r.reports(), r.founded())
                        : new UnitCount(r.unitId(), r.unitName(), false, r.reports(), r.founded()))
                .sorted(Comparator.comparingLong((UnitCount u) -> -u.reports()).thenComparing(UnitCount::unitName))
                .toList();

        YearMonth last = YearMonth.from(period.to());
        YearMonth first = last.minusMonths(TREND_MONTHS - 1L);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            months.add(m);
        }
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        List<MonthCategoryCount> byMonth = stats.byMonthAndCategory(scope, path, from, to).stream()
                .map(r -> new MonthCategoryCount(YearMonth.of(r.year(), r.month()), r.category(),
                        r.reports()))
                .toList();
        Map<YearMonth, MonthOnTime> onTime = new java.util.HashMap<>();
        stats.onTimeByMonth(scope, path, from, to, period.to(), today)
                .forEach(r -> onTime.put(r.month(), new MonthOnTime(r.month(), r.due(), r.answeredOnTime())));
        List<MonthOnTime> onTimeByMonth = months.stream()
                .map(m -> onTime.getOrDefault(m, new MonthOnTime(m, 0, 0))).toList();
        return new HotlineStats(focus, period, byCategory, byUnit, List.copyOf(months), byMonth, onTimeByMonth);
    }

    /**
     * Per category (every category, zeros included, in the categories' order): reports received in the
     * period and answer rounds overdue at its end, under a unit in the caller's scope; they add up to the
     * overview's received and overdue hotline figures for the unit.
     */
    public List<CategoryFigures> receivedAndOverdueByCategory(long unitId, Period period) {
        return receivedAndOverdueByCategory(unitId, period, null);
    }

    /**
     * As {@link #receivedAndOverdueByCategory(long, Period)} for a stored document about the unit, read
     * by every user holding one of {@code readerRoles} whose scope holds it: without the reports about any
     * of them not concluded founded (HotlineConditions.withheldFromReadersOf).
     */
    public List<CategoryFigures> receivedAndOverdueByCategoryForReaders(long unitId, Period period,
                                                                        Collection<Role> readerRoles) {
        return receivedAndOverdueByCategory(unitId, period, readerRoles);
    }

    private List<CategoryFigures> receivedAndOverdueByCategory(long unitId, Period period,
                                                               Collection<Role> readerRoles) {
        UnitScope scope = currentUser.scope();
        ReportUnit focus = reportUnits.unit(unitId);
        if (focus.isFormer()) {
            throw new BusinessRuleException("unit.unknown", focus.id());
        }
        Map<HotlineCategory, long[]> perCategory = new EnumMap<>(HotlineCategory.class);
        for (HotlineCategory c : HotlineCategory.values()) {
            perCategory.put(c, new long[2]);
        }
        LocalDate now = today.date();
        (readerRoles == null
                ? stats.receivedAndOverdueByCategory(scope, focus.reportPath(), period.from(), period.to(), now)
                : stats.receivedAndOverdueByCategoryForReadersOf(focus.reportPath(), readerRoles, scope,
                        focus.reportPath(), period.from(), period.to(), now))
                .forEach(r -> {
                    long[] n = perCategory.get(r.category());
                    n[0] += r.received();
                    n[1] += r.overdue();
                });
        return perCategory.entrySet().stream()
                .map(e -> new CategoryFigures(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** A category the code no longer knows (a row from a later version) counts as out of scope, not lost. */
}
