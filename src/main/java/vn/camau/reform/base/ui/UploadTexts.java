package vn.camau.reform.base.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * The upload component's texts in the user's language: what every upload says alike (progress,
 * units, retry) from {@code upload.*}, and what a particular upload says (what to add, its limits)
 * from the caller, already translated.
 */
public final class UploadTexts {

    private UploadTexts() {
    }

    /**
     * @param add      the button, for one file and for several
     * @param drop     the drop zone's hint, for one file and for several
     * @param failed   what the user reads when the upload failed on the server's side
     */
    public static UploadI18N of(Component c, String[] add, String[] drop, String tooMany, String tooBig,
                                String wrongType, String failed) {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(add[0]).setMany(add[1]));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(drop[0]).setMany(drop[1]));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(tooMany).setFileIsTooBig(tooBig)
                .setIncorrectFileType(wrongType));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(c.getTranslation("upload.connecting"))
                        .setStalled(c.getTranslation("upload.stalled"))
                        .setProcessing(c.getTranslation("upload.processing"))
                        .setHeld(c.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(c.getTranslation("upload.remaining"))
                        .setUnknown(c.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(failed)
                        .setUnexpectedServerError(failed).setForbidden(failed)));
        i18n.setUnits(new UploadI18N.Units(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB")));
        i18n.setFile(new UploadI18N.File().setRetry(c.getTranslation("upload.retry"))
                .setStart(c.getTranslation("upload.start")).setRemove(c.getTranslation("upload.remove")));
        return i18n;
    }
}
