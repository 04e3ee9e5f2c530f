package vn.camau.reform.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.calendar.CalendarDay;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.Confidence;
import vn.camau.reform.calendar.DayKind;

/** Adds or edits one calendar day; a refused entry keeps the dialog open with what was typed. */
class CalendarDayDialog extends Dialog {

    CalendarDayDialog(CalendarService calendar, CalendarDay existing, Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "calendar.add" : "calendar.edit"));
        DatePicker day = DateFields.datePicker(getTranslation("calendar.col.day"));
        day.setRequiredIndicatorVisible(true);
        Select<DayKind> kind = new Select<>();
        kind.setLabel(getTranslation("calendar.col.kind"));
        kind.setItems(DayKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        kind.setValue(DayKind.DAY_OFF);
        TextField name = new TextField(getTranslation("calendar.col.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        Select<Confidence> confidence = new Select<>();
        confidence.setLabel(getTranslation("calendar.col.confidence"));
        confidence.setItems(Confidence.values());
        confidence.setItemLabelGenerator(c -> getTranslation(c.labelKey()));
        confidence.setValue(Confidence.HIGH);
        if (existing != null) {
            day.setValue(existing.day());
            day.setReadOnly(true);
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            confidence.setValue(existing.confidence());
        }
        add(new FormLayout(day, kind, name, confidence));

        Button save = new Button(getTranslation("action.save"), e -> {
            if (day.getValue() == null) {
                day.setInvalid(true);
                day.setErrorMessage(getTranslation("calendar.error.dayRequired"));
                return;
            }
            try {
                calendar.save(new CalendarDay(day.getValue(), kind.getValue(), name.getValue(), confidence.getValue()));
                Notifications.success(getTranslation("calendar.saved"));
                onSaved.run();
                close();
            } catch (BusinessRuleException ex) {
                Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }
}
