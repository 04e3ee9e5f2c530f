package vn.camau.reform.dossier.risk.query;

import static vn.camau.reform.jooq.Tables.ADMIN_UNIT;
import static vn.camau.reform.jooq.Tables.APOLOGY;
import static vn.camau.reform.jooq.Tables.CATALOG_PROCEDURE;
import static vn.camau.reform.jooq.Tables.DOSSIER;
import static vn.camau.reform.jooq.Tables.DOSSIER_EVENT;
import static vn.camau.reform.jooq.Tables.LATE_RISK_CELL;
import static vn.camau.reform.jooq.Tables.LATE_RISK_SCORE;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.query.DossierConditions;
import vn.camau.reform.dossier.risk.AtRiskDossier;
import vn.camau.reform.dossier.risk.CellKey;
import vn.camau.reform.dossier.risk.DossierHistory;
import vn.camau.reform.dossier.risk.LateRisk;
import vn.camau.reform.dossier.risk.RiskCell;
import vn.camau.reform.security.UnitScope;
import vn.camau.reform.security.query.ScopeCondition;

/** Reads what the late-risk model learns from, the open dossiers it scores, and the scores it wrote. */
@Repository
public class LateRiskQuery {

    /** An open dossier with the event that opened the step it is in. */
    public record OpenRow(long dossierId, long procedureId, LocalDate dueDate, LocalDateTime stepStartedAt,
                          DossierState state, String step, long unitId, Long officerId) {
    }

    private final DSLContext dsl;

    LateRiskQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every dossier resolved in [from, to) with its events in order, one at a time: a province's year
     * streams through without being held in memory.
     */
    public void resolvedBetween(LocalDate from, LocalDate to, Consumer<DossierHistory> each) {
        try (var cursor = dsl.select(DOSSIER.ID, DOSSIER.PROCEDURE_ID, DOSSIER.RESOLVED_AT, DOSSIER_EVENT.EVENT_AT,
                        DOSSIER_EVENT.STATE, DOSSIER_EVENT.STEP_NAME, DOSSIER_EVENT.UNIT_ID, DOSSIER_EVENT.OFFICER_ID,
                        DOSSIER.DUE_DATE)
                .from(DOSSIER)
                .join(DOSSIER_EVENT).on(DOSSIER_EVENT.DOSSIER_ID.eq(DOSSIER.ID))
                .where(DOSSIER.RESOLVED_AT.ge(from.atStartOfDay()), DOSSIER.RESOLVED_AT.lt(to.atStartOfDay()))
                .orderBy(DOSSIER.ID, DOSSIER_EVENT.EVENT_AT, DOSSIER_EVENT.ID)
                .fetchSize(5_000)
                .fetchLazy()) {
            long current = -1;
            long procedure = 0;
            LocalDate resolved = null;
            LocalDate due = null;
            List<DossierHistory.Step> steps = new ArrayList<>();
            for (var r : cursor) {
                if (r.value1() != current) {
                    if (current >= 0) {
                        each.accept(new DossierHistory(procedure, due, resolved, steps));
                    }
                    current = r.value1();
                    procedure = r.value2();
                    due = r.value9();
                    resolved = r.value3().toLocalDate();
                    steps = new ArrayList<>();
                }
                steps.add(new DossierHistory.Step(r.value4().toLocalDate(), r.value5(), r.value6(), r.value7(),
                        r.value8()));
            }
            if (current >= 0) {
                each.accept(new DossierHistory(procedure, due, resolved, steps));
            }
        }
    }

    /**
     * Open dossiers not yet overdue on {@code today} (all of them, or those of {@code ids}), each with
     * its latest event: the step it is in.
     */
    public List<OpenRow> openSteps(LocalDate today, Collection<Long> ids) {
        var latest = DOSSIER_EVENT.as("latest");
        Field<Long> latestId = DSL.field(DSL.select(latest.ID).from(latest).where(latest.DOSSIER_ID.eq(DOSSIER.ID))
                .orderBy(latest.EVENT_AT.desc(), latest.ID.desc()).limit(1));
        Condition which = ids == null ? DSL.noCondition() : DOSSIER.ID.in(ids);
        return dsl.select(DOSSIER.ID, DOSSIER.PROCEDURE_ID, DOSSIER.DUE_DATE, DOSSIER_EVENT.EVENT_AT,
                        DOSSIER_EVENT.STATE, DOSSIER_EVENT.STEP_NAME, DOSSIER_EVENT.UNIT_ID, DOSSIER_EVENT.OFFICER_ID)
                .from(DOSSIER)
                .join(DOSSIER_EVENT).on(DOSSIER_EVENT.ID.eq(latestId))
                .where(DOSSIER.OPEN_DUE_DATE.ge(today), which)
                .fetch(r -> new OpenRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value8()));
    }

    /** The stored cells of these procedures, and every officer's over all procedures. */
    public List<RiskCell> cells(Collection<Long> procedureIds) {
        return dsl.selectFrom(LATE_RISK_CELL)
                .where(LATE_RISK_CELL.PROCEDURE_ID.in(procedureIds).or(LATE_RISK_CELL.PROCEDURE_ID.isNull()))
                .fetch(r -> new RiskCell(new CellKey(r.getProcedureId(), r.getStepName(), r.getUnitId(),
                        r.getOfficerId()), r.getCases(), r.getStepMedian(),
                        RiskCell.parse(r.getMorningsHistogram()), RiskCell.parse(r.getLateHistogram())));
    }

    public boolean anyCells() {
        return dsl.fetchExists(LATE_RISK_CELL);
    }

    /** The stored score of one dossier, if it was scored (open, not overdue, not waiting, when scored). */
    public Optional<LateRisk> score(long dossierId) {
        return dsl.selectFrom(LATE_RISK_SCORE).where(LATE_RISK_SCORE.DOSSIER_ID.eq(dossierId))
                .fetchOptional(LateRiskQuery::risk);
    }

    private static LateRisk risk(Record r) {
        BigDecimal p = r.get(LATE_RISK_SCORE.PROBABILITY);
        return new LateRisk(p == null ? null : p.doubleValue(), r.get(LATE_RISK_SCORE.STEP_NAME),
                r.get(LATE_RISK_SCORE.BASIS), r.get(LATE_RISK_SCORE.CASES), r.get(LATE_RISK_SCORE.TYPICAL_DAYS),
                r.get(LATE_RISK_SCORE.DAYS_IN_STEP), r.get(LATE_RISK_SCORE.DAYS_LEFT));
    }

    /**
     * At risk on {@code today}: open and not yet overdue, not waiting for the applicant, scored at or
     * above the threshold, handled in the scope (below the focus).
     */
    private static Condition atRisk(UnitScope scope, String focusPath, BigDecimal threshold, LocalDate today) {
        return LATE_RISK_SCORE.PROBABILITY.ge(threshold)
                .and(DOSSIER.OPEN_DUE_DATE.ge(today))
                .and(ScopeCondition.reportedIn(DOSSIER.HANDLING_UNIT_ID, scope, focusPath))
                .and(DSL.not(DossierConditions.waitingNow()));
    }

    public int count(UnitScope scope, String focusPath, BigDecimal threshold, LocalDate today) {
        return dsl.fetchCount(DSL.selectOne().from(LATE_RISK_SCORE)
                .join(DOSSIER).on(DOSSIER.ID.eq(LATE_RISK_SCORE.DOSSIER_ID))
                .where(atRisk(scope, focusPath, threshold, today)));
    }

    /** The riskiest first, then the soonest due. */
    public List<AtRiskDossier> find(UnitScope scope, String focusPath, BigDecimal threshold, LocalDate today,
                                    int offset, int limit) {
        var handling = ADMIN_UNIT.as("handling");
        var holder = ADMIN_UNIT.as("holder");
        List<SelectField<?>> fields = new ArrayList<>(List.of(DOSSIER.ID, DOSSIER.CODE, CATALOG_PROCEDURE.NAME,
                DOSSIER.HANDLING_UNIT_ID, handling.NAME, DOSSIER.DUE_DATE, DOSSIER.RESPONSIBLE_UNIT_ID, holder.NAME,
                DOSSIER.RESPONSIBLE_OFFICER_ID, OFFICER.FULL_NAME, APOLOGY.STATE));
        fields.addAll(List.of(LATE_RISK_SCORE.fields()));
        return dsl.select(fields)
                .from(LATE_RISK_SCORE)
                .join(DOSSIER).on(DOSSIER.ID.eq(LATE_RISK_SCORE.DOSSIER_ID))
                .join(CATALOG_PROCEDURE).on(CATALOG_PROCEDURE.ID.eq(DOSSIER.PROCEDURE_ID))
                .join(handling).on(handling.ID.eq(DOSSIER.HANDLING_UNIT_ID))
                .leftJoin(holder).on(holder.ID.eq(DOSSIER.RESPONSIBLE_UNIT_ID))
                .leftJoin(OFFICER).on(OFFICER.ID.eq(DOSSIER.RESPONSIBLE_OFFICER_ID))
                .leftJoin(APOLOGY).on(APOLOGY.DOSSIER_ID.eq(DOSSIER.ID))
                .where(atRisk(scope, focusPath, threshold, today))
                .orderBy(LATE_RISK_SCORE.PROBABILITY.desc(), DOSSIER.OPEN_DUE_DATE.asc(), DOSSIER.ID.asc())
                .offset(offset).limit(limit)
                .fetch(r -> new AtRiskDossier(r.get(DOSSIER.ID), r.get(DOSSIER.CODE), r.get(CATALOG_PROCEDURE.NAME),
                        r.get(DOSSIER.HANDLING_UNIT_ID), r.get(handling.NAME), r.get(DOSSIER.DUE_DATE),
                        r.get(DOSSIER.RESPONSIBLE_UNIT_ID), r.get(holder.NAME), r.get(DOSSIER.RESPONSIBLE_OFFICER_ID),
                        r.get(OFFICER.FULL_NAME), r.get(APOLOGY.STATE), risk(r)));
    }
}
