package vn.camau.reform.dossier.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_REMINDER;
import static vn.camau.reform.jooq.Tables.OFFICER;
import static vn.camau.reform.jooq.Tables.PROCEDURE_FIELD;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.AlertFilter;
import vn.camau.reform.dossier.AlertSort;
import vn.camau.reform.dossier.ApologyStage;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;
import vn.camau.reform.jooq.tables.records.DossierRecord;

/**
 * Open dossiers that are overdue or due soon, read through the {@code open_due_date} index: only
 * open dossiers carry it, so the list never touches finished ones. A dossier waiting for the
 * applicant's supplement is neither (its clock is stopped) and is left out until the clock runs again.
 */
@Repository
public class AlertQuery {

    /** A row before working days are counted (that needs the calendar, which lives in the service). */
    public record AlertRow(long id, String code, String procedureName, String fieldName, String handlingUnitName,
                           Channel channel, DossierState state, LocalDateTime receivedAt, LocalDate dueDate,
                           String responsibleStep, String responsibleUnitName, Long responsibleUnitId,
                           String responsibleOfficerName, int reminders, LocalDateTime lastReminderAt,
                           ApologyStage apologyState, long handlingUnitId, Long responsibleOfficerId) {
    }

    /**
     * Every alert is an open dossier due by the due-soon day, a few thousand at most: read through the
     * open-due-date index. Left alone, the optimizer walks a commune's every dossier by the unit index
     * instead (its estimate of dossiers per unit is a hundred times too low after a bulk load).
     */
    static final Table<DossierRecord> OPEN_DUE = DOSSIER.forceIndex("ix_dossier_open_due");

    private final DSLContext dsl;

    AlertQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Condition where(UnitScope scope, String focusPath, AlertFilter f, LocalDate today,
                                   LocalDate dueSoonUntil) {
        Condition c = DOSSIER.OPEN_DUE_DATE.le(dueSoonUntil)
                .and(ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath))
                .and(DSL.not(DossierConditions.waitingNow()));
        if (f.timing() == OpenTiming.OVERDUE) {
            c = c.and(DOSSIER.OPEN_DUE_DATE.lt(today));
        } else if (f.timing() == OpenTiming.DUE_SOON) {
            c = c.and(DOSSIER.OPEN_DUE_DATE.ge(today));
        }
        c = c.and(DossierConditions.narrowed(f.procedureId(), f.fieldId(), DOSSIER.RESPONSIBLE_OFFICER_ID, f.officerId(),
                f.channel()));
        return c;
    }

    public int count(UnitScope scope, String focusPath, AlertFilter filter, LocalDate today, LocalDate dueSoonUntil) {
        return dsl.fetchCount(OPEN_DUE, where(scope, focusPath, filter, today, dueSoonUntil));
    }

    /** Overdue and due-soon counts in one pass, for the navigation badge and the digest. */
    public Map<OpenTiming, Integer> countByTiming(UnitScope scope, String focusPath, LocalDate today,
                                                  LocalDate dueSoonUntil) {
        var r = dsl.select(DSL.count().filterWhere(DOSSIER.OPEN_DUE_DATE.lt(today)),
                        DSL.count().filterWhere(DOSSIER.OPEN_DUE_DATE.ge(today)))
                .from(OPEN_DUE)
                .where(where(scope, focusPath, AlertFilter.all(), today, dueSoonUntil))
                .fetchSingle();
        Map<OpenTiming, Integer> counts = new HashMap<>();
        counts.put(OpenTiming.OVERDUE, r.value1());
        counts.put(OpenTiming.DUE_SOON, r.value2());
        return counts;
    }

    /** Dossiers overdue today (not waiting for the applicant) per procedure, for "late dossiers by field". */
    public Map<Long, Integer> overdueByProcedure(UnitScope scope, String focusPath, LocalDate today) {
        Map<Long, Integer> result = new HashMap<>();
        dsl.select(DOSSIER.PROCEDURE_ID, DSL.count())
                .from(OPEN_DUE)
                .where(DOSSIER.OPEN_DUE_DATE.lt(today),
                        ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath),
                        DSL.not(DossierConditions.waitingNow()))
                .groupBy(DOSSIER.PROCEDURE_ID)
                .forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    public List<AlertRow> find(UnitScope scope, String focusPath, AlertFilter filter, AlertSort sort,
                               LocalDate today, LocalDate dueSoonUntil, int offset, int limit) {
        var handling = ADMIN_UNIT.as("handling");
        var responsible = ADMIN_UNIT.as("responsible");
        Field<Integer> reminders = DSL.selectCount().from(DOSSIER_REMINDER)
                .where(DOSSIER_REMINDER.DOSSIER_ID.eq(DOSSIER.ID)).asField("reminders");
        Field<LocalDateTime> lastReminder = DSL.select(DSL.max(DOSSIER_REMINDER.SENT_AT)).from(DOSSIER_REMINDER)
                .where(DOSSIER_REMINDER.DOSSIER_ID.eq(DOSSIER.ID)).asField("last_reminder");
        List<SortField<?>> order = switch (sort) {
            case MOST_LATE_FIRST -> List.of(DOSSIER.OPEN_DUE_DATE.asc(), DOSSIER.ID.asc());
            case LEAST_LATE_FIRST -> List.of(DOSSIER.OPEN_DUE_DATE.desc(), DOSSIER.ID.asc());
            case RECEIVED_FIRST -> List.of(DOSSIER.RECEIVED_AT.asc(), DOSSIER.ID.asc());
            case UNIT -> List.of(handling.NAME.asc(), DOSSIER.OPEN_DUE_DATE.asc(), DOSSIER.ID.asc());
        };
        return dsl.select(DOSSIER.ID, DOSSIER.CODE, CATALOG_PROCEDURE.NAME, PROCEDURE_FIELD.NAME, handling.NAME,
                        DOSSIER.CHANNEL, DOSSIER.STATE, DOSSIER.RECEIVED_AT, DOSSIER.DUE_DATE,
                        DOSSIER.RESPONSIBLE_STEP, responsible.NAME, DOSSIER.RESPONSIBLE_UNIT_ID, OFFICER.FULL_NAME,
                        reminders, lastReminder, APOLOGY.STATE, DOSSIER.HANDLING_UNIT_ID,
                        DOSSIER.RESPONSIBLE_OFFICER_ID)
                .from(OPEN_DUE)
                .join(CATALOG_PROCEDURE).on(CATALOG_PROCEDURE.ID.eq(DOSSIER.PROCEDURE_ID))
                .join(PROCEDURE_FIELD).on(PROCEDURE_FIELD.ID.eq(CATALOG_PROCEDURE.FIELD_ID))
                .join(handling).on(handling.ID.eq(DOSSIER.HANDLING_UNIT_ID))
                .leftJoin(responsible).on(responsible.ID.eq(DOSSIER.RESPONSIBLE_UNIT_ID))
                .leftJoin(OFFICER).on(OFFICER.ID.eq(DOSSIER.RESPONSIBLE_OFFICER_ID))
                .leftJoin(APOLOGY).on(APOLOGY.DOSSIER_ID.eq(DOSSIER.ID))
                .where(where(scope, focusPath, filter, today, dueSoonUntil))
                .orderBy(order)
                .offset(offset).limit(limit)
                .fetch(r -> new AlertRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(),
                        r.value10(), r.value11(), r.value12(), r.value13(), r.value14(), r.value15(), r.value16(),
                        r.value17(), r.value18()));
    }
}
