package vn.camau.reform.evaluation.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.evaluation.EvaluationRules;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.RatingLevel;
import vn.camau.reform.evaluation.RuleSet;
import vn.camau.reform.evaluation.ScoreForm;

/**
 * What a self-assessment or a proposal asks for. Under scored rules: general criteria (0–30) and
 * task results (0–70), with the running total and the level it gives shown as they are typed;
 * under the older rules: the level, chosen. A comment either way. The service checks it all again.
 */
class ScoreFields extends Composite<VerticalLayout> {

    private final RuleSet rules;
    private final boolean disciplined;
    private final BigDecimalField general = new BigDecimalField();
    private final BigDecimalField task = new BigDecimalField();
    private final Span total = new Span();
    private final Select<RatingLevel> level = new Select<>();
    private final TextArea comment = new TextArea();

    ScoreFields(RuleSet rules, boolean disciplined, ScoreForm start) {
        this.rules = rules;
        this.disciplined = disciplined;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        if (rules.scored()) {
            general.setLabel(getTranslation("evaluations.score.general", EvaluationLabels.score(rules.generalMax())));
            task.setLabel(getTranslation("evaluations.score.task", EvaluationLabels.score(rules.taskMax())));
            general.setValueChangeMode(ValueChangeMode.EAGER);
            task.setValueChangeMode(ValueChangeMode.EAGER);
            general.addValueChangeListener(e -> showTotal());
            task.addValueChangeListener(e -> showTotal());
            total.setId("running-total");
            if (start != null) {
                general.setValue(start.general());
                task.setValue(start.task());
            }
            layout.add(general, task, total);
            showTotal();
        } else {
            level.setLabel(getTranslation("evaluations.score.level"));
            level.setItems(RatingLevel.values());
            level.setItemLabelGenerator(l -> l == null ? "" : getTranslation(l.labelKey()));
            if (start != null) {
                level.setValue(start.level());
            }
            layout.add(level);
        }
        if (disciplined) {
            layout.add(new Span(getTranslation("evaluations.disciplined")));
        }
        comment.setLabel(getTranslation("evaluations.comment"));
        comment.setMaxLength(EvaluationService.MAX_COMMENT);
        comment.setWidth("32em");
        layout.add(comment);
    }

    /** "Tổng điểm: 89,99 – Hoàn thành tốt nhiệm vụ", or what is wrong with the points typed. */
    private void showTotal() {
        BigDecimal g = general.getValue();
        BigDecimal t = task.getValue();
        total.getElement().getThemeList().clear();
        if (g == null || t == null) {
            total.setText(getTranslation("evaluations.score.total.empty"));
            return;
        }
        try {
            BigDecimal sum = EvaluationRules.total(rules, g, t);
            RatingLevel l = EvaluationRules.level(rules, sum, disciplined);
            total.setText(getTranslation("evaluations.score.total", EvaluationLabels.score(sum),
                    EvaluationLabels.level(this, l)));
        } catch (BusinessRuleException e) {
            total.setText(getTranslation(e.messageKey(), e.args()));
            total.getElement().getThemeList().add("badge");
            total.getElement().getThemeList().add("error");
        }
    }

    ScoreForm read() {
        return rules.scored() ? new ScoreForm(general.getValue(), task.getValue(), null, comment.getValue())
                : new ScoreForm(null, null, level.getValue(), comment.getValue());
    }
}
