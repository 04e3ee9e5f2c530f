package vn.camau.reform.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.dossier.DossierService;

/**
 * Đôn đốc: a short note to the unit holding a late or nearly late dossier. The text stays in the
 * dialog when it is refused, so nothing typed is lost.
 */
class UrgeDialog extends Dialog {

    UrgeDialog(DossierService dossiers, String dossierCode, Runnable afterSent) {
        setHeaderTitle(getTranslation("alert.urge.title", dossierCode));
        TextArea message = new TextArea(getTranslation("alert.urge.message"));
        message.setMaxLength(DossierService.REMINDER_MAX_LENGTH);
        message.setValue(getTranslation("alert.urge.default", dossierCode));
        message.setWidth("32em");
        message.setMinHeight("8em");
        add(message);
        Button send = new Button(getTranslation("alert.urge.send"), e -> {
            try {
                dossiers.urge(dossierCode, message.getValue());
                Notifications.success(getTranslation("alert.urge.sent", dossierCode));
                close();
                afterSent.run();
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), send);
    }
}
