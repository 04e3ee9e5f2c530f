package vn.camau.reform.evaluation.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;

/**
 * One step of a rating asked for in a dialog. A refused step (a score out of range, the quota, a
 * rating approved or changed meanwhile) shows the service's message, reloads the page behind so
 * the user sees the rating as it now is, and keeps the dialog open with everything typed. A done
 * step closes the dialog and reloads the page.
 */
class StepDialog extends Dialog {

    StepDialog(String title, String confirmLabel, Runnable step, String doneMessage, Runnable reload,
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
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("evaluations.denied"));
                reload.run();
            } finally {
                e.getSource().setEnabled(true);
            }
        });
        // A double click must not send the step twice
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
