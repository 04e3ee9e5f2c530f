package vn.camau.reform.evaluation.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

import com.vaadin.flow.component.Component;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationCycle;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.Frequency;
import vn.camau.reform.evaluation.RatingLevel;

/** How the evaluation screens and exports name periods, levels, scores and whose turn it is. */
final class EvaluationLabels {

    private EvaluationLabels() {
    }

    /** "Quý 3/2026", "Năm 2025", "Tháng 10/2026". */
    static String period(Component c, Frequency frequency, LocalDate start) {
        String year = String.valueOf(start.getYear());
        return switch (frequency) {
            case MONTHLY -> c.getTranslation("evaluation.period.MONTHLY", String.valueOf(start.getMonthValue()), year);
            case QUARTERLY -> c.getTranslation("evaluation.period.QUARTERLY",
                    String.valueOf((start.getMonthValue() - 1) / 3 + 1), year);
            case ANNUAL -> c.getTranslation("evaluation.period.ANNUAL", year);
        };
    }

    static String period(Component c, EvaluationCycle cycle) {
        return period(c, cycle.frequency(), cycle.periodStart());
    }

    static String level(Component c, RatingLevel level) {
        return level == null ? "" : c.getTranslation(level.labelKey());
    }

    static String state(Component c, EvaluationState state) {
        return c.getTranslation(state.labelKey());
    }

    /** Points as the decree writes them, vi-VN: "89,99", "90". */
    static String score(BigDecimal score) {
        return score == null ? "" : new DecimalFormat("0.##", DecimalFormatSymbols.getInstance(VnFormats.VIETNAMESE))
                .format(score);
    }

    static String levelAndScore(Component c, Evaluation.Entry entry) {
        if (entry == null) {
            return "";
        }
        return entry.total() == null ? level(c, entry.level()) : level(c, entry.level()) + " (" + score(entry.total()) + ")";
    }

    static String finalLevelAndScore(Component c, Evaluation e) {
        if (e.approval().finalLevel() == null) {
            return "";
        }
        return e.approval().finalScore() == null ? level(c, e.approval().finalLevel())
                : level(c, e.approval().finalLevel()) + " (" + score(e.approval().finalScore()) + ")";
    }

    /** The level that counts for the quota: the approved one, else the proposed one. */
    static RatingLevel countedLevel(Evaluation e) {
        if (e.state() == EvaluationState.APPROVED) {
            return e.approval().finalLevel();
        }
        return e.proposal() == null ? null : e.proposal().level();
    }

    /** Who the rating waits for: the officer, their manager, HR or the head of the unit. */
    static String waitsFor(Component c, Evaluation e) {
        return switch (e.state()) {
            case AWAITING_SELF -> e.officerName();
            case SELF_ASSESSED -> e.managerName() != null ? e.managerName()
                    : c.getTranslation("evaluations.waits.unit-leader");
            case PROPOSED -> c.getTranslation("evaluations.waits.hr");
            case REVIEWED -> c.getTranslation("evaluations.waits.head");
            case APPROVED -> "";
        };
    }
}
