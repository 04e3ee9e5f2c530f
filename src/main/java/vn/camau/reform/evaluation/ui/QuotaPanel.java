package vn.camau.reform.evaluation.ui;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import vn.camau.reform.evaluation.Evaluation;
import vn.camau.reform.evaluation.EvaluationRules;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.RuleSet;

/**
 * The levels of the cycle's ratings (approved where approved, proposed elsewhere) and the excellent
 * quota they leave: "Xuất sắc: 2 / tối đa 1 (20% của 7 người xếp loại tốt trở lên)", red when over,
 * so the head sees it before approving rather than at the refusal.
 */
class QuotaPanel extends Composite<FlexLayout> {

    QuotaPanel(RuleSet rules, List<Evaluation> ratings) {
        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-l)");
        Map<RatingLevel, Integer> counts = new EnumMap<>(RatingLevel.class);
        for (Evaluation e : ratings) {
            RatingLevel level = EvaluationLabels.countedLevel(e);
            if (level != null) {
                counts.merge(level, 1, Integer::sum);
            }
        }
        int excellent = counts.getOrDefault(RatingLevel.EXCELLENT, 0);
        int goodOrBetter = excellent + counts.getOrDefault(RatingLevel.GOOD, 0);
        int allowed = EvaluationRules.excellentAllowed(rules, goodOrBetter);
        Span quota = new Span(getTranslation("evaluations.quota", String.valueOf(excellent), String.valueOf(allowed),
                String.valueOf(rules.excellentQuotaPercent()), String.valueOf(goodOrBetter)));
        quota.setId("quota");
        if (excellent > allowed) {
            quota.addClassName("quota-over");
        }
        layout.add(quota);
        for (RatingLevel level : RatingLevel.values()) {
            layout.add(new Span(getTranslation("evaluations.distribution", getTranslation(level.labelKey()),
                    String.valueOf(counts.getOrDefault(level, 0)))));
        }
    }
}
