package vn.camau.reform.account.ui;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;

import vn.camau.reform.account.BulkAccounts;
import vn.camau.reform.account.OfficerAccountsService;
import vn.camau.reform.account.OneTimePasswordSheet;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.Notifications;

/**
 * Accounts for every officer of a unit (and the units below it) who has none, from the officer
 * register. The one-time passwords come as one file, downloadable once: the dialog keeps them only
 * until then, and the link answers 410 afterwards.
 */
class BulkAccountsDialog extends Dialog {

    private final transient OfficerAccountsService officerAccounts;
    private final transient Runnable onCreated;
    private final ComboBox<ReportUnit> unit = new ComboBox<>();
    private final Paragraph count = new Paragraph();
    private final Button create = new Button();

    BulkAccountsDialog(OfficerAccountsService officerAccounts, AdminUnitService units, Runnable onCreated) {
        this.officerAccounts = officerAccounts;
        this.onCreated = onCreated;
        setHeaderTitle(getTranslation("users.bulk"));
        setWidth("36rem");
        setMaxWidth("100%");
        unit.setLabel(getTranslation("account.field.unit"));
        UnitChoices.configure(unit, units);
        unit.setWidthFull();
        unit.addValueChangeListener(e -> showCount());
        create.setText(getTranslation("users.bulk.create"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setEnabled(false);
        create.addClickListener(e -> create());
        add(new Paragraph(getTranslation("users.bulk.intro")), unit, count);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), create);
    }

    private void showCount() {
        if (unit.getValue() == null) {
            count.setText("");
            create.setEnabled(false);
            return;
        }
        int n = officerAccounts.countWithoutAccount(unit.getValue().id());
        count.setText(getTranslation("users.bulk.count", n));
        create.setEnabled(n > 0);
    }

    private void create() {
        try {
            BulkAccounts result = officerAccounts.createForOfficers(unit.getValue().id());
            onCreated.run();
            showDownload(result);
        } catch (BusinessRuleException ex) {
            Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
        }
    }

    private void showDownload(BulkAccounts result) {
        removeAll();
        getFooter().removeAll();
        setCloseOnOutsideClick(false);
        setHeaderTitle(getTranslation("users.bulk.done", result.created().size()));
        AtomicReference<byte[]> once = new AtomicReference<>(OneTimePasswordSheet.csv(result));
        Anchor download = new Anchor(onceOnly(once), AttachmentType.DOWNLOAD,
                getTranslation("users.bulk.download"));
        download.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        download.addClassName("one-time-passwords-download");
        download.getElement().addEventListener("click", e -> {
            download.setEnabled(false);
            download.setText(getTranslation("users.bulk.downloaded"));
        });
        add(new Paragraph(getTranslation("users.bulk.hint")), download);
        Button done = new Button(getTranslation("users.oneTime.close"), e -> {
            once.set(null);
            close();
        });
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
    }

    private static DownloadHandler onceOnly(AtomicReference<byte[]> once) {
        return event -> {
            byte[] file = once.getAndSet(null);
            if (file == null) {
                event.getResponse().setStatus(410);
                return;
            }
            event.setFileName("mat-khau-mot-lan-" + LocalDate.now() + ".csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                out.write(file);
            }
        };
    }
}
