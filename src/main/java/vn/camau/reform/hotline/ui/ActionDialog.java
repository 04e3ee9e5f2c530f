package vn.camau.reform.hotline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;

/**
 * One workflow step asked for in a dialog. A refused step (a rule, or someone else changed the
 * report meanwhile) shows the service's message, reloads the page behind so the user sees the
 * report as it now is, and keeps the dialog open with everything typed: confirming again acts on
 * the version just shown. A done step closes the dialog and reloads the page.
 */
class ActionDialog extends Dialog {

    ActionDialog(String title, String confirmLabel, Runnable step, String doneMessage, Runnable reload,
                 Component... body) {
        setHeaderTitle(title);
        add(body);
        Button confirm = new Button(confirmLabel, e -> {
            try {
                step.run();
                close();
                Notifications.success(doneMessage);
                reload.run();
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
                reload.run();
                e.getSource().setEnabled(true);
            }
        });
        // A double click must not send the step twice
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
