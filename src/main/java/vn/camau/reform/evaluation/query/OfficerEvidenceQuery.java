package vn.camau.reform.evaluation.query;

import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.camau.reform.hotline.query.HotlineConditions;
import vn.camau.reform.hotline.query.HotlineConditions.Moment;
import vn.camau.reform.hotline.query.HotlineConditions;
import org.springframework.stereotype.Repository;

import vn.camau.reform.evaluation.OfficerEvidence;
import vn.camau.reform.dossier.StatGrain;
import vn.camau.reform.dossier.StatSlice;

/**
 * The records behind a rating, for one officer and a month-aligned period: the handling officer's
 * counters, the dossiers that became late at their step, the apologies those caused, and the hotline
 * reports about them. Read from the same tables as every indicator, so the figures agree.
 */
@Repository
public class OfficerEvidenceQuery {

    private final DSLContext dsl;

    OfficerEvidenceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Lateness counts only due dates already past on {@code today}; hotline reports as
     * {@link HotlineConditions#countedFor} allows the viewer.
     */
    public OfficerEvidence evidence(long officerId, LocalDate from, LocalDate to, LocalDate today, long viewerUserId) {
        Record stats = dsl.select(sum(DOSSIER_STAT.RESOLVED), sum(DOSSIER_STAT.RESOLVED_EARLY),
                        sum(DOSSIER_STAT.RESOLVED_ON_TIME), sum(DOSSIER_STAT.RATED), sum(DOSSIER_STAT.SATISFIED))
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq(StatSlice.OFFICER), DOSSIER_STAT.GRAIN.eq(StatGrain.MONTH),
                        DOSSIER_STAT.PERIOD_START.between(from.withDayOfMonth(1), to),
                        DOSSIER_STAT.OFFICER_ID.eq(officerId))
                .fetchSingle();
        LocalDate lastDue = to.isBefore(today) ? to : today.minusDays(1);
        int lateCaused = dsl.fetchCount(DOSSIER, DOSSIER.RESPONSIBLE_OFFICER_ID.eq(officerId),
                DOSSIER.UNMET_DUE_DATE.between(from, lastDue));
        int apologies = dsl.fetchCount(DSL.selectOne().from(APOLOGY).join(DOSSIER).on(DOSSIER.ID.eq(APOLOGY.DOSSIER_ID))
                .where(DOSSIER.RESPONSIBLE_OFFICER_ID.eq(officerId), APOLOGY.ISSUED_ON.between(from, to)));
        // the finding in force at the period's end: a later reopening does not rewrite a closed period
        Moment at = Moment.of(to, today);
        Record hotline = dsl.select(DSL.count(), DSL.count().filterWhere(HotlineConditions.foundedAt(at)))
                .from(HOTLINE_REPORT).join(HOTLINE_ROUND).on(HOTLINE_ROUND.REPORT_ID.eq(HOTLINE_REPORT.ID))
                .where(HOTLINE_REPORT.OFFICER_ID.eq(officerId), HotlineConditions.inForce(at),
                        HotlineConditions.countedFor(viewerUserId),
                        HotlineConditions.receivedIn(from, to))
                .fetchSingle();
        return new OfficerEvidence(value(stats, 0), value(stats, 1) + value(stats, 2), lateCaused, apologies,
                hotline.get(0, Integer.class), hotline.get(1, Integer.class), value(stats, 3), value(stats, 4));
    }

    private static Field<BigDecimal> sum(Field<? extends Number> f) {
        return DSL.sum(f);
    }

    private static long value(Record r, int i) {
        BigDecimal v = r.get(i, BigDecimal.class);
        return v == null ? 0 : v.longValue();
    }
}
