package vn.camau.reform.evaluation.ui;

import java.math.BigDecimal;
import java.time.LocalDateTime;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.evaluation.Evaluation;

/**
 * The four steps side by side: the officer's own assessment, the manager's proposal, HR's review and
 * the head's approval, each with its scores, level, comment, who and when; a step not taken yet
 * says so.
 */
class StepEntries extends Composite<FlexLayout> {

    StepEntries(Evaluation e) {
        FlexLayout row = getContent();
        row.setId("step-entries");
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.getStyle().set("gap", "var(--lumo-space-m)");
        row.add(entry("evaluations.step.self", e.self()), entry("evaluations.step.proposal", e.proposal()),
                column("evaluations.step.review", e.reviewedByName() == null ? null : new String[]{
                        line("evaluations.step.comment", e.reviewComment()),
                        by(e.reviewedByName(), e.reviewedAt())}),
                column("evaluations.step.approval", e.approvedByName() == null ? null : new String[]{
                        line("evaluations.step.level", EvaluationLabels.level(this, e.finalLevel())),
                        line("evaluations.step.total", EvaluationLabels.score(e.finalScore())),
                        by(e.approvedByName(), e.approvedAt())}));
    }

    private Div entry(String titleKey, Evaluation.Entry entry) {
        return column(titleKey, entry == null ? null : new String[]{
                line("evaluations.step.general", score(entry.general())),
                line("evaluations.step.task", score(entry.task())),
                line("evaluations.step.total", score(entry.total())),
                line("evaluations.step.level", EvaluationLabels.level(this, entry.level())),
                line("evaluations.step.comment", entry.comment()),
                by(entry.byName(), entry.at())});
    }

    private static String score(BigDecimal value) {
        return EvaluationLabels.score(value);
    }

    private String line(String key, String value) {
        return value == null || value.isBlank() ? null : getTranslation(key) + ": " + value;
    }

    private String by(String name, LocalDateTime at) {
        return name == null ? null : getTranslation("evaluations.step.by", name, VnFormats.dateTime(at));
    }

    private Div column(String titleKey, String[] lines) {
        Div card = new Div();
        card.addClassName("step-entry");
        card.getStyle().set("flex", "1 1 14em").set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)");
        VerticalLayout body = new VerticalLayout(new H4(getTranslation(titleKey)));
        body.setPadding(false);
        body.setSpacing(false);
        if (lines == null) {
            Span pending = new Span(getTranslation("evaluations.step.pending"));
            pending.getStyle().set("color", "var(--lumo-secondary-text-color)");
            body.add(pending);
        } else {
            for (String l : lines) {
                if (l != null) {
                    body.add(new Span(l));
                }
            }
        }
        card.add(body);
        return card;
    }
}
