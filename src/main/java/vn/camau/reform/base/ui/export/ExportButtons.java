package vn.camau.reform.base.ui.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.camau.reform.base.export.ExportContext;
import vn.camau.reform.base.export.ExportFormat;
import vn.camau.reform.base.export.ExportLog;
import vn.camau.reform.base.export.TableExport;

/**
 * "Xuất CSV" and "Xuất Excel" for a grid's toolbar: two download links that export what the grid
 * shows. Both suppliers run when the user clicks, under the session lock, so they read the view's
 * current filter and the translated headers; the rows are then written outside the lock (a long
 * export does not freeze the screen), by the request thread that carries the user's login, so the
 * service's unit scope and method security apply to the export as they do to the grid.
 * <p>
 * The rows supplier should therefore capture the filter first and return a lazy stream, e.g.
 * {@code () -> { var f = filter(); return PagedRows.stream(1000, (o, l) -> service.page(f, o, l)); }},
 * and must not return a stream that reads components or a grid's in-memory items while it is being
 * consumed (collect those to a list inside the supplier). The stream is closed after writing.
 * <p>
 * Every export that reaches its end is put on the audit trail once, here, so no grid can forget it:
 * who, which view and sheet, the format, how many rows, and the unit and filter the table's
 * {@link TableExport#withContext context} names.
 */
public class ExportButtons<T> extends Composite<HorizontalLayout> {

    private static final Logger log = LoggerFactory.getLogger(ExportButtons.class);

    private final SerializableSupplier<TableExport<T>> table;
    private final SerializableSupplier<Stream<T>> rows;

    public ExportButtons(SerializableSupplier<TableExport<T>> table, SerializableSupplier<Stream<T>> rows) {
        this.table = table;
        this.rows = rows;
        HorizontalLayout layout = getContent();
        layout.setSpacing(false);
        layout.setAlignItems(FlexComponent.Alignment.CENTER);
        layout.add(link(ExportFormat.CSV, "export.csv", VaadinIcon.FILE_TEXT_O),
                link(ExportFormat.XLSX, "export.xlsx", VaadinIcon.FILE_TABLE));
    }

    private Anchor link(ExportFormat format, String key, VaadinIcon icon) {
        Anchor link = new Anchor(download(format), AttachmentType.DOWNLOAD, getTranslation(key));
        link.addComponentAsFirst(icon.create());
        link.getElement().setAttribute("title", getTranslation(key + ".hint"));
        link.addClassName("export-link");
        return link;
    }

    private DownloadHandler download(ExportFormat format) {
        return event -> {
            Prepared<T> export = prepare(event);
            event.setFileName(export.table().fileName(format, LocalDateTime.now()));
            event.setContentType(format.contentType());
            AtomicLong rows = new AtomicLong();
            try (OutputStream out = event.getOutputStream()) {
                format.exporter().write(export.table(), export.rows().peek(row -> rows.incrementAndGet()), out);
                audit(event, export, format, rows.get());
            } catch (IOException e) {
                // mostly the user cancelling the download or leaving; nothing to fix
                log.info("Export {} of '{}' interrupted: {}", format, export.table().sheetName(), e.toString());
                throw e;
            } catch (RuntimeException e) {
                log.error("Export {} of '{}' failed, incident {}", format, export.table().sheetName(),
                        UUID.randomUUID().toString().substring(0, 8), e);
                throw e;
            }
        };
    }

    /** One EXPORTED entry, in the download request (which carries the user's login and address). */
    private static void audit(DownloadEvent event, Prepared<?> export, ExportFormat format, long rows) {
        ExportContext context = export.table().context();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("view", export.view());
        after.put("sheet", export.table().sheetName());
        after.put("format", format.name());
        after.put("rows", rows);
        if (context.filters() != null) {
            after.put("filters", context.filters());
        }
        ExportLog log = event.getSession().getService().getInstantiator().getOrCreate(ExportLog.class);
        log.exported(export.view(), context.unitId(), after);
    }

    /** Reads the view's state as the user sees it: under the session lock, like any UI event. */
    private Prepared<T> prepare(DownloadEvent event) {
        AtomicReference<Prepared<T>> prepared = new AtomicReference<>();
        UI ui = event.getUI();
        if (ui != null) {
            ui.accessSynchronously(() -> prepared.set(new Prepared<>(table.get(), rows.get(),
                    ui.getInternals().getActiveViewLocation().getPath())));
        } else {
            VaadinSession session = event.getSession();
            session.lock();
            try {
                prepared.set(new Prepared<>(table.get(), rows.get(), ""));
            } finally {
                session.unlock();
            }
        }
        return prepared.get();
    }

    /** @param view the route the export was made from ("dossiers/alerts"), naming the grid on the trail */
    private record Prepared<T>(TableExport<T> table, Stream<T> rows, String view) {
    }
}
