package vn.camau.reform.evaluation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.evaluation.DisciplineDecision;
import vn.camau.reform.evaluation.DisciplineForm;
import vn.camau.reform.evaluation.DisciplineService;
import vn.camau.reform.base.ui.DialogOpener;

/**
 * An officer's discipline decisions on their performance page, for HR and leaders; HR records new
 * ones. A decision dated in a year makes that year's ratings "not completed".
 */
class DisciplinePanel extends VerticalLayout {

    private final transient DisciplineService service;
    private final long officerId;
    private final Grid<DisciplineDecision> grid = new Grid<>();

    DisciplinePanel(DisciplineService service, long officerId, boolean mayRecord) {
        this.service = service;
        this.officerId = officerId;
        addClassName("discipline-panel");
        setPadding(false);
        grid.addColumn(d -> VnFormats.date(d.decidedOn())).setHeader(getTranslation("discipline.decided-on"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.form().labelKey())).setHeader(getTranslation("discipline.form"))
                .setAutoWidth(true);
        grid.addColumn(DisciplineDecision::decisionNumber).setHeader(getTranslation("discipline.number"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.note() == null ? "" : d.note()).setHeader(getTranslation("discipline.note"));
        grid.addColumn(DisciplineDecision::recordedByName).setHeader(getTranslation("discipline.recorded-by"))
                .setAutoWidth(true);
        grid.setAllRowsVisible(true);
        add(new H3(getTranslation("discipline.title")), new Paragraph(getTranslation("discipline.help")), grid);
        if (mayRecord) {
            Button record = new Button(getTranslation("discipline.record"), e -> openDialog());
            DialogOpener.mark(record);
            record.addClassName("discipline-record");
            add(record);
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(service.ofOfficer(officerId));
    }

    private void openDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("discipline.record"));
        ComboBox<DisciplineForm> form = new ComboBox<>(getTranslation("discipline.form"), DisciplineForm.values());
        form.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        DatePicker decidedOn = DateFields.datePicker(getTranslation("discipline.decided-on"));
        TextField number = new TextField(getTranslation("discipline.number"));
        number.setMaxLength(DisciplineService.MAX_NUMBER);
        TextArea note = new TextArea(getTranslation("discipline.note"));
        note.setMaxLength(DisciplineService.MAX_NOTE);
        dialog.add(new VerticalLayout(form, decidedOn, number, note));
        Button save = new Button(getTranslation("discipline.save"), e -> {
            try {
                service.record(officerId, form.getValue(), decidedOn.getValue(), number.getValue(), note.getValue());
                dialog.close();
                refresh();
                Notifications.success(getTranslation("discipline.saved"));
            } catch (BusinessRuleException ex) {
                // The dialog stays open with what was typed
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("discipline-save");
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
