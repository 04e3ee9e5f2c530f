package vn.camau.reform.calendar.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;

import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.calendar.CalendarService;

/**
 * Lets a desk officer or leader check a deadline by hand: a date plus N working days, and the
 * working days between two dates, with the same rules the indicators use.
 */
class WorkingDayCalculator extends Details {

    WorkingDayCalculator(CalendarService calendar) {
        setSummaryText(getTranslation("calendar.calculator"));

        DatePicker start = DateFields.datePicker(getTranslation("calendar.calc.start"));
        start.setValue(LocalDate.now());
        IntegerField days = new IntegerField(getTranslation("calendar.calc.days"));
        days.setMin(-3650);
        days.setMax(3650);
        days.setValue(5);
        days.setStepButtonsVisible(true);
        Span due = new Span();
        Runnable addDays = () -> due.setText(start.getValue() == null || days.getValue() == null ? ""
                : getTranslation("calendar.calc.result", VnFormats.date(
                        calendar.addWorkingDays(start.getValue(), days.getValue()))));
        start.addValueChangeListener(e -> addDays.run());
        days.addValueChangeListener(e -> addDays.run());
        addDays.run();

        DatePicker from = DateFields.datePicker(getTranslation("calendar.calc.from"));
        DatePicker to = DateFields.datePicker(getTranslation("calendar.calc.to"));
        from.setValue(LocalDate.now().withDayOfMonth(1));
        to.setValue(LocalDate.now());
        Span between = new Span();
        Runnable count = () -> between.setText(from.getValue() == null || to.getValue() == null ? ""
                : getTranslation("calendar.calc.between",
                        calendar.workingDaysBetween(from.getValue(), to.getValue())));
        from.addValueChangeListener(e -> count.run());
        to.addValueChangeListener(e -> count.run());
        count.run();

        add(new VerticalLayout(row(start, days, due), row(from, to, between)));
    }

    private static HorizontalLayout row(com.vaadin.flow.component.Component... parts) {
        HorizontalLayout row = new HorizontalLayout(parts);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }
}
