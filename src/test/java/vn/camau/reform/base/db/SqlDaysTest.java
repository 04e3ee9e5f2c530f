package vn.camau.reform.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.Test;

/** Whole days as SQL: the half-open range and its open sides, the cast to a day. */
class SqlDaysTest {

    private static final DSLContext SQL = DSL.using(SQLDialect.MARIADB);
    private static final Field<LocalDateTime> AT = DSL.field(DSL.name("at"), SQLDataType.LOCALDATETIME);

    private static String render(Object part) {
        return SQL.renderInlined((org.jooq.QueryPart) part).toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void aPeriodRunsFromItsFirstMidnightToBeforeTheMidnightAfterItsLastDay() {
        assertThat(render(SqlDays.within(AT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31))))
                .contains("`at` >= timestamp '2026-01-01 00:00:00")
                .contains("`at` < timestamp '2026-02-01 00:00:00")
                .doesNotContain("<=");
    }

    @Test
    void aMissingBoundLeavesThatSideOpen() {
        assertThat(render(SqlDays.within(AT, LocalDate.of(2026, 1, 1), null)))
                .contains(">= timestamp '2026-01-01").doesNotContain("<");
        assertThat(render(SqlDays.within(AT, null, LocalDate.of(2026, 1, 31))))
                .contains("< timestamp '2026-02-01").doesNotContain(">");
        assertThat(render(SqlDays.within(AT, null, null))).doesNotContain("`at`");
    }

    @Test
    void theDayOfAMomentIsItsDate() {
        assertThat(render(SqlDays.dayOf(AT))).isEqualTo("cast(`at` as date)");
    }
}
