package vn.camau.reform.dashboard.report.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APP_USER;
import static vn.camau.reform.jooq.Tables.MONTHLY_REPORT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.springframework.stereotype.Repository;

import vn.camau.reform.base.period.Period;
import vn.camau.reform.dashboard.report.MonthlyReport;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/** Stored monthly reports: written once, listed and read within a scope, marked when mailed. */
@Repository
public class MonthlyReportRepository {

    /** The two files a report is kept as. */
    public enum Format { PDF, DOCX }

    private final DSLContext dsl;

    MonthlyReportRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What one written report is made of. */
    public record NewReport(long unitId, Period period, String number, LocalDateTime generatedAt, LocalDate asOf,
                            Long generatedBy, String job, byte[] pdf, byte[] docx) {
    }

    public long insert(NewReport r) {
        return dsl.insertInto(MONTHLY_REPORT)
                .set(MONTHLY_REPORT.UNIT_ID, r.unitId())
                .set(MONTHLY_REPORT.PERIOD_KIND, r.period().kind())
                .set(MONTHLY_REPORT.PERIOD_START, r.period().from())
                .set(MONTHLY_REPORT.PERIOD_END, r.period().to())
                .set(MONTHLY_REPORT.NUMBER, r.number())
                .set(MONTHLY_REPORT.GENERATED_AT, r.generatedAt())
                .set(MONTHLY_REPORT.FIGURES_AS_OF, r.asOf())
                .set(MONTHLY_REPORT.GENERATED_BY, r.generatedBy())
                .set(MONTHLY_REPORT.GENERATED_BY_JOB, r.job())
                .set(MONTHLY_REPORT.PDF, r.pdf())
                .set(MONTHLY_REPORT.DOCX, r.docx())
                .returning(MONTHLY_REPORT.ID).fetchOne(MONTHLY_REPORT.ID);
    }

    /** How many reports the unit has written in the year: the next one's number follows. */
    public int countInYear(long unitId, int year) {
        return dsl.fetchCount(MONTHLY_REPORT, MONTHLY_REPORT.UNIT_ID.eq(unitId),
                MONTHLY_REPORT.GENERATED_AT.between(LocalDate.of(year, 1, 1).atStartOfDay(),
                        LocalDate.of(year, 12, 31).atTime(23, 59, 59)));
    }

    /** Whether the job has already written this unit's report for the period (a second run writes none). */
    public boolean writtenByJob(long unitId, Period period, String job) {
        return dsl.fetchExists(MONTHLY_REPORT, MONTHLY_REPORT.UNIT_ID.eq(unitId),
                MONTHLY_REPORT.PERIOD_KIND.eq(period.kind()), MONTHLY_REPORT.PERIOD_START.eq(period.from()),
                MONTHLY_REPORT.GENERATED_BY_JOB.eq(job));
    }

    /** Reports of the units in scope, newest first. */
    public List<MonthlyReport> find(UnitScope scope, Long unitId, int offset, int limit) {
        Field<String> by = APP_USER.FULL_NAME;
        return dsl.select(MONTHLY_REPORT.ID, MONTHLY_REPORT.UNIT_ID, ADMIN_UNIT.NAME, MONTHLY_REPORT.PERIOD_KIND,
                        MONTHLY_REPORT.PERIOD_START, MONTHLY_REPORT.PERIOD_END, MONTHLY_REPORT.NUMBER,
                        MONTHLY_REPORT.GENERATED_AT, MONTHLY_REPORT.FIGURES_AS_OF, by, MONTHLY_REPORT.MAILED_AT)
                .from(MONTHLY_REPORT)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(MONTHLY_REPORT.UNIT_ID))
                .leftJoin(APP_USER).on(APP_USER.ID.eq(MONTHLY_REPORT.GENERATED_BY))
                .where(ScopeCondition.within(ADMIN_UNIT.PATH, scope),
                        unitId == null ? org.jooq.impl.DSL.noCondition() : MONTHLY_REPORT.UNIT_ID.eq(unitId))
                .orderBy(MONTHLY_REPORT.GENERATED_AT.desc(), MONTHLY_REPORT.ID.desc())
                .offset(offset).limit(limit)
                .fetch(r -> new MonthlyReport(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
    }

    public int count(UnitScope scope, Long unitId) {
        return dsl.fetchCount(dsl.select(MONTHLY_REPORT.ID).from(MONTHLY_REPORT)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(MONTHLY_REPORT.UNIT_ID))
                .where(ScopeCondition.within(ADMIN_UNIT.PATH, scope),
                        unitId == null ? org.jooq.impl.DSL.noCondition() : MONTHLY_REPORT.UNIT_ID.eq(unitId)));
    }

    /** One file of a report whose unit is in scope; empty otherwise (no such report, or not the reader's). */
    public Optional<byte[]> file(UnitScope scope, long id, Format format) {
        Field<byte[]> column = format == Format.PDF ? MONTHLY_REPORT.PDF : MONTHLY_REPORT.DOCX;
        return dsl.select(column).from(MONTHLY_REPORT)
                .join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(MONTHLY_REPORT.UNIT_ID))
                .where(MONTHLY_REPORT.ID.eq(id), ScopeCondition.within(ADMIN_UNIT.PATH, scope))
                .fetchOptional(column);
    }

    public void markMailed(long id, LocalDateTime at) {
        dsl.update(MONTHLY_REPORT).set(MONTHLY_REPORT.MAILED_AT, at).where(MONTHLY_REPORT.ID.eq(id)).execute();
    }

}
