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
        addColumn(s -> s.comment() == null ? "" : s.comment()).setHeader(getTranslation("evaluations.history.comment"))
                .setFlexGrow(1);
        setItems(steps);
        setAllRowsVisible(true);
    }
}
