package vn.camau.reform.dashboard.report;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.MONTHLY_REPORT;
import static vn.camau.reform.jooq.Tables.SHEDLOCK;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.camau.reform.AppTest;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.calendar.CalendarDay;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.Confidence;
import vn.camau.reform.calendar.DayKind;
import vn.camau.reform.calendar.WorkingCalendar;

/**
 * The job writes the past month's reports on the month's first working day only (after a weekend and a
 * holiday), for the province and each unit with a leader, and after a quarter's end the quarter's too;
 * a second run that day writes nothing.
 */
@AppTest
class MonthlyReportJobTest {

    @Autowired
    MonthlyReportJob job;
    @Autowired
    CalendarService calendar;
    @Autowired
    DSLContext dsl;

    @BeforeEach
    @AfterEach
    void clean() {
        dsl.deleteFrom(MONTHLY_REPORT).execute();
        dsl.deleteFrom(SHEDLOCK).where(SHEDLOCK.NAME.eq(MonthlyReportJob.LOCK)).execute();
    }

    @Test
    void theFirstWorkingDayFollowsTheWeekendAndTheHoliday() {
        // 1 August 2026 is a Saturday; make Monday 3 August a day off as well
        WorkingCalendar cal = new WorkingCalendar(List.of(
                new CalendarDay(LocalDate.of(2026, 8, 3), DayKind.DAY_OFF, "Nghỉ bù", Confidence.HIGH)));
        assertThat(MonthlyReportJob.firstWorkingDay(cal, YearMonth.of(2026, 8))).isEqualTo(LocalDate.of(2026, 8, 4));
        assertThat(MonthlyReportJob.firstWorkingDay(new WorkingCalendar(List.of()), YearMonth.of(2026, 8)))
                .isEqualTo(LocalDate.of(2026, 8, 3));
        // a working Saturday counts: the month begins on it
        WorkingCalendar swapped = new WorkingCalendar(List.of(
                new CalendarDay(LocalDate.of(2026, 8, 1), DayKind.WORKING_SATURDAY, "Làm bù", Confidence.HIGH)));
        assertThat(MonthlyReportJob.firstWorkingDay(swapped, YearMonth.of(2026, 8))).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void onlyTheFirstWorkingDayWritesAndASecondRunThatDayWritesNothing() {
        YearMonth month = YearMonth.now();
        LocalDate first = MonthlyReportJob.firstWorkingDay(calendar.calendar(), month);
        LocalDate later = calendar.calendar().addWorkingDays(first, 1);

        assertThat(job.runFor(later)).isZero();
        assertThat(dsl.fetchCount(MONTHLY_REPORT)).isZero();

        assertThat(job.runOnce(first)).isTrue();
        // the demo's leaders sit in the province (96) and in Phường An Xuyên (32002)
        List<String> units = dsl.select(vn.camau.reform.jooq.Tables.ADMIN_UNIT.CODE).from(MONTHLY_REPORT)
                .join(vn.camau.reform.jooq.Tables.ADMIN_UNIT)
                .on(vn.camau.reform.jooq.Tables.ADMIN_UNIT.ID.eq(MONTHLY_REPORT.UNIT_ID))
                .where(MONTHLY_REPORT.PERIOD_KIND.eq(PeriodKind.MONTH))
                .fetch(vn.camau.reform.jooq.Tables.ADMIN_UNIT.CODE);
        assertThat(units).contains("96", "32002").doesNotHaveDuplicates();
        assertThat(dsl.fetchCount(MONTHLY_REPORT, MONTHLY_REPORT.PERIOD_START.eq(month.minusMonths(1).atDay(1))
                .and(MONTHLY_REPORT.GENERATED_BY_JOB.eq(MonthlyReportService.JOB))
                .and(MONTHLY_REPORT.GENERATED_BY.isNull()))).isEqualTo(units.size());
        // without SMTP nothing is mailed
        assertThat(dsl.fetchCount(MONTHLY_REPORT, MONTHLY_REPORT.MAILED_AT.isNotNull())).isZero();

        int written = dsl.fetchCount(MONTHLY_REPORT);
        assertThat(job.runOnce(first)).as("the lock is held after the run").isFalse();
        assertThat(job.runFor(first)).as("and even past the lock, what was written is not written again").isZero();
        assertThat(dsl.fetchCount(MONTHLY_REPORT)).isEqualTo(written);
    }

    @Test
    void aQuarterEndsWithTheMonthThatClosesIt() {
        assertThat(MonthlyReportJob.periodsEndedBefore(YearMonth.of(2027, 1)))
                .containsExactly(Period.month(YearMonth.of(2026, 12)), Period.quarter(2026, 4));
        assertThat(MonthlyReportJob.periodsEndedBefore(YearMonth.of(2026, 7)))
                .containsExactly(Period.month(YearMonth.of(2026, 6)), Period.quarter(2026, 2));
        assertThat(MonthlyReportJob.periodsEndedBefore(YearMonth.of(2026, 8)))
                .containsExactly(Period.month(YearMonth.of(2026, 7)));
    }

    @Test
    void theFirstWorkingDayAfterAQuarterAlsoWritesTheQuartersReportOnce() throws Exception {
        YearMonth month = YearMonth.now();
        while ((month.getMonthValue() - 1) % 3 != 0) {
            month = month.minusMonths(1);
        }
        YearMonth past = month.minusMonths(1);
        Period quarter = Period.quarter(past.getYear(), (past.getMonthValue() - 1) / 3 + 1);
        LocalDate first = MonthlyReportJob.firstWorkingDay(calendar.calendar(), month);

        // the lock is the monthly run's (the test above); ShedLock remembers a lock row it made, so one runOnce a class
        assertThat(job.runFor(first)).isPositive();
        var byJob = MONTHLY_REPORT.GENERATED_BY_JOB.eq(MonthlyReportService.JOB);
        int quarters = dsl.fetchCount(MONTHLY_REPORT, byJob.and(MONTHLY_REPORT.PERIOD_KIND.eq(PeriodKind.QUARTER))
                .and(MONTHLY_REPORT.PERIOD_START.eq(quarter.from())).and(MONTHLY_REPORT.PERIOD_END.eq(quarter.to())));
        int months = dsl.fetchCount(MONTHLY_REPORT, byJob.and(MONTHLY_REPORT.PERIOD_KIND.eq(PeriodKind.MONTH))
                .and(MONTHLY_REPORT.PERIOD_START.eq(past.atDay(1))));
        assertThat(quarters).as("one quarter's report per unit that gets a month's").isEqualTo(months)
                .isGreaterThanOrEqualTo(2);
        assertThat(dsl.fetchCount(MONTHLY_REPORT)).isEqualTo(quarters + months);

        byte[] pdf = dsl.select(MONTHLY_REPORT.PDF).from(MONTHLY_REPORT)
                .where(MONTHLY_REPORT.PERIOD_KIND.eq(PeriodKind.QUARTER)).limit(1).fetchSingle(MONTHLY_REPORT.PDF);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("quý " + List.of("I", "II", "III", "IV").get((quarter.from().getMonthValue() - 1) / 3)
                            + " năm " + quarter.from().getYear());
        }

        // idempotent: another run that day writes neither again
        assertThat(job.runFor(first)).isZero();
        assertThat(dsl.fetchCount(MONTHLY_REPORT)).isEqualTo(quarters + months);
    }
}
