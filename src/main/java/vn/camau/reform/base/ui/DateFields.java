package vn.camau.reform.base.ui;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.datepicker.DatePicker;

import vn.camau.reform.base.text.Texts;
import vn.camau.reform.base.text.VnFormats;

/** Date pickers that read and write dd/MM/yyyy, as every Vietnamese form does. */
public final class DateFields {

    private DateFields() {
    }

    public static DatePicker datePicker(String label) {
        DatePicker picker = new DatePicker(label);
        picker.setLocale(VnFormats.VIETNAMESE);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd");
        // the picker is Vietnamese for everyone (dd/MM/yyyy), so its month names are too
        i18n.setMonthNames(IntStream.rangeClosed(1, 12)
                .mapToObj(m -> Texts.of("period.month", VnFormats.VIETNAMESE, String.valueOf(m))).toList());
        i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Hôm nay");
        i18n.setCancel("Hủy");
        picker.setI18n(i18n);
        return picker;
    }
}
