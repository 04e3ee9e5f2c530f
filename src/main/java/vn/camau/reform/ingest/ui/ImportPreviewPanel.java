package vn.camau.reform.ingest.ui;

import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.ingest.ImportColumn;
import vn.camau.reform.ingest.ImportPreview;
import vn.camau.reform.ingest.ImportProblem;
import vn.camau.reform.ingest.IntakeError;
import vn.camau.reform.ingest.IntakeErrors;

/**
 * What a file would do before anything is written: its rows, how many are new or changed, and every
 * error with its row, its column (as the file names it) and the message in the reader's language.
 * The import button is there only for a file without errors.
 */
class ImportPreviewPanel extends VerticalLayout {

    static final String IMPORT = "import.run";

    private final H3 title = new H3();
    private final Paragraph summary = new Paragraph();
    private final UnorderedList problems = new UnorderedList();
    private final Paragraph errorCount = new Paragraph();
    private final Grid<IntakeError> errors = new Grid<>();
    private final Button run = new Button();
    private final Button cancel = new Button();
    private Map<String, String> headers = Map.of();

    ImportPreviewPanel(Runnable onImport, Runnable onCancel) {
        setPadding(false);
        run.setText(getTranslation(IMPORT));
        run.setIcon(VaadinIcon.UPLOAD.create());
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> onImport.run());
        cancel.setText(getTranslation("import.cancel"));
        cancel.addClickListener(e -> onCancel.run());
        problems.addClassName("import-problems");
        errors.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        errors.addColumn(IntakeError::index).setHeader(getTranslation("import.col.row")).setAutoWidth(true)
                .setFlexGrow(0);
        errors.addColumn(e -> headers.getOrDefault(e.field(), e.field()))
                .setHeader(getTranslation("import.col.column")).setAutoWidth(true);
        errors.addColumn(e -> getTranslation(e.messageKey(), e.args().toArray()))
                .setHeader(getTranslation("import.col.message")).setFlexGrow(3);
        errors.setHeight("20rem");
        add(title, summary, problems, errorCount, errors, new HorizontalLayout(run, cancel));
        setVisible(false);
    }

    void show(ImportPreview preview, java.util.List<ImportColumn> columns) {
        headers = columns.stream().collect(Collectors.toMap(ImportColumn::field, ImportColumn::header));
        title.setText(getTranslation("import.preview.title", preview.fileName()));
        summary.setText(getTranslation("import.preview.summary", VnFormats.count(preview.rows()),
                VnFormats.count(preview.planned().created()), VnFormats.count(preview.planned().updated()),
                VnFormats.count(preview.planned().unchanged())));
        summary.setVisible(preview.problems().isEmpty());
        problems.removeAll();
        preview.problems().stream().map(this::text).map(ListItem::new).forEach(problems::add);
        problems.setVisible(!preview.problems().isEmpty());
        errorCount.setText(preview.errorCount() > IntakeErrors.KEPT
                ? getTranslation("import.preview.errorsKept", VnFormats.count(preview.errorCount()),
                        VnFormats.count(IntakeErrors.KEPT))
                : getTranslation("import.preview.errors", VnFormats.count(preview.errorCount())));
        errorCount.setVisible(preview.errorCount() > 0);
        errors.setItems(preview.rowErrors());
        errors.setVisible(!preview.rowErrors().isEmpty());
        run.setVisible(preview.valid());
        if (preview.valid()) {
            summary.setText(summary.getText() + " " + getTranslation("import.preview.valid"));
        } else if (preview.problems().isEmpty()) {
            summary.setText(summary.getText() + " " + getTranslation("import.preview.invalid"));
        }
        setVisible(true);
    }

    String text(ImportProblem problem) {
        return getTranslation(problem.messageKey(), problem.args().toArray());
    }

    void setBusy(boolean busy) {
        run.setEnabled(!busy);
        cancel.setEnabled(!busy);
    }

    void clear() {
        setVisible(false);
        errors.setItems(java.util.List.of());
    }

}
