package vn.camau.reform.evaluation.ui;

import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.Frequency;

/**
 * HR opens a unit's rating round: the unit, how often it rates, and the first day of the period.
 * The service decides the rules, deadlines and whom it covers; a refusal keeps what was chosen.
 */
class OpenCycleDialog extends Dialog {

    OpenCycleDialog(EvaluationService service, List<ReportUnit> units, ReportUnit preselected, LongConsumer opened) {
        setHeaderTitle(getTranslation("evaluations.open-cycle"));
        ComboBox<ReportUnit> unit = new Picker<>(getTranslation("evaluations.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setValue(preselected);
        unit.setWidth("24em");
        Select<Frequency> frequency = new Select<>();
        frequency.setLabel(getTranslation("evaluations.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> getTranslation(f.labelKey()));
        DatePicker start = DateFields.datePicker(getTranslation("evaluations.period-start"));
        start.setHelperText(getTranslation("evaluations.period-start.help"));
        add(new Paragraph(getTranslation("evaluations.open-cycle.hint")), unit, frequency, start);
        Button confirm = new Button(getTranslation("evaluations.open-cycle.confirm"), e -> {
            try {
                if (unit.getValue() == null) {
                    throw new BusinessRuleException("evaluations.open-cycle.unit-required");
                }
                long id = service.openCycle(unit.getValue().id(), frequency.getValue(), start.getValue());
                close();
                opened.accept(id);
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
