package vn.camau.reform.hotline.ui;

import java.io.OutputStream;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.hotline.HotlineAttachment;
import vn.camau.reform.hotline.HotlineService;

/**
 * The report's files, each a download. The bytes are read when the link is followed, on the request
 * that carries the user's login, so the service checks scope again; the file is always sent as an
 * attachment, never shown inline in the application's origin.
 */
class AttachmentList extends Composite<VerticalLayout> {

    AttachmentList(HotlineService hotline, long reportId, List<HotlineAttachment> files) {
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setSpacing(false);
        layout.setId("attachments");
        if (files.isEmpty()) {
            layout.add(new Span(getTranslation("hotline.attachments.none")));
        }
        for (HotlineAttachment a : files) {
            Anchor link = new Anchor(download(hotline, reportId, a), AttachmentType.DOWNLOAD, a.fileName());
            link.addComponentAsFirst(VaadinIcon.PAPERCLIP.create());
            Span meta = new Span(getTranslation("hotline.attachment.meta", size(a.sizeBytes()),
                    VnFormats.dateTime(a.uploadedAt()), a.uploaderName() == null ? "" : a.uploaderName()));
            meta.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
            HorizontalLayout row = new HorizontalLayout(link, meta);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.add(row);
        }
    }

    private static DownloadHandler download(HotlineService hotline, long reportId, HotlineAttachment a) {
        return event -> {
            byte[] content = hotline.attachmentContent(reportId, a.id());
            event.setFileName(a.fileName());
            event.setContentType(a.mediaType());
            try (OutputStream out = event.getOutputStream()) {
                out.write(content);
            }
        };
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return VnFormats.count(Math.round(bytes / 1024.0)) + " kB";
        }
        return String.format(VnFormats.VIETNAMESE, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
