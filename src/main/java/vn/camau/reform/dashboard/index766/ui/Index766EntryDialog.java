package vn.camau.reform.dashboard.index766.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.math.BigDecimal;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.dashboard.index766.Index766EntryService;
import vn.camau.reform.dashboard.index766.IndexEntry;
import vn.camau.reform.dashboard.index766.IndexEntryForm;
import vn.camau.reform.dashboard.index766.SubIndicatorRule;

/**
 * Enters or corrects one hand-entered figure: the unit, the sub-indicator (only those not computable
 * here are offered), a percentage or the counts behind it, and the note. A refused entry keeps the
 * dialog open with what was typed and says why in Vietnamese.
 */
class Index766EntryDialog extends Dialog {

    enum Form { PERCENT, COUNTS }

    Index766EntryDialog(Index766EntryService entries, AdminUnitService units, Period period, IndexEntry existing,
                        Runnable onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "index766.entries.add" : "index766.entries.edit"));
        setWidth("min(40rem, 100vw)");
        Span when = new Span(getTranslation("index766.entries.period", periodText(period)));

        ComboBox<ReportUnit> unit = new ComboBox<>(getTranslation("index766.entries.col.unit"));
        unit.setItems(q -> units.search(q.getFilter().orElse(""), false, q.getOffset(), q.getLimit()).stream(),
                q -> units.countSearch(q.getFilter().orElse(""), false));
        unit.setItemLabelGenerator(u -> u.name() + " (" + u.code() + ")");
        unit.setRequiredIndicatorVisible(true);

        Select<SubIndicatorRule> indicator = new Select<>();
        indicator.setLabel(getTranslation("index766.entries.col.indicator"));
        indicator.setItems(entries.enterable(period));
        indicator.setItemLabelGenerator(r -> getTranslation(r.nameKey()));
        indicator.setRequiredIndicatorVisible(true);

        RadioButtonGroup<Form> form = new RadioButtonGroup<>(getTranslation("index766.entries.form"));
        form.setItems(Form.values());
        form.setItemLabelGenerator(f -> getTranslation("index766.entries.form." + f.name()));
        form.setValue(Form.PERCENT);
        BigDecimalField percent = new BigDecimalField(getTranslation("index766.entries.percent"));
        percent.setSuffixComponent(new Span("%"));
        IntegerField numerator = new IntegerField(getTranslation("index766.entries.numerator"));
        IntegerField denominator = new IntegerField(getTranslation("index766.entries.denominator"));
        TextArea note = new TextArea(getTranslation("index766.entries.col.note"));
        note.setHelperText(getTranslation("index766.entries.note-help"));
        note.setMaxLength(500);
        note.setRequiredIndicatorVisible(true);
        form.addValueChangeListener(e -> {
            percent.setVisible(e.getValue() == Form.PERCENT);
            numerator.setVisible(e.getValue() == Form.COUNTS);
            denominator.setVisible(e.getValue() == Form.COUNTS);
        });
        numerator.setVisible(false);
        denominator.setVisible(false);

        if (existing != null) {
            units.find(existing.unitId()).ifPresent(unit::setValue);
            unit.setReadOnly(true);
            entries.enterable(period).stream().filter(r -> r.code().equals(existing.indicatorCode())).findFirst()
                    .ifPresent(indicator::setValue);
            indicator.setReadOnly(true);
            if (existing.percent() != null) {
                percent.setValue(existing.percent());
            } else {
                form.setValue(Form.COUNTS);
                numerator.setValue(existing.numerator().intValue());
                denominator.setValue(existing.denominator().intValue());
            }
            note.setValue(existing.note());
        }
        FormLayout layout = new FormLayout(unit, indicator, form, percent, numerator, denominator, note);
        layout.setColspan(note, 2);
        add(when, layout);

        Button save = new Button(getTranslation("action.save"), e -> {
            if (unit.getValue() == null) {
                Notifications.warning(getTranslation("index766.entry.unit-required"));
                return;
            }
            String code = indicator.getValue() == null ? null : indicator.getValue().code();
            IndexEntryForm entry = form.getValue() == Form.PERCENT
                    ? IndexEntryForm.percent(unit.getValue().id(), period, code, percent.getValue(), note.getValue())
                    : IndexEntryForm.counts(unit.getValue().id(), period, code, asLong(numerator.getValue()),
                            asLong(denominator.getValue()), note.getValue());
            if (percent.isInvalid() || numerator.isInvalid() || denominator.isInvalid()) {
                Notifications.warning(getTranslation("index766.entry.not-a-number"));
                return;
            }
            try {
                entries.save(entry);
                Notifications.success(getTranslation("index766.entries.saved"));
                onSaved.run();
                close();
            } catch (BusinessRuleException ex) {
                Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private static Long asLong(Integer value) {
        return value == null ? null : value.longValue();
    }

    private String periodText(Period p) {
        return switch (p.kind()) {
            case MONTH -> getTranslation("index766.entries.period.MONTH", p.from().getMonthValue(), String.valueOf(p.from().getYear()));
            case QUARTER -> getTranslation("index766.entries.period.QUARTER",
                    (p.from().getMonthValue() - 1) / 3 + 1, String.valueOf(p.from().getYear()));
            case YEAR -> getTranslation("index766.entries.period.YEAR", String.valueOf(p.from().getYear()));
            case CUSTOM -> "";
        };
    }
}
