package vn.camau.reform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The arithmetic itself, on a calendar the test defines (the seeded one is tested in CalendarServiceTest). */
class WorkingCalendarTest {

    private final WorkingCalendar calendar = new WorkingCalendar(List.of(
            new CalendarDay(LocalDate.of(2025, 4, 30), DayKind.DAY_OFF, "30/4", Confidence.HIGH),
            new CalendarDay(LocalDate.of(2025, 5, 1), DayKind.DAY_OFF, "1/5", Confidence.HIGH),
            new CalendarDay(LocalDate.of(2025, 5, 2), DayKind.DAY_OFF, "swapped", Confidence.MEDIUM),
            new CalendarDay(LocalDate.of(2025, 4, 26), DayKind.WORKING_SATURDAY, "make-up", Confidence.MEDIUM)));

    @Test
    void weekendsAreOffUnlessAMakeUpSaturday() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 19))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 20))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 28))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
    }

    @Test
    void addingSkipsDaysOffAndCountsTheMakeUpSaturday() {
        // Fri 25/4 + 1 = the make-up Saturday 26/4
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        // Tue 29/4 + 1 jumps 30/4, 1/5, 2/5 and the weekend to Mon 5/5
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 5, 5), -1)).isEqualTo(LocalDate.of(2025, 4, 29));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 5, 3), 0)).isEqualTo(LocalDate.of(2025, 5, 3));
    }

    @Test
    void countingBackFromADayOffGivesThatManyWorkingDaysBeforeIt() {
        // Sat 3/5, after the 30/4–2/5 holidays: three working days have passed since Fri 25/4
        // (the make-up Sat 26/4, Mon 28/4, Tue 29/4), counted in (result, day]
        LocalDate saturday = LocalDate.of(2025, 5, 3);
        for (int n = 0; n <= 12; n++) {
            assertThat(calendar.workingDaysBetween(calendar.workingDaysBefore(saturday, n), saturday)).isEqualTo(n);
            LocalDate monday = LocalDate.of(2025, 5, 5);
            assertThat(calendar.workingDaysBefore(monday, n)).isEqualTo(calendar.addWorkingDays(monday, -n));
        }
        assertThat(calendar.workingDaysBefore(saturday, 3)).isEqualTo(LocalDate.of(2025, 4, 25));
    }

    @Test
    void countingIsTheInverseOfAdding() {
        LocalDate start = LocalDate.of(2025, 4, 25);
        for (int n = -15; n <= 15; n++) {
            LocalDate end = calendar.addWorkingDays(start, n);
            assertThat(calendar.workingDaysBetween(start, end)).as("n=%d", n).isEqualTo(n);
        }
        // from a day off, counting forward still inverts adding
        LocalDate sunday = LocalDate.of(2025, 4, 27);
        for (int n = 0; n <= 15; n++) {
            assertThat(calendar.workingDaysBetween(sunday, calendar.addWorkingDays(sunday, n))).isEqualTo(n);
        }
        // (25/4, 5/5]: Sat 26/4 (make-up), Mon 28/4, Tue 29/4, Mon 5/5
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 4, 25), LocalDate.of(2025, 5, 5))).isEqualTo(4);
    }
}
