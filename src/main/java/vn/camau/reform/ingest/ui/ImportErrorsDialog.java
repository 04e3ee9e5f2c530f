package vn.camau.reform.ingest.ui;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.ingest.ImportColumn;
import vn.camau.reform.ingest.ImportRun;
import vn.camau.reform.ingest.ImportService;
import vn.camau.reform.ingest.IntakeError;
import vn.camau.reform.ingest.RecordKind;

/**
 * A refused run's errors, opened from the import history: the row (or the API record), the column and
 * what is wrong, in the reader's language, as the preview showed them before the import was refused.
 */
class ImportErrorsDialog extends Dialog {

    ImportErrorsDialog(ImportService imports, ImportRun run) {
        setHeaderTitle(getTranslation("import.errors.title", run.fileName() == null ? "" : run.fileName(),
                VnFormats.dateTime(run.startedAt())));
        List<IntakeError> errors = imports.errors(run.id());
        Map<String, String> headers = headers(imports, run);
        Grid<IntakeError> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> e.index() < 0 ? "" : (e.record() == null || e.record() == RecordKind.ROW ? ""
                        : e.record().code() + " ") + e.index())
                .setHeader(getTranslation("import.col.row")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> e.field() == null ? "" : headers.getOrDefault(e.field(), e.field()))
                .setHeader(getTranslation("import.col.column")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("import.col.message")).setFlexGrow(3);
        grid.setItems(errors);
        grid.setEmptyStateText(run.message() == null || run.message().isBlank()
                ? getTranslation("import.errors.none") : getTranslation("import.errors.before", run.message()));
        grid.setWidth("min(60rem, 90vw)");
        grid.setHeight("min(30rem, 60vh)");
        add(new Paragraph(getTranslation("import.errors.count", VnFormats.count(run.errors()),
                VnFormats.count(errors.size()))), grid);
        getFooter().add(new Button(getTranslation("import.errors.close"), e -> close()));
    }

    private static Map<String, String> headers(ImportService imports, ImportRun run) {
        // a kind this installation has no file import of: the errors name the fields as sent
        if (!imports.kinds().contains(run.kind())) {
            return Map.of();
        }
        return imports.columns(run.kind()).stream()
                .collect(Collectors.toMap(ImportColumn::field, ImportColumn::header, (a, b) -> a));
    }
}
