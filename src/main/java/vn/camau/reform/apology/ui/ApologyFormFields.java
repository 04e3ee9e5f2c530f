package vn.camau.reform.apology.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import vn.camau.reform.adminunit.UnitRef;
import vn.camau.reform.apology.ApologyForm;
import vn.camau.reform.apology.ApologyRules;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.adminunit.ReportUnit;

/**
 * What the drafter fills in, for a new apology and for editing a draft. No binder validation of its
 * own: the service checks the rules and the screen shows its message, so the rules live in one place.
 */
class ApologyFormFields extends Composite<FormLayout> {

    private final ComboBox<UnitRef> faultUnit = new Picker<>();
    private final TextArea reason = new TextArea();
    private final DatePicker newDueDate = DateFields.datePicker(null);
    private final Select<DeliveryChannel> channel = new Select<>();

    ApologyFormFields(List<ReportUnit> units, LocalDate today) {
        faultUnit.setLabel(getTranslation("apologies.field.fault-unit"));
        faultUnit.setItems(units.stream().map(ReportUnit::ref).toList());
        faultUnit.setItemLabelGenerator(UnitRef::name);
        faultUnit.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("apologies.field.reason"));
        reason.setMaxLength(ApologyRules.REASON_MAX_LENGTH);
        reason.setRequiredIndicatorVisible(true);
        reason.setMinHeight("7em");
        newDueDate.setLabel(getTranslation("apologies.field.new-date"));
        // The service refuses a past date; the picker just does not offer one
        newDueDate.setMin(today);
        newDueDate.setRequiredIndicatorVisible(true);
        channel.setLabel(getTranslation("apologies.field.channel"));
        channel.setItems(DeliveryChannel.values());
        channel.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        FormLayout layout = getContent();
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        layout.add(faultUnit, newDueDate, channel);
        layout.add(reason, 3);
    }

    /** Shows a form; {@code faultUnitName} names the unit when it is not among the offered ones. */
    void show(ApologyForm form, String faultUnitName) {
        List<UnitRef> choices = new ArrayList<>(faultUnit.getListDataView().getItems().toList());
        UnitRef chosen = choices.stream().filter(c -> form.faultUnitId() != null && c.id() == form.faultUnitId())
                .findFirst().orElse(null);
        if (chosen == null && form.faultUnitId() != null && faultUnitName != null) {
            // the apology's own unit is kept even when it is no longer offered; known here by name only
            chosen = new UnitRef(form.faultUnitId(), faultUnitName, null, null);
            choices.addFirst(chosen);
            faultUnit.setItems(choices);
        }
        faultUnit.setValue(chosen);
        reason.setValue(form.reason() == null ? "" : form.reason());
        newDueDate.setValue(form.newDueDate());
        channel.setValue(form.channel());
    }

    ApologyForm read(String dossierCode, boolean declaredLate) {
        return new ApologyForm(dossierCode, faultUnit.getValue() == null ? null : faultUnit.getValue().id(),
                reason.getValue(), newDueDate.getValue(), channel.getValue(), declaredLate);
    }
}
