package vn.camau.reform.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.security.ApiTokenPurpose;
import vn.camau.reform.security.ApiTokenService;
import vn.camau.reform.security.IssuedApiToken;
import vn.camau.reform.security.TokenOwner;

/**
 * Issues a token, then shows its secret in the same dialog, once: closing the dialog is the last
 * chance to copy it. A refused entry keeps the dialog open with what was typed.
 */
class IssueApiTokenDialog extends Dialog {

    private final transient ApiTokenService tokens;
    private final Runnable onIssued;

    IssueApiTokenDialog(ApiTokenService tokens, Runnable onIssued) {
        this.tokens = tokens;
        this.onIssued = onIssued;
        setHeaderTitle(getTranslation("apiToken.issue"));
        setWidth("36rem");

        TextField name = new TextField(getTranslation("apiToken.field.name"));
        name.setHelperText(getTranslation("apiToken.field.name.helper"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(ApiTokenService.NAME_MAX_LENGTH);
        ComboBox<TokenOwner> user = new Picker<>(getTranslation("apiToken.field.user"));
        user.setHelperText(getTranslation("apiToken.field.user.helper"));
        user.setRequiredIndicatorVisible(true);
        user.setItems(tokens.owners());
        user.setItemLabelGenerator(o -> o.username() + " – " + o.fullName() + " (" + o.unitName() + ")");
        Select<ApiTokenPurpose> purpose = new Select<>();
        purpose.setLabel(getTranslation("apiToken.field.purpose"));
        purpose.setItems(ApiTokenPurpose.values());
        purpose.setItemLabelGenerator(p -> getTranslation(p.labelKey()));
        purpose.setValue(ApiTokenPurpose.READ);
        FormLayout form = new FormLayout(name, user, purpose);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        Button issue = new Button(getTranslation("apiToken.issue.confirm"), e -> {
            try {
                IssuedApiToken issued = tokens.issue(name.getValue(),
                        user.getValue() == null ? null : user.getValue().username(), purpose.getValue());
                onIssued.run();
                showSecret(issued);
            } catch (BusinessRuleException ex) {
                Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        issue.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), issue);
    }

    private void showSecret(IssuedApiToken issued) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("apiToken.issued.title", issued.details().name()));
        setCloseOnOutsideClick(false);
        TextField secret = new TextField(getTranslation("apiToken.issued.token"));
        secret.setValue(issued.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button(getTranslation("apiToken.issued.copy"), VaadinIcon.COPY.create(), e -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", issued.token());
            Notifications.success(getTranslation("apiToken.issued.copied"));
        });
        add(new Paragraph(getTranslation("apiToken.issued.hint")), secret, copy,
                new Paragraph(getTranslation("apiToken.issued.usage")));
        Button done = new Button(getTranslation("apiToken.issued.close"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
