package vn.camau.reform.ingest.ui;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.shared.Registration;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.ingest.ImportFormat;
import vn.camau.reform.ingest.ImportJobs;
import vn.camau.reform.ingest.ImportKind;
import vn.camau.reform.ingest.ImportOutcome;
import vn.camau.reform.ingest.ImportPreview;
import vn.camau.reform.ingest.ImportProblem;
import vn.camau.reform.ingest.ImportResult;
import vn.camau.reform.ingest.ImportService;
import vn.camau.reform.security.Roles;

/**
 * Administrators bring dossiers, procedures and officers in from CSV or Excel files: pick the kind,
 * fill in its template, upload; the whole file is checked and previewed first, and only a file
 * without errors is imported, whole, in one go. Both passes run in a worker while the screen polls
 * for progress (the application has no server push), so the screen stays usable meanwhile.
 */
@Route("imports")
@Menu(title = "nav.imports", order = 96, icon = "vaadin:upload")
@RolesAllowed(Roles.ADMIN)
public class ImportView extends VerticalLayout implements HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(ImportView.class);
    static final int POLL_MS = 500;

    private final transient ImportService imports;
    private final transient ImportJobs jobs;
    private final Select<ImportKind> kind = new Select<>();
    private final HorizontalLayout templates = new HorizontalLayout();
    private final ImportUpload upload;
    private final ImportProgressBar progress = new ImportProgressBar();
    private final ImportPreviewPanel preview;
    private final ImportHistoryGrid history;

    private File file;
    private String fileName;
    private ImportKind fileKind;
    private boolean busy;
    private Registration polling;

    ImportView(ImportService imports, ImportJobs jobs) {
        this.imports = imports;
        this.jobs = jobs;
        setSizeFull();

        kind.setLabel(getTranslation("import.kind"));
        kind.setItems(imports.kinds());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(imports.kinds().contains(ImportKind.DOSSIERS) ? ImportKind.DOSSIERS : imports.kinds().get(0));
        kind.addValueChangeListener(e -> {
            showTemplates();
            discardFile();
        });
        templates.setAlignItems(FlexComponent.Alignment.BASELINE);
        showTemplates();
        HorizontalLayout top = new HorizontalLayout(kind, templates);
        top.setAlignItems(FlexComponent.Alignment.BASELINE);

        upload = new ImportUpload(this::uploaded);
        preview = new ImportPreviewPanel(this::startImport, this::discardFile);
        history = new ImportHistoryGrid(imports);

        add(new Paragraph(getTranslation("import.intro", VnFormats.count(ImportService.MAX_FILE_BYTES / 1024 / 1024))),
                top, upload, progress, preview, new H3(getTranslation("import.history.title")), history);
    }

    private void showTemplates() {
        templates.removeAll();
        ImportKind k = kind.getValue();
        for (ImportFormat format : ImportFormat.values()) {
            Anchor link = new Anchor(template(k, format), AttachmentType.DOWNLOAD,
                    getTranslation("import.template." + format.extension()));
            link.addComponentAsFirst((format == ImportFormat.CSV ? VaadinIcon.FILE_TEXT_O : VaadinIcon.FILE_TABLE)
                    .create());
            templates.add(link);
        }
    }

    private DownloadHandler template(ImportKind k, ImportFormat format) {
        return event -> {
            event.setFileName(imports.templateFileName(k, format));
            event.setContentType(format.contentType());
            try (OutputStream out = event.getOutputStream()) {
                imports.writeTemplate(k, format, out);
            }
        };
    }

    /** Called under the session lock once the file is on disk. */
    private void uploaded(String name, File uploadedFile) {
        if (busy) {
            delete(uploadedFile);
            Notifications.warning(getTranslation("import.busy"));
            return;
        }
        discardFile();
        List<ImportProblem> problems = imports.check(name, uploadedFile.length());
        if (!problems.isEmpty()) {
            delete(uploadedFile);
            upload.clear();
            Notifications.error(preview.text(problems.get(0)));
            return;
        }
        file = uploadedFile;
        fileName = name;
        fileKind = kind.getValue();
        Path path = file.toPath();
        ImportKind k = fileKind;
        run(getTranslation("import.validating", name),
                sink -> imports.validate(k, path, name, sink),
                this::previewed);
    }

    private void previewed(ImportPreview result) {
        preview.show(result, imports.columns(result.kind()));
        if (!result.valid()) {
            delete(file);
            file = null;
        }
    }

    private void startImport() {
        if (file == null || busy) {
            return;
        }
        Path path = file.toPath();
        String name = fileName;
        ImportKind k = fileKind;
        run(getTranslation("import.importing", name), sink -> imports.importFile(k, path, name, sink), this::imported);
    }

    private void imported(ImportOutcome outcome) {
        history.refresh();
        discardFile();
        if (outcome.result() == ImportResult.SUCCEEDED) {
            Notifications.success(getTranslation("import.done", VnFormats.count(outcome.rows()),
                    VnFormats.count(outcome.counts().created()), VnFormats.count(outcome.counts().updated()),
                    VnFormats.count(outcome.counts().unchanged())));
        } else if (outcome.result() == ImportResult.REFUSED) {
            preview.show(outcome.preview(), imports.columns(outcome.preview().kind()));
            Notifications.error(getTranslation("import.refused"));
        } else {
            Notifications.error(getTranslation("import.failed"));
        }
    }

    /**
     * Runs a pass in a worker; the screen polls the progress and shows the result. A failure of ours
     * is logged with an incident number and shown as a plain message, never as a trace.
     */
    private <R> void run(String status, java.util.function.Function<ImportProgressBar.Sink, R> work,
                         Consumer<R> done) {
        UI ui = UI.getCurrent();
        setBusy(true);
        ImportProgressBar.Sink sink = progress.start(status);
        ui.setPollInterval(POLL_MS);
        polling = ui.addPollListener(e -> progress.refresh());
        jobs.submit(() -> {
            try {
                R result = work.apply(sink);
                access(ui, () -> {
                    finished(ui);
                    done.accept(result);
                    if (!isAttached()) {
                        // the administrator left meanwhile: nobody will import this file
                        discardFile();
                    }
                });
            } catch (RuntimeException e) {
                String incident = UUID.randomUUID().toString().substring(0, 8);
                log.error("Import pass for '{}' failed, incident {}", fileName, incident, e);
                access(ui, () -> {
                    finished(ui);
                    discardFile();
                    Notifications.error(getTranslation("import.failed.incident", incident));
                });
            }
        });
    }

    private void access(UI ui, com.vaadin.flow.server.Command command) {
        try {
            ui.access(command);
        } catch (com.vaadin.flow.component.UIDetachedException e) {
            // the administrator left the screen (the history still tells the result): drop the file
            delete(file);
        }
    }

    private void finished(UI ui) {
        ui.setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        progress.stop();
        setBusy(false);
        // the file is read: the picker is free for the next one (it holds one at a time)
        upload.clear();
    }

    private void setBusy(boolean busy) {
        this.busy = busy;
        kind.setEnabled(!busy);
        upload.setEnabled(!busy);
        preview.setBusy(busy);
    }

    private void discardFile() {
        if (busy) {
            return;
        }
        preview.clear();
        delete(file);
        file = null;
        fileName = null;
    }

    private static void delete(File f) {
        if (f != null) {
            try {
                Files.deleteIfExists(f.toPath());
            } catch (IOException e) {
                log.warn("Could not delete the uploaded file {}: {}", f, e.toString());
            }
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        history.refresh();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        super.onDetach(detachEvent);
        if (!busy) {
            delete(file);
            file = null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.imports");
    }
}
