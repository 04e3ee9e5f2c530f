package vn.camau.reform.account.ui;

import java.util.EnumSet;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.account.AccountForm;
import vn.camau.reform.account.AccountService;
import vn.camau.reform.account.AccountStatus;
import vn.camau.reform.account.AccountSummary;
import vn.camau.reform.account.IssuedPassword;
import vn.camau.reform.account.OfficerChoice;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.security.Role;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * Creates an account, or edits one: details, unit, roles and officer record, and its state (disable,
 * enable, unlock, reset the password). A refused save keeps what was typed and says which rule; a
 * one-time password is shown in this dialog, once.
 */
class AccountDialog extends Dialog {

    private final transient AccountService accounts;
    private final transient Runnable onChange;
    private final AccountSummary existing;
    private final TextField username = new TextField();
    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<vn.camau.reform.adminunit.ReportUnit> unit = new ComboBox<>();
    private final MultiSelectComboBox<Role> roles = new MultiSelectComboBox<>();
    private final ComboBox<OfficerChoice> officer = new ComboBox<>();

    static AccountDialog forNew(AccountService accounts, AdminUnitService units, Runnable onChange) {
        return new AccountDialog(accounts, units, null, onChange);
    }

    static AccountDialog forExisting(AccountService accounts, AdminUnitService units, AccountSummary account,
                                     Runnable onChange) {
        return new AccountDialog(accounts, units, account, onChange);
    }

    private AccountDialog(AccountService accounts, AdminUnitService units, AccountSummary existing, Runnable onChange) {
        this.accounts = accounts;
        this.onChange = onChange;
        this.existing = existing;
        setHeaderTitle(existing == null ? getTranslation("users.create")
                : getTranslation("users.editTitle", existing.username()));
        setWidth("44rem");
        setMaxWidth("100%");

        username.setLabel(getTranslation("account.field.username"));
        username.setHelperText(getTranslation("account.field.username.helper"));
        username.setRequiredIndicatorVisible(true);
        fullName.setLabel(getTranslation("account.field.fullName"));
        fullName.setRequiredIndicatorVisible(true);
        fullName.setMaxLength(AccountService.NAME_MAX_LENGTH);
        email.setLabel(getTranslation("account.field.email"));
        email.setMaxLength(AccountService.EMAIL_MAX_LENGTH);
        unit.setLabel(getTranslation("account.field.unit"));
        unit.setRequiredIndicatorVisible(true);
        UnitChoices.configure(unit, units);
        unit.setWidthFull();
        roles.setLabel(getTranslation("account.field.roles"));
        roles.setRequiredIndicatorVisible(true);
        Set<Role> offered = EnumSet.copyOf(accounts.grantableRoles());
        if (existing != null) {
            offered.addAll(existing.roles());
        }
        roles.setItems(offered);
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        officer.setLabel(getTranslation("account.field.officer"));
        officer.setHelperText(getTranslation("account.field.officer.helper"));
        officer.setItemLabelGenerator(OfficerChoice::label);
        officer.setClearButtonVisible(true);
        officer.setWidthFull();
        unit.addValueChangeListener(e -> offerOfficers());

        if (existing != null) {
            username.setValue(existing.username());
            username.setReadOnly(true);
            fullName.setValue(existing.fullName());
            email.setValue(existing.email() == null ? "" : existing.email());
            units.find(existing.unitId()).ifPresent(unit::setValue);
            roles.setValue(existing.roles());
            if (existing.officerId() != null) {
                officer.setItems(OfficerChoice.linked(existing.officerId(), existing.officerLabel()));
                officer.setValue(OfficerChoice.linked(existing.officerId(), existing.officerLabel()));
            }
            offerOfficers();
        }
        FormLayout form = new FormLayout(username, fullName, email, unit, roles, officer);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        form.setColspan(unit, 2);
        form.setColspan(roles, 2);
        form.setColspan(officer, 2);
        add(form);
        if (existing != null) {
            add(new Paragraph(getTranslation("users.stateLine", getTranslation(existing.status().labelKey()),
                    existing.lastLoginAt() == null ? "–" : VnFormats.dateTime(existing.lastLoginAt()),
                    existing.updatedBy() == null ? "–" : existing.updatedBy(),
                    existing.updatedAt() == null ? "–" : VnFormats.dateTime(existing.updatedAt()))));
        }

        Button save = new Button(getTranslation(existing == null ? "users.create.confirm" : "users.save"),
                e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (existing != null) {
            stateButtons();
        }
        getFooter().add(save);
    }

    private void offerOfficers() {
        Long unitId = unit.getValue() == null ? null : unit.getValue().id();
        OfficerChoice keep = officer.getValue();
        officer.setItems(q -> {
            var list = new java.util.ArrayList<OfficerChoice>();
            if (keep != null && q.getOffset() == 0) {
                list.add(keep);
            }
            list.addAll(accounts.officersWithoutAccount(unitId, q.getFilter().orElse(""), q.getOffset(), q.getLimit()));
            return list.stream().limit(q.getLimit());
        });
        if (keep != null) {
            officer.setValue(keep);
        }
    }

    private void stateButtons() {
        boolean disabled = existing.status() == AccountStatus.DISABLED;
        Button toggle = new Button(getTranslation(disabled ? "users.enable" : "users.disable"),
                (disabled ? VaadinIcon.CHECK : VaadinIcon.BAN).create(),
                e -> confirm(disabled ? "users.enable" : "users.disable",
                        getTranslation(disabled ? "users.enable.text" : "users.disable.text", existing.username()),
                        () -> {
                            if (disabled) {
                                accounts.enable(existing.id(), existing.version());
                            } else {
                                accounts.disable(existing.id(), existing.version());
                            }
                            Notifications.success(getTranslation(disabled ? "users.enabled" : "users.disabled",
                                    existing.username()));
                            close();
                        }));
        DialogOpener.mark(toggle);
        if (!disabled) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        Button reset = new Button(getTranslation("users.reset"), VaadinIcon.KEY.create(),
                e -> confirm("users.reset", getTranslation("users.reset.text", existing.username()), () -> {
                    IssuedPassword issued = accounts.resetPassword(existing.id(), existing.version());
                    showPassword(issued);
                }));
        DialogOpener.mark(reset);
        getFooter().add(toggle, reset);
        if (existing.status() == AccountStatus.LOCKED) {
            Button unlock = new Button(getTranslation("users.unlock"), VaadinIcon.UNLOCK.create(), e -> run(() -> {
                accounts.unlock(existing.id(), existing.version());
                Notifications.success(getTranslation("users.unlocked", existing.username()));
                close();
            }));
            getFooter().add(unlock);
        }
    }

    private void confirm(String titleKey, String text, Runnable action) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(titleKey));
        confirm.setText(text);
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation(titleKey));
        confirm.addConfirmListener(e -> run(action));
        confirm.open();
    }

    private void run(Runnable action) {
        try {
            action.run();
            onChange.run();
        } catch (BusinessRuleException ex) {
            Notifications.warning(getTranslation(ex.messageKey(), translatedArgs(ex)));
        }
    }

    private Object[] translatedArgs(BusinessRuleException ex) {
        Object[] args = ex.args();
        if ("account.error.roleNotGrantable".equals(ex.messageKey()) && args.length == 1) {
            args[0] = getTranslation("role." + args[0]);
        }
        return args;
    }

    private void save() {
        AccountForm form = new AccountForm(username.getValue(), fullName.getValue(), email.getValue(),
                unit.getValue() == null ? null : unit.getValue().id(), roles.getValue(),
                officer.getValue() == null ? null : officer.getValue().id());
        run(() -> {
            if (existing == null) {
                showPassword(accounts.create(form));
            } else {
                AccountSummary saved = accounts.update(existing.id(), existing.version(), form);
                Notifications.success(getTranslation("users.saved", saved.username()));
                close();
            }
        });
    }

    /**
     * The one-time password, in this dialog, once: closing it is the last chance to copy it. When it was
     * e-mailed to the user, only where it went.
     */
    private void showPassword(IssuedPassword issued) {
        removeAll();
        getFooter().removeAll();
        setHeaderTitle(getTranslation("users.oneTime.title", issued.account().username()));
        setCloseOnOutsideClick(false);
        if (issued.emailed()) {
            // it went to the user's own mailbox: nobody else needs to see it
            Paragraph sent = new Paragraph(getTranslation("users.oneTime.emailed", issued.account().username(),
                    issued.emailedTo(), VnFormats.dateTime(issued.expiresAt())));
            sent.addClassName("one-time-password-emailed");
            add(sent);
            Button done = new Button(getTranslation("users.oneTime.close"), e -> close());
            done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            getFooter().add(done);
            return;
        }
        TextField secret = new TextField(getTranslation("users.oneTime.password"));
        secret.setValue(issued.oneTimePassword());
        secret.setReadOnly(true);
        secret.setWidthFull();
        secret.addClassName("one-time-password");
        Button copy = new Button(getTranslation("apiToken.issued.copy"), VaadinIcon.COPY.create(), e -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", issued.oneTimePassword());
            Notifications.success(getTranslation("apiToken.issued.copied"));
        });
        add(new Paragraph(getTranslation("users.oneTime.hint", issued.account().username(),
                VnFormats.dateTime(issued.expiresAt()))), secret, copy);
        Button done = new Button(getTranslation("users.oneTime.close"), e -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }
}
