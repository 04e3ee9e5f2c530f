package vn.camau.reform.dossier.risk.repository;

import static vn.camau.reform.jooq.Tables.LATE_RISK_CELL;
import static vn.camau.reform.jooq.Tables.LATE_RISK_SCORE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jooq.DSLContext;
import org.jooq.Query;
import org.springframework.stereotype.Repository;

import vn.camau.reform.dossier.risk.LateRisk;
import vn.camau.reform.dossier.risk.RiskCell;

/** Writes the model's cells and the dossiers' scores, each set replaced whole. */
@Repository
public class LateRiskRepository {

    private static final int BATCH = 2_000;

    private final DSLContext dsl;

    LateRiskRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One dossier's score to write. */
    public record Score(long dossierId, LateRisk risk) {
    }

    public void replaceCells(Collection<RiskCell> cells, LocalDate trainedFor, LocalDate windowFrom) {
        dsl.deleteFrom(LATE_RISK_CELL).execute();
        List<Query> batch = new ArrayList<>(BATCH);
        for (RiskCell c : cells) {
            batch.add(dsl.insertInto(LATE_RISK_CELL)
                    .set(LATE_RISK_CELL.PROCEDURE_ID, c.key().procedureId())
                    .set(LATE_RISK_CELL.STEP_NAME, c.key().step())
                    .set(LATE_RISK_CELL.UNIT_ID, c.key().unitId())
                    .set(LATE_RISK_CELL.OFFICER_ID, c.key().officerId())
                    .set(LATE_RISK_CELL.TRAINED_FOR, trainedFor)
                    .set(LATE_RISK_CELL.WINDOW_FROM, windowFrom)
                    .set(LATE_RISK_CELL.CASES, c.cases())
                    .set(LATE_RISK_CELL.STEP_MEDIAN, c.stepMedian())
                    .set(LATE_RISK_CELL.MORNINGS_HISTOGRAM, RiskCell.text(c.mornings()))
                    .set(LATE_RISK_CELL.LATE_HISTOGRAM, RiskCell.text(c.lateMornings())));
            if (batch.size() == BATCH) {
                dsl.batch(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            dsl.batch(batch).execute();
        }
    }

    /** Replaces the scores of {@code dossierIds} (every score when null) with {@code scores}. */
    public void replaceScores(Collection<Long> dossierIds, Collection<Score> scores, LocalDate day,
                              LocalDateTime at) {
        if (dossierIds == null) {
            dsl.deleteFrom(LATE_RISK_SCORE).execute();
        } else if (!dossierIds.isEmpty()) {
            dsl.deleteFrom(LATE_RISK_SCORE).where(LATE_RISK_SCORE.DOSSIER_ID.in(dossierIds)).execute();
        }
        List<Query> batch = new ArrayList<>(BATCH);
        for (Score s : scores) {
            LateRisk r = s.risk();
            batch.add(dsl.insertInto(LATE_RISK_SCORE)
                    .set(LATE_RISK_SCORE.DOSSIER_ID, s.dossierId())
                    .set(LATE_RISK_SCORE.PROBABILITY, r.probability() == null ? null
                            : BigDecimal.valueOf(r.probability()).setScale(4, RoundingMode.HALF_UP))
                    .set(LATE_RISK_SCORE.STEP_NAME, r.step())
                    .set(LATE_RISK_SCORE.BASIS, r.basis())
                    .set(LATE_RISK_SCORE.CASES, r.cases())
                    .set(LATE_RISK_SCORE.TYPICAL_DAYS, r.typicalDays())
                    .set(LATE_RISK_SCORE.DAYS_IN_STEP, r.daysInStep())
                    .set(LATE_RISK_SCORE.DAYS_LEFT, r.daysLeft())
                    .set(LATE_RISK_SCORE.SCORED_FOR, day)
                    .set(LATE_RISK_SCORE.SCORED_AT, at));
            if (batch.size() == BATCH) {
                dsl.batch(batch).execute();
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            dsl.batch(batch).execute();
        }
    }
}
