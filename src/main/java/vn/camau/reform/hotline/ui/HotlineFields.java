package vn.camau.reform.hotline.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.DateFields;

/** Field helpers of the hotline's forms. */
final class HotlineFields {

    private HotlineFields() {
    }

    /** A date and time picker that reads dd/MM/yyyy, as the plain date pickers do. */
    static DateTimePicker dateTimePicker(String labelKey) {
        UI ui = UI.getCurrent();
        DateTimePicker picker = new DateTimePicker(ui == null ? labelKey : ui.getTranslation(labelKey));
        picker.setLocale(VnFormats.VIETNAMESE);
        DatePicker.DatePickerI18n i18n = DateFields.datePicker(null).getI18n();
        picker.setDatePickerI18n(i18n);
        picker.setStep(java.time.Duration.ofMinutes(5));
        return picker;
    }
}
