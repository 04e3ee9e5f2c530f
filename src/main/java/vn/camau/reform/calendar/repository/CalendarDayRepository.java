package vn.camau.reform.calendar.repository;

import static vn.camau.reform.jooq.Tables.CALENDAR_DAY;
import static vn.camau.reform.jooq.Tables.CHANGE_VERSION;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import vn.camau.reform.calendar.CalendarDay;

@Repository
public class CalendarDayRepository {

    private final DSLContext dsl;

    CalendarDayRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The whole table: a few dozen rows a year, read once into a WorkingCalendar snapshot. */
    public List<CalendarDay> findAll() {
        return dsl.select(CALENDAR_DAY.DAY, CALENDAR_DAY.KIND, CALENDAR_DAY.NAME, CALENDAR_DAY.CONFIDENCE)
                .from(CALENDAR_DAY)
                .orderBy(CALENDAR_DAY.DAY)
                .fetch(r -> new CalendarDay(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /**
     * The table's change counter, raised with every write below (in the writer's transaction): a copy
     * held in memory is current while this has not moved, whichever node wrote.
     */
    public long version() {
        return dsl.select(CHANGE_VERSION.VERSION).from(CHANGE_VERSION)
                .where(CHANGE_VERSION.NAME.eq(CALENDAR_DAY.getName()))
                .fetchOptional(r -> r.value1()).orElse(0L);
    }

    private void changed() {
        dsl.insertInto(CHANGE_VERSION).set(CHANGE_VERSION.NAME, CALENDAR_DAY.getName()).set(CHANGE_VERSION.VERSION, 1L)
                .onDuplicateKeyUpdate().set(CHANGE_VERSION.VERSION, CHANGE_VERSION.VERSION.plus(1))
                .execute();
    }

    /** Inserts or replaces the entry for that day. */
    public void upsert(CalendarDay day, String username) {
        dsl.insertInto(CALENDAR_DAY)
                .set(CALENDAR_DAY.DAY, day.day())
                .set(CALENDAR_DAY.KIND, day.kind())
                .set(CALENDAR_DAY.NAME, day.name())
                .set(CALENDAR_DAY.CONFIDENCE, day.confidence())
                .set(CALENDAR_DAY.UPDATED_BY, username)
                .set(CALENDAR_DAY.UPDATED_AT, LocalDateTime.now())
                .onDuplicateKeyUpdate()
                .set(CALENDAR_DAY.KIND, day.kind())
                .set(CALENDAR_DAY.NAME, day.name())
                .set(CALENDAR_DAY.CONFIDENCE, day.confidence())
                .set(CALENDAR_DAY.UPDATED_BY, username)
                .set(CALENDAR_DAY.UPDATED_AT, LocalDateTime.now())
                .execute();
        changed();
    }

    public boolean delete(LocalDate day) {
        boolean deleted = dsl.deleteFrom(CALENDAR_DAY).where(CALENDAR_DAY.DAY.eq(day)).execute() > 0;
        changed();
        return deleted;
    }
}
