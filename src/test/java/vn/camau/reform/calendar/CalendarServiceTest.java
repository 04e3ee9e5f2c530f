package vn.camau.reform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import vn.camau.reform.AppTest;
import vn.camau.reform.TestLogins;
import vn.camau.reform.base.BusinessRuleException;

/** Deadlines over the seeded calendar (db/migration/V3), as stored in MariaDB. */
@AppTest
class CalendarServiceTest {

    @Autowired
    CalendarService calendar;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Autowired
    org.jooq.DSLContext dsl;

    /** Issue 18: the seed named compensatory days in English ("(compensatory for Sunday 26 Apr)"). */
    @Test
    void everySeededDayIsNamedInVietnamese() {
        var names = dsl.select(vn.camau.reform.jooq.Tables.CALENDAR_DAY.NAME).from(vn.camau.reform.jooq.Tables.CALENDAR_DAY)
                .fetch(vn.camau.reform.jooq.Tables.CALENDAR_DAY.NAME);
        assertThat(names).isNotEmpty().noneMatch(n -> n.matches("(?i).*\\b(compensatory|swapped|make-up|adjacent|working|"
                + "day|sunday|saturday|verify|notice|for|and)\\b.*"));
        assertThat(names).contains("Giỗ Tổ Hùng Vương (nghỉ bù cho Chủ nhật 26/4)");
    }

    @Test
    void tet2025TakesAFullWeekOut() {
        // Tết Ất Tỵ: Mon 27/1 to Fri 31/1/2025 off
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 1, 24), 1)).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 2, 7))).isEqualTo(9);
    }

    @Test
    void tet2026TakesAFullWeekOut() {
        // Tết Bính Ngọ: Mon 16/2 to Fri 20/2/2026 off
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 12), 5)).isEqualTo(LocalDate.of(2026, 2, 26));
    }

    @Test
    void makeUpSaturdayCountsAndTheSwappedDayDoesNot() {
        // Saturday 26/4/2025 was worked in exchange for Friday 2/5/2025
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 25), 1)).isEqualTo(LocalDate.of(2025, 4, 26));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 4, 29), 1)).isEqualTo(LocalDate.of(2025, 5, 5));
        // Saturday 4/5/2024 likewise, for Monday 29/4/2024
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2024, 5, 4))).isTrue();
        assertThat(calendar.calendar().isWorkingDay(LocalDate.of(2024, 4, 29))).isFalse();
    }

    @Test
    void anAdministratorsEditChangesDeadlinesAtOnce() {
        TestLogins.loginAs(users, "admin");
        LocalDate day = LocalDate.of(2030, 3, 4); // a Monday, no holiday
        try {
            assertThat(calendar.addWorkingDays(LocalDate.of(2030, 3, 1), 1)).isEqualTo(day);
            calendar.save(new CalendarDay(day, DayKind.DAY_OFF, "Nghỉ đột xuất (test)", Confidence.HIGH));
            assertThat(calendar.addWorkingDays(LocalDate.of(2030, 3, 1), 1)).isEqualTo(day.plusDays(1));
        } finally {
            calendar.delete(day);
        }
        assertThat(calendar.addWorkingDays(LocalDate.of(2030, 3, 1), 1)).isEqualTo(day);
    }

    @Test
    void badEntriesAreRefusedAndNothingIsSaved() {
        TestLogins.loginAs(users, "admin");
        LocalDate monday = LocalDate.of(2030, 3, 4);
        assertThatThrownBy(() -> calendar.save(new CalendarDay(monday, DayKind.WORKING_SATURDAY, "x", Confidence.HIGH)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("calendar.error.notSaturday");
        assertThatThrownBy(() -> calendar.save(new CalendarDay(monday, DayKind.DAY_OFF, "  ", Confidence.HIGH)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("calendar.error.nameRequired");
        assertThat(calendar.findDays(2030)).isEmpty();
    }

    @Test
    void onlyAdministratorsMayEdit() {
        TestLogins.loginAs(users, "lanhdao.tinh");
        LocalDate monday = LocalDate.of(2030, 3, 4);
        assertThatThrownBy(() -> calendar.save(new CalendarDay(monday, DayKind.DAY_OFF, "x", Confidence.HIGH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> calendar.delete(LocalDate.of(2026, 1, 1))).isInstanceOf(AccessDeniedException.class);
    }
}
