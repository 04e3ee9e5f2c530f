package vn.camau.reform.apology.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;

/**
 * One workflow step asked for in a dialog (return, sign, send, publish). A refused step shows the
 * service's message and keeps the dialog open with what was typed; a done one closes it.
 */
class StepDialog extends Dialog {

    StepDialog(String title, String confirmLabel, Runnable step, Runnable afterDone, Component... body) {
        setHeaderTitle(title);
        add(body);
        Button confirm = new Button(confirmLabel, e -> {
            try {
                step.run();
                close();
                afterDone.run();
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
