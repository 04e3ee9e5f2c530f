package vn.camau.reform.evaluation.ui;

import org.springframework.security.access.AccessDeniedException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;

/**
 * One step of a rating asked for in a dialog. A refused step shows the service's message and keeps
 * the dialog open with what was typed; a done one closes it.
 */
class EvaluationStepDialog extends Dialog {

    EvaluationStepDialog(String title, String confirmLabel, Runnable step, Runnable afterDone, Component... body) {
        setHeaderTitle(title);
        add(body);
        Button confirm = new Button(confirmLabel, e -> {
            try {
                step.run();
                close();
                afterDone.run();
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            } catch (AccessDeniedException ex) {
                // The page is older than someone's change of role, manager or step
                Notifications.error(getTranslation("evaluations.not-allowed"));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
