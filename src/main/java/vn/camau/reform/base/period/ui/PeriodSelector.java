package vn.camau.reform.base.period.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;

import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;

/**
 * Month, quarter, year or custom dates. Tells its listener only about valid periods; a custom range
 * ending before it starts gets a readable message and changes nothing.
 */
public class PeriodSelector extends Composite<HorizontalLayout> {

    /** Reports exist from the first demo/intake year; the picker offers a few years back. */
    private static final int FIRST_YEAR = 2023;

    private final Select<PeriodKind> kind = new Select<>();
    private final Select<Integer> year = new Select<>();
    /**
     * The month or quarter, made only while the period is a month or a quarter (the overview opens
     * on a year: a select every UI would keep hidden, issue 18).
     */
    private Select<Integer> part;
    /**
     * The custom range's dates, made only while the period is custom (a date picker is a heavy
     * component every UI would keep hidden for the common case of a month, quarter or year: issue 18).
     */
    private DatePicker from;
    private DatePicker to;
    private final List<Consumer<Period>> listeners = new ArrayList<>();
    private boolean updating;

    public PeriodSelector(LocalDate today) {
        kind.setLabel(getTranslation("period.kind"));
        kind.setItems(PeriodKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.labelKey()));
        year.setLabel(getTranslation("period.year"));
        year.setItems(IntStream.rangeClosed(FIRST_YEAR, today.getYear()).boxed().toList().reversed());
        kind.addValueChangeListener(e -> {
            if (!updating) {
                switchKind(e.getValue(), today);
            }
        });
        year.addValueChangeListener(e -> changed());
        HorizontalLayout layout = getContent();
        layout.addClassName("period-selector"); // wraps, and fits a phone's width (styles.css)
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.add(kind, year);
    }

    private Select<Integer> partSelect() {
        Select<Integer> select = new Select<>();
        select.setLabel(getTranslation("period.part"));
        select.addValueChangeListener(e -> changed());
        return select;
    }

    private DatePicker datePicker(String labelKey) {
        DatePicker picker = DateFields.datePicker(null);
        picker.setLabel(getTranslation(labelKey));
        picker.addValueChangeListener(e -> changed());
        return picker;
    }

    public void addPeriodListener(Consumer<Period> listener) {
        listeners.add(listener);
    }

    /** Shows the period without telling the listeners (it came from them or from the URL). */
    public void setPeriod(Period p) {
        updating = true;
        try {
            kind.setValue(p.kind());
            year.setValue(p.from().getYear());
            configurePart(p.kind());
            if (p.kind() == PeriodKind.MONTH) {
                part.setValue(p.from().getMonthValue());
            } else if (p.kind() == PeriodKind.QUARTER) {
                part.setValue(p.from().get(IsoFields.QUARTER_OF_YEAR));
            }
            showFields(p.kind());
            if (from != null) {
                from.setValue(p.from());
                to.setValue(p.to());
            }
        } finally {
            updating = false;
        }
    }

    private void switchKind(PeriodKind k, LocalDate today) {
        int y = year.getValue() == null ? today.getYear() : year.getValue();
        LocalDate anchor = y == today.getYear() ? today : LocalDate.of(y, 12, 31);
        Period p = k == PeriodKind.CUSTOM ? Period.custom(anchor.withDayOfMonth(1), anchor)
                : Period.containing(k, anchor);
        setPeriod(p);
        listeners.forEach(l -> l.accept(p));
    }

    private void configurePart(PeriodKind k) {
        boolean withPart = k == PeriodKind.MONTH || k == PeriodKind.QUARTER;
        if (withPart && part == null) {
            part = partSelect();
            getContent().addComponentAtIndex(2, part); // after the kind and the year, where it always stood
        } else if (!withPart && part != null) {
            getContent().remove(part);
            part = null;
        }
        if (k == PeriodKind.MONTH) {
            part.setItems(IntStream.rangeClosed(1, 12).boxed().toList());
            part.setItemLabelGenerator(m -> getTranslation("period.month", m));
        } else if (k == PeriodKind.QUARTER) {
            part.setItems(1, 2, 3, 4);
            part.setItemLabelGenerator(q -> getTranslation("period.quarter", q));
        }
    }

    private void showFields(PeriodKind k) {
        year.setVisible(k != PeriodKind.CUSTOM);
        if (k == PeriodKind.CUSTOM && from == null) {
            from = datePicker("period.from");
            to = datePicker("period.to");
            getContent().add(from, to);
        } else if (k != PeriodKind.CUSTOM && from != null) {
            getContent().remove(from, to);
            from = null;
            to = null;
        }
    }

    private void changed() {
        if (updating || !isWhole()) {
            return;
        }
        try {
            Period p = switch (kind.getValue()) {
                case YEAR -> Period.year(year.getValue());
                case QUARTER -> Period.quarter(year.getValue(), part.getValue());
                case MONTH -> Period.month(YearMonth.of(year.getValue(), part.getValue()));
                case CUSTOM -> Period.custom(from.getValue(), to.getValue());
            };
            listeners.forEach(l -> l.accept(p));
        } catch (BusinessRuleException e) {
            Notifications.error(getTranslation(e.messageKey(), e.args()));
        }
    }

    /** A field being cleared is not a period yet: wait until it is whole again. */
    private boolean isWhole() {
        PeriodKind k = kind.getValue();
        if (k == null) {
            return false;
        }
        return switch (k) {
            case YEAR -> year.getValue() != null;
            case QUARTER, MONTH -> year.getValue() != null && part != null && part.getValue() != null;
            case CUSTOM -> from != null && from.getValue() != null && to.getValue() != null;
        };
    }
}
