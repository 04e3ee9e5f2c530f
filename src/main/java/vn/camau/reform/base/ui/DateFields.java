package vn.camau.reform.base.ui;

import java.util.List;

import com.vaadin.flow.component.datepicker.DatePicker;

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
        i18n.setMonthNames(List.of("Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7",
                "Tháng 8", "Tháng 9", "Tháng 10", "Tháng 11", "Tháng 12"));
        i18n.setWeekdays(List.of("Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"));
        i18n.setWeekdaysShort(List.of("CN", "T2", "T3", "T4", "T5", "T6", "T7"));
        i18n.setFirstDayOfWeek(1);
        i18n.setToday("Hôm nay");
        i18n.setCancel("Hủy");
        picker.setI18n(i18n);
        return picker;
    }
}
