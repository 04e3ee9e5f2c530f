package vn.camau.reform.hotline.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.hotline.HotlineEvent;

/** The report's history: who did what and when, with what changed. A few rows, shown whole. */
class HotlineTimeline extends Grid<HotlineEvent> {

    private final HotlineEventText text = new HotlineEventText(this::getTranslation);

    HotlineTimeline(List<HotlineEvent> events) {
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(e -> VnFormats.dateTime(e.actedAt())).setHeader(getTranslation("hotline.history.at"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> getTranslation(e.action().labelKey())).setHeader(getTranslation("hotline.history.action"))
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(HotlineEvent::userName).setHeader(getTranslation("hotline.history.user")).setAutoWidth(true)
                .setFlexGrow(0);
        addComponentColumn(e -> {
            Span details = new Span(text.details(e));
            details.getStyle().set("white-space", "pre-wrap");
            return details;
        }).setHeader(getTranslation("hotline.history.details")).setFlexGrow(1);
        setItems(events);
        setAllRowsVisible(true);
    }

    void show(List<HotlineEvent> events) {
        setItems(events);
    }
}
