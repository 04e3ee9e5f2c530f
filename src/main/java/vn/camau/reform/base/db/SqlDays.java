package vn.camau.reform.base.db;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * Whole days in SQL, spelled once. Periods are chosen as days and stored moments are timestamps, so
 * "in [from, to]" means from the start of {@code from} to before the start of the day after {@code to}
 * (a half-open range the timestamp indexes answer), and "the day of" a moment is a cast to DATE (an
 * answer at 17:00 on the due date is on time). The features build their own named conditions
 * (received in a period, the day a dossier finished) on these.
 */
public final class SqlDays {

    private SqlDays() {
    }

    /** The moment fell on a day in [from, to]; a null bound leaves that side open. */
    public static Condition within(Field<LocalDateTime> at, LocalDate from, LocalDate to) {
        Condition c = DSL.noCondition();
        if (from != null) {
            c = c.and(at.ge(from.atStartOfDay()));
        }
        if (to != null) {
            c = c.and(at.lt(to.plusDays(1).atStartOfDay()));
        }
        return c;
    }

    /** The calendar day of a moment (NULL stays NULL). */
    public static Field<LocalDate> dayOf(Field<LocalDateTime> at) {
        return DSL.field("CAST({0} AS DATE)", LocalDate.class, at);
    }
}
