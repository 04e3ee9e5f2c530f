package vn.camau.reform.evaluation.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.evaluation.EvaluationStep;

/** Who did what to the rating and when, with their comments. A few rows, shown whole. */
class EvaluationHistoryGrid extends Grid<EvaluationStep> {

    EvaluationHistoryGrid(List<EvaluationStep> steps) {
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(s -> VnFormats.dateTime(s.actedAt())).setHeader(getTranslation("evaluations.history.at"))
                .setAutoWidth(true);
        addColumn(s -> getTranslation(s.action().labelKey())).setHeader(getTranslation("evaluations.history.action"))
                .setAutoWidth(true);
        addColumn(EvaluationStep::userName).setHeader(getTranslation("evaluations.history.user")).setAutoWidth(true);
        addColumn(this::comment).setHeader(getTranslation("evaluations.history.comment"))
                .setFlexGrow(1);
        setItems(steps);
        setAllRowsVisible(true);
    }

    /** The person's words, after the step's own facts worded in the reader's language. */
    private String comment(EvaluationStep s) {
        String words = s.comment() == null ? "" : s.comment();
        if (!s.withoutSelf()) {
            return words;
        }
        String fact = getTranslation("evaluations.history.without-self");
        return words.isEmpty() ? fact : fact + "\n" + words;
    }
}
