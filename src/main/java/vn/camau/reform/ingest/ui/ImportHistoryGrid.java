package vn.camau.reform.ingest.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.ingest.ImportRun;
import vn.camau.reform.ingest.ImportService;

/** Every import and API batch in the administrator's scope, newest first, loaded a page at a time. */
class ImportHistoryGrid extends Composite<Grid<ImportRun>> {

    ImportHistoryGrid(ImportService imports) {
        Grid<ImportRun> grid = getContent();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> VnFormats.dateTime(e.startedAt())).setHeader(getTranslation("import.history.started"))
                .setAutoWidth(true);
        grid.addColumn(ImportRun::username).setHeader(getTranslation("import.history.user"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("import.source." + e.source()))
                .setHeader(getTranslation("import.history.source")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("import.kind." + e.kind())).setHeader(getTranslation("import.history.kind"))
                .setAutoWidth(true);
        grid.addColumn(ImportRun::fileName).setHeader(getTranslation("import.history.file")).setFlexGrow(2);
        grid.addColumn(e -> VnFormats.count(e.rows())).setHeader(getTranslation("import.history.rows"))
                .setAutoWidth(true);
        grid.addColumn(e -> VnFormats.count(e.created()) + " / " + VnFormats.count(e.updated()) + " / "
                        + VnFormats.count(e.unchanged()))
                .setHeader(getTranslation("import.history.counts")).setAutoWidth(true);
        grid.addColumn(e -> VnFormats.count(e.errors())).setHeader(getTranslation("import.history.errors"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation("import.result." + e.result())).setHeader(getTranslation("import.history.result"))
                .setAutoWidth(true);
        grid.setTooltipGenerator(ImportRun::message);
        grid.setItems(query -> imports.history(query.getOffset(), query.getLimit()).stream(),
                query -> imports.historyCount());
        grid.setHeight("22rem");
    }

    void refresh() {
        getContent().getDataProvider().refreshAll();
    }
}
