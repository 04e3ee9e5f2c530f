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
 * What the officer or the manager enters. Under scored rules: the general criteria (0–30) and the
 * task results (0–70), with the total and the level it gives shown as they type, so nobody has to
 * add up; under the older rules a level chosen on the criteria. The service checks all again.
 */
class ScoreFields extends Composite<VerticalLayout> {

    private final RuleSet rules;
    private final boolean disciplined;
    private final BigDecimalField general = new BigDecimalField();
    private final BigDecimalField task = new BigDecimalField();
    private final Span total = new Span();
    private final Select<RatingLevel> level = new Select<>();
    private final TextArea comment = new TextArea();

    ScoreFields(RuleSet rules, boolean disciplined) {
        this.rules = rules;
        this.disciplined = disciplined;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        if (rules.scored()) {
            general.setLabel(getTranslation("evaluations.score.general", max(rules.generalMax())));
            task.setLabel(getTranslation("evaluations.score.task", max(rules.taskMax())));
            for (BigDecimalField f : new BigDecimalField[] {general, task}) {
                f.setValueChangeMode(ValueChangeMode.EAGER);
                f.addValueChangeListener(e -> showTotal());
                f.setWidth("20em");
            }
            total.setId("score-total");
            showTotal();
            layout.add(general, task, total);
        } else {
            level.setLabel(getTranslation("evaluations.level"));
            level.setItems(RatingLevel.values());
            level.setItemLabelGenerator(l -> getTranslation(l.labelKey()));
            level.setWidth("20em");
            layout.add(level);
        }
        if (disciplined) {
            Span note = new Span(getTranslation("evaluations.disciplined"));
            note.getElement().getThemeList().add("badge");
            note.getElement().getThemeList().add("warning");
            layout.add(note);
        }
        comment.setLabel(getTranslation("evaluations.comment"));
        comment.setMaxLength(EvaluationService.MAX_COMMENT);
        comment.setWidth("32em");
        layout.add(comment);
    }

    private static String max(BigDecimal max) {
        return EvaluationLabels.score(max);
    }

    /** The total and its level while both parts are in range; a hint otherwise. */
    private void showTotal() {
        if (general.getValue() == null || task.getValue() == null) {
            total.setText(getTranslation("evaluations.score.total.empty"));
            return;
        }
        try {
            BigDecimal sum = EvaluationRules.total(rules, general.getValue(), task.getValue());
            RatingLevel l = EvaluationRules.level(rules, sum, disciplined);
            total.setText(getTranslation("evaluations.score.total", EvaluationLabels.score(sum),
                    getTranslation(l.labelKey())));
        } catch (BusinessRuleException e) {
            total.setText(getTranslation(e.messageKey(), e.args()));
        }
    }

    /** Prefills from an earlier entry (the officer's own, when the manager proposes). */
    void show(BigDecimal g, BigDecimal t, RatingLevel l) {
        if (rules.scored()) {
            general.setValue(g);
            task.setValue(t);
        } else {
            level.setValue(l);
        }
    }

    ScoreForm read() {
        return rules.scored() ? new ScoreForm(general.getValue(), task.getValue(), null, comment.getValue())
                : new ScoreForm(null, null, level.getValue(), comment.getValue());
    }
}
