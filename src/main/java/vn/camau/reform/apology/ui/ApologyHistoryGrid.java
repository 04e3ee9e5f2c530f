package vn.camau.reform.apology.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import vn.camau.reform.apology.ApologyStep;
import vn.camau.reform.base.text.VnFormats;

/** Who did what to the apology and when: the trail an inspector reads. A few rows, shown whole. */
class ApologyHistoryGrid extends Grid<ApologyStep> {

    ApologyHistoryGrid(List<ApologyStep> steps) {
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(s -> VnFormats.dateTime(s.at())).setHeader(getTranslation("apologies.history.at")).setAutoWidth(true);
        addColumn(s -> getTranslation(s.action().labelKey())).setHeader(getTranslation("apologies.history.action"))
                .setAutoWidth(true);
        addColumn(ApologyStep::userName).setHeader(getTranslation("apologies.history.user")).setAutoWidth(true);
        addColumn(this::comment).setHeader(getTranslation("apologies.history.comment")).setFlexGrow(1)
                .setKey("comment");
        setItems(steps);
        setAllRowsVisible(true);
    }

    /** The step's own facts worded in the reader's language (how it was sent), then the user's words. */
    private String comment(ApologyStep s) {
        String words = s.comment() == null ? "" : s.comment();
        if (s.channel() == null) {
            return words;
        }
        String fact = getTranslation("apologies.history.sent-via", getTranslation(s.channel().labelKey()));
        return words.isEmpty() ? fact : fact + "\n" + words;
    }
}
