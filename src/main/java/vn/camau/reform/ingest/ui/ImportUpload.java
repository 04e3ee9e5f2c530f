package vn.camau.reform.ingest.ui;

import java.io.File;
import java.io.IOException;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.function.SerializableBiConsumer;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;

import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.UploadTexts;
import vn.camau.reform.ingest.ImportService;

/**
 * The file picker: one CSV or XLSX file of up to {@link ImportService#MAX_FILE_BYTES}, streamed to a
 * temporary file (never held in memory). The browser refuses a wrong type or a too-large file
 * first, with a message; the server refuses a too-large request too, and the service checks again.
 */
class ImportUpload extends Composite<Upload> implements HasEnabled {

    static final String[] EXTENSIONS = {".csv", ".xlsx"};

    ImportUpload(SerializableBiConsumer<String, File> uploaded) {
        Upload upload = getContent();
        UploadHandler toTempFile = UploadHandler.toTempFile((meta, file) -> uploaded.accept(meta.fileName(), file));
        upload.setUploadHandler(new Limited(toTempFile));
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) ImportService.MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(EXTENSIONS);
        upload.setDropAllowed(true);
        upload.setI18n(i18n());
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        upload.addFailedListener(e -> Notifications.error(getTranslation("import.upload.failed")));
    }

    /** Empties the list of uploaded files, so that the next file can be chosen (one at a time). */
    void clear() {
        getContent().clearFileList();
    }

    /** The temporary-file handler, with the size limit enforced by the server as well. */
    private record Limited(UploadHandler delegate) implements UploadHandler {
        @Override
        public void handleUploadRequest(UploadEvent event) throws IOException {
            delegate.handleUploadRequest(event);
        }

        @Override
        public void responseHandled(UploadResult result) {
            delegate.responseHandled(result);
        }

        @Override
        public long getFileSizeMax() {
            return ImportService.MAX_FILE_BYTES;
        }

        @Override
        public long getRequestSizeMax() {
            return ImportService.MAX_FILE_BYTES + 1024 * 1024;
        }

        @Override
        public long getFileCountMax() {
            return 1;
        }
    }

    private UploadI18N i18n() {
        String add = getTranslation("import.upload.add");
        String drop = getTranslation("import.upload.drop");
        return UploadTexts.of(this, new String[] {add, add}, new String[] {drop, drop},
                getTranslation("import.upload.tooMany"),
                getTranslation("import.file.tooLarge", String.valueOf(ImportService.MAX_FILE_BYTES / 1024 / 1024)),
                getTranslation("import.upload.wrongType"), getTranslation("import.upload.failed"));
    }
}
