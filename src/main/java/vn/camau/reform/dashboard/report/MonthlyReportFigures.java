package vn.camau.reform.dashboard.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.Ratio;
import vn.camau.reform.dashboard.IndicatorKind;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.index766.IndexBoard;
import vn.camau.reform.dossier.LateStepCount;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.hotline.HotlineCategory;

/**
 * Everything a monthly report says, gathered once (MonthlyReportReader) and then written twice, as PDF
 * and as DOCX, so that both documents carry the same figures.
 *
 * @param unit       the unit reported on
 * @param period     the month or quarter
 * @param asOf       the day the figures stand at: the period's last day, or the day of writing while it runs
 * @param dossiers   received, resolved and late, in both conventions, with the previous period's
 * @param lowest     the units below with the lowest on-time rates, lowest first, and the steps at fault
 * @param apologies  apologies owed, issued and missing for the dossiers that became late
 * @param hotline    hotline reports by category, received and overdue
 * @param index      the 766 score and the previous period's; null when no rule set applies
 * @param evaluations the evaluation rounds still open under the unit
 * @param trend      the last twelve months' resolved dossiers, for the chart
 */
public record MonthlyReportFigures(Unit unit, Period period, LocalDate asOf, Dossiers dossiers,
                                   List<LowUnit> lowest, Apologies apologies, Hotline hotline, Index index,
                                   List<EvaluationRound> evaluations, List<Month> trend) {

    public MonthlyReportFigures {
        lowest = List.copyOf(lowest);
        evaluations = List.copyOf(evaluations);
        trend = List.copyOf(trend);
    }

    /** @param parentName the unit above (an agency's header names the province's People's Committee) */
    public record Unit(long id, String code, String name, UnitLevel level, String parentName) {
    }

    /** One period's dossier figures. */
    public record Dossiers(long received, long carriedOver, long resolved, long early, long onTime, long late,
                           long openAtEnd, long overdue, Ratio onTimeRate, Ratio onTimeStrict,
                           Ratio previousOnTimeRate, Ratio previousOnTimeStrict) {

        static Dossiers of(Indicators now, Indicators before) {
            return new Dossiers(now.get(StatCounter.RECEIVED), now.carriedOver(), now.get(StatCounter.RESOLVED),
                    now.get(StatCounter.RESOLVED_EARLY), now.get(StatCounter.RESOLVED_ON_TIME),
                    now.get(StatCounter.RESOLVED_LATE), now.openAtEnd(), now.openOverdue(),
                    now.ratio(IndicatorKind.ON_TIME), now.ratio(IndicatorKind.ON_TIME_STRICT),
                    before.ratio(IndicatorKind.ON_TIME), before.ratio(IndicatorKind.ON_TIME_STRICT));
        }
    }

    /** A unit below with a low on-time rate, and the steps that own its late dossiers. */
    public record LowUnit(long unitId, String name, long resolved, long late, Ratio onTimeRate,
                          List<LateStepCount> steps) {

        public LowUnit {
            steps = List.copyOf(steps);
        }
    }

    /** @param owed dossiers that became late in the period, each owing an apology */
    public record Apologies(long owed, long issuedInTime, long issuedLate, long missing, long secondMiss) {

        public long issued() {
            return issuedInTime + issuedLate;
        }
    }

    public record Hotline(long received, long due, long answeredOnTime, long overdue, long founded,
                          List<CategoryCount> byCategory) {

        public Hotline {
            byCategory = List.copyOf(byCategory);
        }
    }

    /**
     * @param reports received in the period
     * @param overdue answer rounds begun in the period and overdue at its end (a reopened report counts
     *                here without being received in the period), as the total {@link Hotline#overdue()}
     */
    public record CategoryCount(HotlineCategory category, long reports, long overdue) {
    }

    /**
     * @param previous    the previous period's total, null when it has no rule set
     * @param previousMax the maximum that could be scored the period before, null with {@code previous}
     */
    public record Index(BigDecimal total, BigDecimal max, BigDecimal previous, BigDecimal previousMax,
                        List<IndexGroup> groups) {

        public Index {
            groups = List.copyOf(groups);
        }

        /**
         * The share of the scorable maximum attained now minus then, in percentage points, as the 766 view
         * and the API give it (IndexBoard.shareChange); null without a previous period or a score in either.
         */
        public BigDecimal change() {
            return previous == null ? null : IndexBoard.shareChange(total, max, previous, previousMax);
        }

        public boolean maxChanged() {
            return change() != null && max.compareTo(previousMax) != 0;
        }
    }

    public record IndexGroup(String code, BigDecimal score, BigDecimal max) {
    }

    /** An open rating round: how many ratings, and how many are approved. */
    public record EvaluationRound(String unitName, String periodLabel, int ratings, int awaitingSelf,
                                  int inProgress, int approved) {
    }

    public record Month(YearMonth month, long early, long onTime, long late) {
    }
}
