package vn.camau.reform.evaluation.ui;

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
 * The four steps side by side: what the officer said of themselves, what the manager proposed,
 * HR's review and the head's decision, so the differences between them show at a glance.
 */
class EntriesPanel extends Composite<FlexLayout> {

    EntriesPanel(Evaluation e) {
        FlexLayout layout = getContent();
        layout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        layout.getStyle().set("gap", "var(--lumo-space-m)");
        layout.setId("entries");
        layout.add(entry("evaluations.entry.self", e.self()), entry("evaluations.entry.proposal", e.proposal()),
                card("evaluations.entry.review", e.review().byName(), e.review().at(), null, null, e.review().comment()),
                card("evaluations.entry.approval", e.approval().byName(), e.approval().at(),
                        e.approval().finalScore() == null ? null : EvaluationLabels.score(e.approval().finalScore()),
                        EvaluationLabels.level(this, e.approval().finalLevel()), null));
    }

    private VerticalLayout entry(String titleKey, Evaluation.Entry entry) {
        if (entry == null) {
            return card(titleKey, null, null, null, null, null);
        }
        String points = entry.total() == null ? null : getTranslation("evaluations.entry.points",
                EvaluationLabels.score(entry.general()), EvaluationLabels.score(entry.task()),
                EvaluationLabels.score(entry.total()));
        return card(titleKey, entry.byName(), entry.at(), points, EvaluationLabels.level(this, entry.level()),
                entry.comment());
    }

    private VerticalLayout card(String titleKey, String by, LocalDateTime at, String points, String level,
                                String comment) {
        VerticalLayout card = new VerticalLayout();
        card.setSpacing(false);
        card.setWidth("16em");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        card.add(new H4(getTranslation(titleKey)));
        if (by == null) {
            card.add(muted(getTranslation("evaluations.entry.none")));
            return card;
        }
        card.add(muted(by + ", " + VnFormats.dateTime(at)));
        if (points != null) {
            card.add(new Span(points));
        }
        if (level != null && !level.isEmpty()) {
            Span l = new Span(level);
            l.getStyle().set("font-weight", "bold");
            card.add(l);
        }
        if (comment != null) {
            Div c = new Div(comment);
            c.getStyle().set("white-space", "pre-line");
            card.add(c);
        }
        return card;
    }

    private static Span muted(String text) {
        Span s = new Span(text);
        s.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        return s;
    }
}
