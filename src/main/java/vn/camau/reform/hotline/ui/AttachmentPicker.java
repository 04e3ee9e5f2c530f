package vn.camau.reform.hotline.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import vn.camau.reform.base.ui.UploadTexts;
import vn.camau.reform.hotline.AttachmentRules;
import vn.camau.reform.hotline.AttachmentUpload;

/**
 * Files picked for a report, held in memory until the form is saved (a few files of up to 10 MB).
 * The browser's size, count and type limits only spare the user a wasted upload: the service checks
 * name and content again and its refusal is what counts. A refused save keeps the files here.
 */
class AttachmentPicker extends Composite<Upload> {

    static final int MAX_FILES = 5;
    static final int MAX_FILE_BYTES = (int) AttachmentRules.MAX_FILE_BYTES;
    /** As the service accepts them; it recognises each by its first bytes too. */
    static final String[] EXTENSIONS = Arrays.stream(AttachmentRules.ALLOWED_EXTENSIONS.split(","))
            .map(e -> "." + e.strip()).toArray(String[]::new);

    private final List<AttachmentUpload> files = new ArrayList<>();

    AttachmentPicker() {
        // The in-memory handler calls back under the session lock (through UI.access)
        Upload upload = getContent();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) ->
                files.add(new AttachmentUpload(meta.fileName(), bytes))));
        upload.setMaxFiles(MAX_FILES);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(EXTENSIONS);
        upload.addFileRemovedListener(e -> remove(e.getFileName()));
        upload.setI18n(i18n());
    }

    private void remove(String fileName) {
        for (int i = files.size() - 1; i >= 0; i--) {
            if (files.get(i).fileName().equals(fileName)) {
                files.remove(i);
                return;
            }
        }
    }

    List<AttachmentUpload> files() {
        return List.copyOf(files);
    }

    private UploadI18N i18n() {
        return UploadTexts.of(this,
                new String[] {getTranslation("hotline.upload.add-one"), getTranslation("hotline.upload.add-many")},
                new String[] {getTranslation("hotline.upload.drop-one"), getTranslation("hotline.upload.drop-many")},
                getTranslation("hotline.upload.too-many", String.valueOf(MAX_FILES)),
                getTranslation("hotline.upload.too-big", String.valueOf(MAX_FILE_BYTES / 1024 / 1024)),
                getTranslation("hotline.upload.wrong-type"), getTranslation("hotline.upload.failed"));
    }
}
