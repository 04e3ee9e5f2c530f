package vn.camau.reform.apology.ui;

import java.io.OutputStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyLetters;
import vn.camau.reform.base.pdf.PaperSize;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * The letter to the applicant: the PDF on A4 or A5 (marked "DỰ THẢO" until signed) and the short
 * text to paste into an SMS, Zalo or e-mail. The download runs on the request that carries the
 * user's login, so the letter service checks the role and scope again.
 */
class ApologyLetterActions extends Composite<HorizontalLayout> {

    ApologyLetterActions(ApologyLetters letters, Apology a) {
        HorizontalLayout layout = getContent();
        layout.addClassName("toolbar"); // the letter's buttons wrap on a phone (styles.css)
        layout.setId("letter-actions");
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        String draft = a.state().isSigned() ? "" : " (" + getTranslation("apology.state.DRAFT") + ")";
        for (PaperSize paper : PaperSize.values()) {
            Anchor pdf = new Anchor(download(letters, a.id(), paper), AttachmentType.DOWNLOAD,
                    getTranslation("apologies.letter.pdf", paper.name()) + draft);
            pdf.addComponentAsFirst(VaadinIcon.FILE_TEXT_O.create());
            layout.add(pdf);
        }
        Button text = new Button(getTranslation("apologies.letter.text"), VaadinIcon.COMMENT.create(),
                e -> showText(letters.shortText(a.id())));
        DialogOpener.mark(text);
        text.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        layout.add(text);
    }

    private static DownloadHandler download(ApologyLetters letters, long id, PaperSize paper) {
        return event -> {
            byte[] pdf = letters.pdf(id, paper);
            event.setFileName(letters.fileName(id, paper));
            event.setContentType("application/pdf");
            try (OutputStream out = event.getOutputStream()) {
                out.write(pdf);
            }
        };
    }

    private void showText(String message) {
        Dialog dialog = new Dialog(getTranslation("apologies.letter.text"));
        TextArea area = new TextArea();
        area.setValue(message);
        area.setReadOnly(true);
        area.setWidth("32em");
        area.setHelperText(getTranslation("apologies.letter.text.help", String.valueOf(message.length())));
        Button close = new Button(getTranslation("apologies.letter.close"), e -> dialog.close());
        dialog.add(area);
        dialog.getFooter().add(close);
        dialog.open();
    }
}
