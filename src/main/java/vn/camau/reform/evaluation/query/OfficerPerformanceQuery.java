package vn.camau.reform.evaluation.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_STAT;
import static vn.camau.reform.jooq.Tables.HOTLINE_REPORT;
import static vn.camau.reform.jooq.Tables.HOTLINE_ROUND;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jooq.Condition;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

import vn.camau.reform.hotline.query.HotlineConditions;
import vn.camau.reform.hotline.query.HotlineConditions.Moment;
import vn.camau.reform.hotline.query.HotlineConditions;
import org.springframework.stereotype.Repository;

import vn.camau.reform.evaluation.OfficerEvidence;
import vn.camau.reform.officer.OfficerInfo;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;
import vn.camau.reform.dossier.StatGrain;
import vn.camau.reform.dossier.StatSlice;

/**
 * An officer's performance figures, the same as {@link OfficerEvidenceQuery} computes for a rating,
 * for every officer of a unit at once (four grouped queries, whatever the unit's size) and month by
 * month for one officer. Who may read them is decided here too: the officer themselves, or a reader
 * whose scope holds the officer's unit.
 */
@Repository
public class OfficerPerformanceQuery {


    private final DSLContext dsl;

    OfficerPerformanceQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Who asks: their user id, and their scope when their role lets them read the officers of that
     * scope (HR, leaders, auditors); null when they may read only their own figures.
     */
    public record Reader(long userId, UnitScope scope) {
    }

    /** The officer as the reader may see them; empty when unknown or not theirs to see. */
    public Optional<OfficerInfo> officer(long officerId, Reader reader) {
        Condition own = OFFICER.USER_ID.eq(reader.userId());
        Condition readable = reader.scope() == null ? own : own.or(ScopeCondition.within(ADMIN_UNIT.PATH, reader.scope()));
        return dsl.select(OFFICER_INFO).from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.ID.eq(officerId), readable)
                .fetchOptional(Record1::value1);
    }

    /** Whether the officer is the reader themself (their own account). */
    public boolean isReader(long officerId, long userId) {
        return dsl.fetchExists(OFFICER, OFFICER.ID.eq(officerId), OFFICER.USER_ID.eq(userId));
    }

    /** An officer as every feature names them, from the officer row joined to its unit. */
    private static final SelectField<OfficerInfo> OFFICER_INFO = DSL.row(OFFICER.ID, OFFICER.CODE, OFFICER.FULL_NAME,
            OFFICER.UNIT_ID, ADMIN_UNIT.NAME, OFFICER.POSITION, OFFICER.ONE_STOP_DESK).mapping(OfficerInfo::new);

    /** The unit's active officers, and {@code alsoOfficerId} even if no longer active. */
    public List<OfficerInfo> unitOfficers(long unitId, long alsoOfficerId) {
        return dsl.select(OFFICER_INFO).from(OFFICER).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(OFFICER.UNIT_ID))
                .where(OFFICER.UNIT_ID.eq(unitId), OFFICER.ACTIVE.isTrue().or(OFFICER.ID.eq(alsoOfficerId)))
                .orderBy(OFFICER.FULL_NAME, OFFICER.ID)
                .fetch(Record1::value1);
    }

    /**
     * Each listed officer's figures for the whole months {@code first}..{@code last}; officers without
     * any record get zeros. Lateness counts only due dates already past on {@code today}.
     */
    public Map<Long, OfficerEvidence> byOfficer(List<Long> officerIds, YearMonth first, YearMonth last,
                                                LocalDate today, long viewerUserId) {
        Map<Long, Counts> counts = new HashMap<>();
        officerIds.forEach(id -> counts.put(id, new Counts()));
        if (officerIds.isEmpty()) {
            return Map.of();
        }
        collect(counts, DOSSIER_STAT.OFFICER_ID, DOSSIER_STAT.OFFICER_ID.in(officerIds),
                DOSSIER.RESPONSIBLE_OFFICER_ID, DOSSIER.RESPONSIBLE_OFFICER_ID.in(officerIds),
                HOTLINE_REPORT.OFFICER_ID,
                HOTLINE_REPORT.OFFICER_ID.in(officerIds).and(HotlineConditions.countedFor(viewerUserId)),
                first, last, today, r -> r.get(0, Long.class));
        Map<Long, OfficerEvidence> result = new HashMap<>();
        counts.forEach((id, c) -> result.put(id, c.evidence()));
        return result;
    }

    /** One officer's figures for each month from {@code first} to {@code last}, zeros where none. */
    public Map<YearMonth, OfficerEvidence> monthly(long officerId, YearMonth first, YearMonth last, LocalDate today,
                                                   long viewerUserId) {
        Map<YearMonth, Counts> counts = new HashMap<>();
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            counts.put(m, new Counts());
        }
        Function<Record, YearMonth> month = r -> YearMonth.of(r.get(0, Integer.class), r.get(1, Integer.class));
        collect(counts, List.of(DSL.year(DOSSIER_STAT.PERIOD_START), DSL.month(DOSSIER_STAT.PERIOD_START)),
                DOSSIER_STAT.OFFICER_ID.eq(officerId),
                List.of(DSL.year(DOSSIER.UNMET_DUE_DATE), DSL.month(DOSSIER.UNMET_DUE_DATE)),
                DOSSIER.RESPONSIBLE_OFFICER_ID.eq(officerId),
                List.of(DSL.year(APOLOGY.ISSUED_ON), DSL.month(APOLOGY.ISSUED_ON)),
                List.of(DSL.year(HOTLINE_REPORT.RECEIVED_AT), DSL.month(HOTLINE_REPORT.RECEIVED_AT)),
                HOTLINE_REPORT.OFFICER_ID.eq(officerId).and(HotlineConditions.countedFor(viewerUserId)), first,
                last, today, month);
        Map<YearMonth, OfficerEvidence> result = new HashMap<>();
        counts.forEach((m, c) -> result.put(m, c.evidence()));
        return result;
    }

    /** Grouped by officer: the same key column groups every table. */
    private <K> void collect(Map<K, Counts> counts, Field<Long> statKey, Condition statWho, Field<Long> dossierKey,
                             Condition dossierWho, Field<Long> hotlineKey, Condition hotlineWho, YearMonth first,
                             YearMonth last, LocalDate today, Function<Record, K> key) {
        collect(counts, List.of(statKey), statWho, List.of(dossierKey), dossierWho, List.of(dossierKey),
                List.of(hotlineKey), hotlineWho, first, last, today, key);
    }

    /**
     * Four grouped reads, one per table: the handling officer's counters (slice OFFICER, month rows),
     * the dossiers whose due date passed unmet at their step, the apologies signed for those, and
     * the hotline reports about them.
     */
    private <K> void collect(Map<K, Counts> counts, List<Field<?>> statKey, Condition statWho,
                             List<Field<?>> lateKey, Condition dossierWho, List<Field<?>> apologyKey,
                             List<Field<?>> hotlineKey, Condition hotlineWho, YearMonth first, YearMonth last,
                             LocalDate today, Function<Record, K> key) {
        LocalDate from = first.atDay(1);
        LocalDate to = last.atEndOfMonth();
        dsl.select(statKey).select(sum(DOSSIER_STAT.RESOLVED), sum(DOSSIER_STAT.RESOLVED_EARLY),
                        sum(DOSSIER_STAT.RESOLVED_ON_TIME), sum(DOSSIER_STAT.RATED), sum(DOSSIER_STAT.SATISFIED))
                .from(DOSSIER_STAT)
                .where(DOSSIER_STAT.SLICE.eq(StatSlice.OFFICER), DOSSIER_STAT.GRAIN.eq(StatGrain.MONTH),
                        DOSSIER_STAT.PERIOD_START.between(from, to), statWho)
                .groupBy(statKey)
                .forEach(r -> {
                    Counts c = counts.get(key.apply(r));
                    int n = statKey.size();
                    if (c != null) {
                        c.resolved += value(r, n);
                        c.inTime += value(r, n + 1) + value(r, n + 2);
                        c.rated += value(r, n + 3);
                        c.satisfied += value(r, n + 4);
                    }
                });
        LocalDate lastDue = to.isBefore(today) ? to : today.minusDays(1);
        dsl.select(lateKey).select(DSL.count()).from(DOSSIER)
                .where(dossierWho, DOSSIER.UNMET_DUE_DATE.between(from, lastDue))
                .groupBy(lateKey)
                .forEach(r -> add(counts, key.apply(r), r.get(lateKey.size(), Integer.class), Kind.LATE));
        dsl.select(apologyKey).select(DSL.count()).from(APOLOGY).join(DOSSIER).on(DOSSIER.ID.eq(APOLOGY.DOSSIER_ID))
                .where(dossierWho, APOLOGY.ISSUED_ON.between(from, to))
                .groupBy(apologyKey)
                .forEach(r -> add(counts, key.apply(r), r.get(apologyKey.size(), Integer.class), Kind.APOLOGY));
        // the finding in force at the window's end: a later reopening does not rewrite a closed period
        Moment at = Moment.of(to, today);
        dsl.select(hotlineKey).select(DSL.count(), DSL.count().filterWhere(HotlineConditions.foundedAt(at)))
                .from(HOTLINE_REPORT).join(HOTLINE_ROUND).on(HOTLINE_ROUND.REPORT_ID.eq(HOTLINE_REPORT.ID))
                .where(hotlineWho, HotlineConditions.inForce(at),
                        HotlineConditions.receivedIn(from, to))
                .groupBy(hotlineKey)
                .forEach(r -> {
                    Counts c = counts.get(key.apply(r));
                    if (c != null) {
                        c.reports += r.get(hotlineKey.size(), Integer.class);
                        c.founded += r.get(hotlineKey.size() + 1, Integer.class);
                    }
                });
    }

    private enum Kind { LATE, APOLOGY }

    private static <K> void add(Map<K, Counts> counts, K key, int n, Kind kind) {
        Counts c = counts.get(key);
        if (c == null) {
            return;
        }
        if (kind == Kind.LATE) {
            c.late += n;
        } else {
            c.apologies += n;
        }
    }

    /** Running totals of one officer or one month. */
    private static final class Counts {
        long resolved;
        long inTime;
        long late;
        long apologies;
        long reports;
        long founded;
        long rated;
        long satisfied;

        OfficerEvidence evidence() {
            return new OfficerEvidence(resolved, inTime, late, apologies, reports, founded, rated, satisfied);
        }
    }

    private static Field<BigDecimal> sum(Field<? extends Number> f) {
        return DSL.sum(f);
    }

    private static long value(Record r, int i) {
        BigDecimal v = r.get(i, BigDecimal.class);
        return v == null ? 0 : v.longValue();
    }
}
