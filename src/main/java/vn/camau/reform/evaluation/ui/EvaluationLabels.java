package vn.camau.reform.evaluation.ui;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationState;
import vn.camau.reform.evaluation.Frequency;
import vn.camau.reform.evaluation.RatingLevel;

/** How the evaluation screens word periods, levels, scores and states, the same on every screen. */
final class EvaluationLabels {

    private EvaluationLabels() {
    }

    /** "Quý 3/2026", "Năm 2025", "Tháng 10/2026" in the UI's language. */
    static String period(Component i18n, Frequency frequency, LocalDate start) {
        return i18n.getTranslation(periodKey(frequency), periodNumber(frequency, start),
                String.valueOf(start.getYear()));
    }

    /** The same in a given language: the PDF for the unit's records is always Vietnamese. */
    static String period(Component i18n, Locale locale, Frequency frequency, LocalDate start) {
        return i18n.getTranslation(locale, periodKey(frequency), periodNumber(frequency, start),
                String.valueOf(start.getYear()));
    }

    private static String periodKey(Frequency frequency) {
        return "evaluation.period-label." + frequency.name();
    }

    private static String periodNumber(Frequency frequency, LocalDate start) {
        return switch (frequency) {
            case MONTHLY -> String.valueOf(start.getMonthValue());
            case QUARTERLY -> String.valueOf((start.getMonthValue() - 1) / 3 + 1);
            case ANNUAL -> String.valueOf(start.getYear());
        };
    }

    static String level(Component i18n, RatingLevel level) {
        return level == null ? "" : i18n.getTranslation(level.labelKey());
    }

    /** 89,99 and 90: two decimals at most, the Vietnamese way. */
    static String score(BigDecimal score) {
        return score == null ? "" : new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VnFormats.VIETNAMESE))
                .format(score);
    }

    /** "Hoàn thành tốt nhiệm vụ (89,99)", or the level alone under unscored rules. */
    static String levelAndScore(Component i18n, RatingLevel level, BigDecimal score) {
        if (level == null) {
            return "";
        }
        return score == null ? level(i18n, level) : level(i18n, level) + " (" + score(score) + ")";
    }

    static String entry(Component i18n, Evaluation.Entry entry) {
        return entry == null ? "" : levelAndScore(i18n, entry.level(), entry.total());
    }

    static Span state(Component i18n, EvaluationState state) {
        Span badge = new Span(i18n.getTranslation(state.labelKey()));
        badge.getElement().getThemeList().add("badge");
        switch (state) {
            case AWAITING_SELF -> badge.getElement().getThemeList().add("contrast");
            case APPROVED -> badge.getElement().getThemeList().add("success");
            default -> {
            }
        }
        return badge;
    }

    /** Whose move it is: the officer, their manager, HR or the head of the unit; nobody once approved. */
    static String waitingFor(Component i18n, Evaluation e) {
        return switch (e.state()) {
            case AWAITING_SELF -> i18n.getTranslation("evaluations.waiting.officer", e.officerName());
            case SELF_ASSESSED -> e.managerName() == null ? i18n.getTranslation("evaluations.waiting.leader")
                    : i18n.getTranslation("evaluations.waiting.manager", e.managerName());
            case PROPOSED -> i18n.getTranslation("evaluations.waiting.hr");
            case REVIEWED -> i18n.getTranslation("evaluations.waiting.head");
            case APPROVED -> "";
        };
    }
}
