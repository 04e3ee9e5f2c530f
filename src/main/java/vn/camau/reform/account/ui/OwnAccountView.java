package vn.camau.reform.account.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import vn.camau.reform.account.AccountSummary;
import vn.camau.reform.account.OwnAccountService;
import vn.camau.reform.security.PasswordPolicy;
import vn.camau.reform.account.SignInRecord;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;

/**
 * The signed-in user's own account: who they are here, their password, their open sessions (the others
 * can be ended) and their latest sign-ins.
 * Someone who signed in with a one-time password lands here and stays until they have chosen one
 * ({@link ForcedPasswordChange}).
 */
@Route("account")
@PermitAll
public class OwnAccountView extends VerticalLayout implements HasDynamicTitle {

    private final transient OwnAccountService own;
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeated = new PasswordField();

    OwnAccountView(OwnAccountService own) {
        this.own = own;
        setMaxWidth("60rem");
        AccountSummary me = own.me();
        boolean forced = own.mustChangePassword();
        if (forced) {
            Div banner = new Div(getTranslation("ownAccount.mustChange"));
            banner.addClassName("account-must-change");
            banner.getElement().getThemeList().add("badge warning");
            banner.getStyle().set("padding", "var(--lumo-space-m)").set("white-space", "normal");
            add(banner);
        }
        add(details(me), passwordForm(forced), new OwnSessions(own), signIns());
    }

    private FormLayout details(AccountSummary me) {
        FormLayout form = new FormLayout();
        form.addFormItem(new Div(me.username()), getTranslation("account.field.username"));
        form.addFormItem(new Div(me.fullName()), getTranslation("account.field.fullName"));
        form.addFormItem(new Div(me.unitName()), getTranslation("account.field.unit"));
        form.addFormItem(new Div(me.roles().stream().map(r -> getTranslation(r.labelKey())).sorted()
                .collect(Collectors.joining(", "))), getTranslation("account.field.roles"));
        form.addFormItem(new Div(me.email() == null ? "–" : me.email()), getTranslation("account.field.email"));
        return form;
    }

    private VerticalLayout passwordForm(boolean forced) {
        current.setLabel(getTranslation(forced ? "ownAccount.oneTimePassword"
                : "ownAccount.currentPassword"));
        next.setLabel(getTranslation("ownAccount.newPassword"));
        next.setHelperText(getTranslation("ownAccount.rules", PasswordPolicy.MIN_LENGTH));
        repeated.setLabel(getTranslation("ownAccount.repeatPassword"));
        for (PasswordField f : new PasswordField[] {current, next, repeated}) {
            f.setWidth("24rem");
            f.setMaxWidth("100%");
        }
        current.getElement().setAttribute("autocomplete", "current-password");
        next.getElement().setAttribute("autocomplete", "new-password");
        repeated.getElement().setAttribute("autocomplete", "new-password");
        Button change = new Button(getTranslation("ownAccount.change"), e -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("ownAccount.passwordTitle")), current, next,
                repeated, change);
        box.setPadding(false);
        return box;
    }

    private void change() {
        try {
            own.changePassword(current.getValue(), next.getValue(), repeated.getValue());
            Notifications.success(getTranslation("ownAccount.changed"));
            UI.getCurrent().navigate("");
        } catch (BusinessRuleException ex) {
            Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
        } finally {
            current.clear();
            next.clear();
            repeated.clear();
        }
    }

    private VerticalLayout signIns() {
        Grid<SignInRecord> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> VnFormats.dateTime(r.at())).setHeader(getTranslation("ownAccount.signIns.at"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation("ownAccount.signIns." + r.action()))
                .setHeader(getTranslation("ownAccount.signIns.what")).setAutoWidth(true);
        grid.addColumn(r -> r.clientIp() == null ? "–" : r.clientIp())
                .setHeader(getTranslation("ownAccount.signIns.from")).setAutoWidth(true);
        grid.setItems(own.recentSignIns());
        grid.setAllRowsVisible(true);
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("ownAccount.signIns.title")),
                new Paragraph(getTranslation("ownAccount.signIns.hint")), grid);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
