package vn.camau.reform.apology.ui;

import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import vn.camau.reform.apology.ApologyAction;
import vn.camau.reform.apology.ApologyStep;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.base.text.VnFormats;

/** Who did what to the apology and when: the trail an inspector reads. A few rows, shown whole. */
class ApologyHistoryGrid extends Grid<ApologyStep> {

    ApologyHistoryGrid(List<ApologyStep> steps) {
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(s -> VnFormats.dateTime(s.at())).setHeader(getTranslation("apologies.history.at")).setAutoWidth(true);
        addColumn(s -> getTranslation(s.action().labelKey())).setHeader(getTranslation("apologies.history.action"))
                .setAutoWidth(true);
        addColumn(ApologyStep::userName).setHeader(getTranslation("apologies.history.user")).setAutoWidth(true);
        addColumn(this::comment).setHeader(getTranslation("apologies.history.comment")).setFlexGrow(1);
        setItems(steps);
        setAllRowsVisible(true);
    }

    /** A "sent" step records the channel's name: show it as the channel's label. */
    private String comment(ApologyStep s) {
        if (s.comment() == null) {
            return "";
        }
        boolean channel = s.action() == ApologyAction.SENT
                && Arrays.stream(DeliveryChannel.values()).anyMatch(c -> c.name().equals(s.comment()));
        return channel ? getTranslation("apology.channel." + s.comment()) : s.comment();
    }
}
