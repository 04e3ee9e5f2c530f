package vn.camau.reform.apology.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyRules;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * The buttons for the next steps of an apology: only those its state allows and the user's role may
 * take (the service checks both again). Each step sends the version the page was read at, so a step
 * on a page someone else changed meanwhile is refused instead of overwriting.
 */
class ApologyWorkflow extends Composite<HorizontalLayout> {

    private final transient ApologyService apologies;
    private final Apology a;
    private final Runnable reload;

    /**
     * @param mayDraft an officer or a leader: sends and publishes
     * @param maySign  a unit or province leader: returns and signs
     */
    ApologyWorkflow(ApologyService apologies, Apology a, boolean mayDraft, boolean maySign, Runnable reload) {
        this.apologies = apologies;
        this.a = a;
        this.reload = reload;
        HorizontalLayout layout = getContent();
        if (maySign && a.state() == ApologyState.DRAFT) {
            layout.add(button("apologies.approve", this::approve, ButtonVariant.LUMO_PRIMARY),
                    button("apologies.return", this::returnDraft, ButtonVariant.LUMO_ERROR));
        }
        if (mayDraft && a.state() == ApologyState.APPROVED) {
            layout.add(button("apologies.mark-sent", this::markSent, ButtonVariant.LUMO_PRIMARY));
        }
        if (mayDraft && a.state() == ApologyState.SENT) {
            layout.add(button("apologies.publish", this::publish, ButtonVariant.LUMO_PRIMARY));
        }
    }

    boolean hasSteps() {
        return getContent().getComponentCount() > 0;
    }

    private Button button(String key, Runnable open, ButtonVariant variant) {
        Button b = new Button(getTranslation(key), e -> open.run());
        DialogOpener.mark(b);
        b.addThemeVariants(variant);
        return b;
    }

    private void returnDraft() {
        TextArea comment = new TextArea(getTranslation("apologies.return.comment"));
        comment.setMaxLength(ApologyRules.COMMENT_MAX_LENGTH);
        comment.setRequiredIndicatorVisible(true);
        comment.setWidth("32em");
        new StepDialog(getTranslation("apologies.return.title", a.dossier().code()), getTranslation("apologies.return.confirm"),
                () -> apologies.returnDraft(a.id(), a.version(), comment.getValue()),
                done("apologies.returned"), comment).open();
    }

    private void approve() {
        TextField title = new TextField(getTranslation("apologies.approve.signer-title"));
        title.setValue(apologies.defaultSignerTitle(a.id()).orElse(""));
        title.setWidth("20em");
        new StepDialog(getTranslation("apologies.approve.title", a.dossier().code()),
                getTranslation("apologies.approve.confirm"),
                () -> apologies.approve(a.id(), a.version(), title.getValue()),
                done("apologies.approved"), new Paragraph(getTranslation("apologies.approve.hint")), title).open();
    }

    private void markSent() {
        Select<DeliveryChannel> channel = new Select<>();
        channel.setLabel(getTranslation("apologies.mark-sent.channel"));
        channel.setItems(DeliveryChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        channel.setValue(a.delivery().channel());
        new StepDialog(getTranslation("apologies.mark-sent.title", a.dossier().code()),
                getTranslation("apologies.mark-sent.confirm"),
                () -> apologies.markSent(a.id(), a.version(), channel.getValue()),
                done("apologies.sent"), channel).open();
    }

    private void publish() {
        // The usual places, offered; any other place may be typed
        List<String> usual = new ArrayList<>(List.of(getTranslation("apologies.publish.where.desk"),
                getTranslation("apologies.publish.where.portal")));
        ComboBox<String> where = new ComboBox<>(getTranslation("apologies.publish.where"));
        where.setItems(usual);
        where.setAllowCustomValue(true);
        where.addCustomValueSetListener(e -> {
            usual.add(e.getDetail());
            where.setItems(usual);
            where.setValue(e.getDetail());
        });
        where.setValue(usual.getFirst());
        where.setWidth("28em");
        new StepDialog(getTranslation("apologies.publish.title", a.dossier().code()),
                getTranslation("apologies.publish.confirm"),
                () -> apologies.publish(a.id(), a.version(), where.getValue()),
                done("apologies.published"), where).open();
    }

    private Runnable done(String messageKey) {
        return () -> {
            Notifications.success(getTranslation(messageKey));
            reload.run();
        };
    }
}
