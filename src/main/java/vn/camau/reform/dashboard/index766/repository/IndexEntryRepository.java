package vn.camau.reform.dashboard.index766.repository;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.INDEX766_MANUAL_ENTRY;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Records;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.dashboard.index766.IndexEntry;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/** The service index's figures entered by hand: one row per unit, period and sub-indicator. */
@Repository
public class IndexEntryRepository {

    private final DSLContext dsl;

    public IndexEntryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every unit's entries for the period, for scoring (the unit scored was already scope-checked).
     * Read once per transaction and period: a board scores a hundred units through the scoring seam,
     * each of which asks; a write in the same transaction forgets what was read.
     */
    public List<IndexEntry> findForPeriod(PeriodKind kind, LocalDate start) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return find(period(kind, start));
        }
        @SuppressWarnings("unchecked")
        Map<String, List<IndexEntry>> kept = (Map<String, List<IndexEntry>>) TransactionSynchronizationManager
                .getResource(this);
        if (kept == null) {
            kept = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, kept);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(IndexEntryRepository.this);
                }
            });
        }
        return kept.computeIfAbsent(kind + "/" + start, k -> find(period(kind, start)));
    }

    private void forget() {
        if (TransactionSynchronizationManager.getResource(this) instanceof Map<?, ?> kept) {
            kept.clear();
        }
    }

    /** The entries of the period for the units in the viewer's scope, for the entry screen. */
    public List<IndexEntry> findInScope(UnitScope scope, PeriodKind kind, LocalDate start) {
        return find(period(kind, start).and(ScopeCondition.within(ADMIN_UNIT.PATH, scope)));
    }

    public Optional<IndexEntry> find(long unitId, PeriodKind kind, LocalDate start, String code) {
        return find(period(kind, start).and(INDEX766_MANUAL_ENTRY.UNIT_ID.eq(unitId))
                .and(INDEX766_MANUAL_ENTRY.INDICATOR_CODE.eq(code))).stream().findFirst();
    }

    /** Inserts the entry or replaces the one stored for the same unit, period and sub-indicator. */
    public void upsert(long unitId, PeriodKind kind, LocalDate start, String code, BigDecimal percent,
                       Long numerator, Long denominator, String note, String enteredBy, LocalDateTime at) {
        forget();
        var m = INDEX766_MANUAL_ENTRY;
        dsl.insertInto(m)
                .set(m.UNIT_ID, unitId).set(m.PERIOD_KIND, kind).set(m.PERIOD_START, start)
                .set(m.INDICATOR_CODE, code).set(m.PERCENT, percent).set(m.NUMERATOR, numerator)
                .set(m.DENOMINATOR, denominator).set(m.NOTE, note).set(m.ENTERED_BY, enteredBy)
                .set(m.ENTERED_AT, at)
                .onDuplicateKeyUpdate()
                .set(m.PERCENT, percent).set(m.NUMERATOR, numerator).set(m.DENOMINATOR, denominator)
                .set(m.NOTE, note).set(m.ENTERED_BY, enteredBy).set(m.ENTERED_AT, at)
                .execute();
    }

    public boolean delete(long unitId, PeriodKind kind, LocalDate start, String code) {
        forget();
        var m = INDEX766_MANUAL_ENTRY;
        return dsl.deleteFrom(m).where(period(kind, start), m.UNIT_ID.eq(unitId), m.INDICATOR_CODE.eq(code))
                .execute() > 0;
    }

    private static Condition period(PeriodKind kind, LocalDate start) {
        return INDEX766_MANUAL_ENTRY.PERIOD_KIND.eq(kind).and(INDEX766_MANUAL_ENTRY.PERIOD_START.eq(start));
    }

    private List<IndexEntry> find(Condition where) {
        var m = INDEX766_MANUAL_ENTRY;
        return dsl.select(m.ID, m.UNIT_ID, ADMIN_UNIT.NAME, m.PERIOD_KIND, m.PERIOD_START, m.INDICATOR_CODE,
                        m.PERCENT, m.NUMERATOR, m.DENOMINATOR, m.NOTE, m.ENTERED_BY, m.ENTERED_AT)
                .from(m).join(ADMIN_UNIT).on(ADMIN_UNIT.ID.eq(m.UNIT_ID))
                .where(where)
                .orderBy(ADMIN_UNIT.PATH, m.INDICATOR_CODE)
                .fetch(Records.mapping(IndexEntry::new));
    }
}
