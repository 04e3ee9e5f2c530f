package vn.camau.reform.hotline.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.hotline.HotlineReport;
import vn.camau.reform.hotline.HotlineRules;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.hotline.Reporter;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * Who reported, masked as the service returns it. The assigned inspector and the inspection leaders
 * may ask for the full identity: they must say why, the service logs the reveal, and only then is
 * the full name, phone and e-mail shown, on this page only.
 */
class ReporterCard extends Composite<VerticalLayout> {

    private final transient HotlineService hotline;
    private final long reportId;
    private final Runnable afterReveal;
    private final FormLayout details = new FormLayout();

    ReporterCard(HotlineService hotline, HotlineReport r, Runnable afterReveal) {
        this.hotline = hotline;
        this.reportId = r.id();
        this.afterReveal = afterReveal;
        VerticalLayout layout = getContent();
        layout.setPadding(false);
        layout.setId("reporter");
        details.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        layout.add(new H3(getTranslation("hotline.section.reporter")), details);
        Reporter reporter = r.reporter();
        show(reporter);
        if (r.mayRevealReporter() && !reporter.anonymous() && reporter.masked()) {
            Button reveal = new Button(getTranslation("hotline.reveal-button"), VaadinIcon.EYE.create(), e -> askPurpose());
            DialogOpener.mark(reveal);
            reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            layout.add(reveal);
        }
    }

    private void show(Reporter reporter) {
        details.removeAll();
        if (reporter.anonymous()) {
            details.addFormItem(new Span(getTranslation("hotline.reporter.anonymous")),
                    getTranslation("hotline.field.reporter-name"));
            return;
        }
        details.addFormItem(new Span(nz(reporter.name())), getTranslation("hotline.field.reporter-name"));
        details.addFormItem(new Span(nz(reporter.phone())), getTranslation("hotline.field.reporter-phone"));
        details.addFormItem(new Span(nz(reporter.email())), getTranslation("hotline.field.reporter-email"));
        if (reporter.masked()) {
            Span note = new Span(getTranslation("hotline.reporter.masked"));
            note.getStyle().set("color", "var(--lumo-secondary-text-color)");
            details.setColspan(note, 3);
            details.add(note);
        }
    }

    private void askPurpose() {
        Dialog dialog = new Dialog(getTranslation("hotline.dialog.reveal.title"));
        TextField purpose = new TextField(getTranslation("hotline.dialog.reveal.purpose"));
        purpose.setMaxLength(HotlineRules.MAX_PURPOSE);
        purpose.setRequiredIndicatorVisible(true);
        purpose.setWidth("28em");
        Button confirm = new Button(getTranslation("hotline.dialog.reveal.confirm"), e -> {
            try {
                Reporter full = hotline.revealReporter(reportId, purpose.getValue());
                dialog.close();
                show(full);
                getContent().getChildren().filter(c -> c instanceof Button).toList()
                        .forEach(b -> getContent().remove(b));
                afterReveal.run();
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                e.getSource().setEnabled(true);
            }
        });
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Paragraph(getTranslation("hotline.dialog.reveal.hint")), purpose);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), confirm);
        dialog.open();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
