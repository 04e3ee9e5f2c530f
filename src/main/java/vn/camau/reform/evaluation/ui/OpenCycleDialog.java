package vn.camau.reform.evaluation.ui;

import java.util.List;

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
import vn.camau.reform.dossier.ReportUnit;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.Frequency;

/**
 * HR opens a unit's rating round: the unit, monthly, quarterly or annual, and the period's first
 * day. The service checks the rest (the period's start, the rules in force, a round already open)
 * and a refusal shows its message with the dialog left as it was.
 */
class OpenCycleDialog extends Dialog {

    /** Told the new round's id and unit once opened. */
    interface Opened {
        void opened(long cycleId, long unitId);
    }

    OpenCycleDialog(EvaluationService evaluations, List<ReportUnit> units, ReportUnit preset, Opened opened) {
        setHeaderTitle(getTranslation("evaluations.open-cycle"));
        ComboBox<ReportUnit> unit = new ComboBox<>(getTranslation("evaluations.unit"));
        unit.setItems(units);
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setValue(preset);
        unit.setWidth("24em");
        Select<Frequency> frequency = new Select<>();
        frequency.setLabel(getTranslation("evaluations.frequency"));
        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> f == null ? "" : getTranslation(f.labelKey()));
        frequency.setValue(Frequency.QUARTERLY);
        DatePicker start = DateFields.datePicker(null);
        start.setLabel(getTranslation("evaluations.period-start"));
        add(new Paragraph(getTranslation("evaluations.open-cycle.hint")), unit, frequency, start);
        Button confirm = new Button(getTranslation("evaluations.open-cycle.confirm"), e -> {
            try {
                if (unit.getValue() == null) {
                    throw new BusinessRuleException("evaluations.unit.required");
                }
                long unitId = unit.getValue().id();
                long id = evaluations.openCycle(unitId, frequency.getValue(), start.getValue());
                close();
                Notifications.success(getTranslation("evaluations.open-cycle.done"));
                opened.opened(id, unitId);
            } catch (BusinessRuleException ex) {
                Notifications.error(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("common.cancel"), e -> close()), confirm);
    }
}
