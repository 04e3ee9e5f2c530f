package vn.camau.reform.hotline;

import java.time.YearMonth;
import java.util.List;

import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.adminunit.ReportUnit;

/**
 * What the leaders' hotline charts show for a unit and period: counts only, by construction (no
 * record here can hold a reporter). Reports count under the unit they concern, as in the indicators.
 *
 * @param byCategory reports received in the period, per category (every category, zeros included)
 * @param byUnit     reports received in the period per unit directly below the focus (or the focus
 *                   itself, for reports about it), with the founded ones; most reports first
 * @param months     the months of the trend, oldest first
 * @param byMonth    reports received per month of {@code months} and category
 * @param onTime     the on-time answer rate per month of {@code months}, by the month the answer was due
 */
public record HotlineStats(ReportUnit focus, Period period, List<CategoryCount> byCategory, List<UnitCount> byUnit,
                           List<YearMonth> months, List<MonthCategoryCount> byMonth, List<MonthOnTime> onTime) {

    public record CategoryCount(HotlineCategory category, long reports) {
    }

    /**
     * A category's reports received in a period and its answer rounds overdue at the period's end (a
     * report reopened in the period may be overdue without being received in it), as the overview
     * counts them.
     */
    public record CategoryFigures(HotlineCategory category, long received, long overdue) {
    }

    /** @param self the focus unit's own reports, not a unit below it */
    public record UnitCount(long unitId, String unitName, boolean self, long reports, long founded) {
    }

    public record MonthCategoryCount(YearMonth month, HotlineCategory category, long reports) {
    }

    /** Reports due in the month (past due, or answered) and how many were answered by their due date. */
    public record MonthOnTime(YearMonth month, long due, long answeredOnTime) {

        public Ratio ratio() {
            return new Ratio(answeredOnTime, due);
        }
    }

    public long received() {
        return byCategory.stream().mapToLong(CategoryCount::reports).sum();
    }

    /** Reports of a month and category (zero when none). */
    public long reports(YearMonth month, HotlineCategory category) {
        return byMonth.stream().filter(m -> m.month().equals(month) && m.category() == category)
                .mapToLong(MonthCategoryCount::reports).sum();
    }
}
