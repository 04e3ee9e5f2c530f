package vn.camau.reform.ingest.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.grid.GridVariant;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.ingest.ImportRun;
import vn.camau.reform.ingest.ImportService;
import vn.camau.reform.base.ui.DialogOpener;

/** Every import and API batch in the administrator's scope, newest first, loaded a page at a time. */
class ImportHistoryGrid extends Composite<Grid<ImportRun>> {

    ImportHistoryGrid(ImportService imports) {
        Grid<ImportRun> grid = getContent();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> VnFormats.dateTime(e.startedAt())).setHeader(getTranslation("import.history.started"))
                .setAutoWidth(true);
        grid.addColumn(ImportRun::username).setHeader(getTranslation("import.history.user"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.source().labelKey()))
                .setHeader(getTranslation("import.history.source")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.kind().labelKey())).setHeader(getTranslation("import.history.kind"))
                .setAutoWidth(true);
        grid.addColumn(ImportRun::fileName).setHeader(getTranslation("import.history.file")).setFlexGrow(2);
        grid.addColumn(e -> VnFormats.count(e.rows())).setHeader(getTranslation("import.history.rows"))
                .setAutoWidth(true);
        grid.addColumn(e -> VnFormats.count(e.created()) + " / " + VnFormats.count(e.updated()) + " / "
                        + VnFormats.count(e.unchanged()))
                .setHeader(getTranslation("import.history.counts")).setAutoWidth(true);
        // a refused run's errors open from here (and from a click on its row)
        grid.addComponentColumn(e -> {
            if (e.errors() == 0) {
                return new Span(VnFormats.count(e.errors()));
            }
            Button open = new Button(getTranslation("import.history.open-errors", VnFormats.count(e.errors())),
                    click -> new ImportErrorsDialog(imports, e).open());
            DialogOpener.mark(open);
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            return open;
        }).setHeader(getTranslation("import.history.errors")).setAutoWidth(true).setKey("errors");
        grid.addColumn(e -> getTranslation(e.result().labelKey())).setHeader(getTranslation("import.history.result"))
                .setAutoWidth(true);
        grid.addItemClickListener(e -> {
            if (e.getItem().errors() > 0) {
                new ImportErrorsDialog(imports, e.getItem()).open();
            }
        });
        grid.setEmptyStateText(getTranslation("import.history.empty"));
        grid.setItems(query -> imports.history(query.getOffset(), query.getLimit()).stream(),
                query -> imports.historyCount());
        grid.setHeight("22rem");
    }

    void refresh() {
        getContent().getDataProvider().refreshAll();
    }
}
