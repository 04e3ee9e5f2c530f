package vn.camau.reform.base.ui.phone;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;

import vn.camau.reform.base.text.VnFormats;

/**
 * A view's filters. On a wide screen they show as they always did, in a wrapping row. On a phone
 * (styles.css, below 700 px) they fold behind one button that says what is filtered ("Bộ lọc (2):
 * Quá hạn · Phường An Xuyên"), so the first screen shows rows, not fields. The summary reads the
 * fields themselves: their label and shown value when they hold one.
 */
public class FilterFold extends Composite<Div> {

    private final Button toggle = new Button();
    private final Span summary = new Span();
    private final FlexLayout body = new FlexLayout();
    private final List<Component> summarised = new ArrayList<>();

    /** @param fields the filter fields (summarised when they hold a value) and any other tools (export) */
    public FilterFold(Component... fields) {
        Div root = getContent();
        root.addClassName("filter-fold");
        toggle.setIcon(VaadinIcon.FILTER.create());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toggle.addClassName("filter-fold-toggle");
        toggle.addClickListener(e -> setOpen(!isOpen()));
        summary.addClassName("filter-fold-summary");
        Div bar = new Div(toggle, summary);
        bar.addClassName("filter-fold-bar");
        body.addClassName("filter-fold-body");
        body.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        body.setAlignItems(FlexComponent.Alignment.BASELINE);
        body.getStyle().set("gap", "var(--lumo-space-m)");
        root.add(bar, body);
        add(fields);
    }

    /** Adds more fields or tools at the end. */
    public final void add(Component... fields) {
        for (Component c : fields) {
            body.add(c);
            if (c instanceof HasValue<?, ?> v && c instanceof HasLabel) {
                summarised.add(c);
                v.addValueChangeListener(e -> refreshSummary());
            }
        }
        refreshSummary();
    }

    /** Adds tools that are not filters (sort order, export): folded too, never in the summary. */
    public void addTools(Component... tools) {
        body.add(tools);
    }

    public boolean isOpen() {
        return getContent().getElement().hasAttribute("open");
    }

    public void setOpen(boolean open) {
        getContent().getElement().setAttribute("open", open);
        toggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
    }

    /** What the button says: how many filters hold a value, and which ones. */
    public String getSummary() {
        return toggle.getText() + (summary.getText().isEmpty() ? "" : ": " + summary.getText());
    }

    /** Called by the fields' own listeners; a view that sets values quietly may call it too. */
    public void refreshSummary() {
        List<String> parts = summarised.stream().map(FilterFold::shown).filter(Objects::nonNull).toList();
        toggle.setText(parts.isEmpty() ? getTranslation("filter-fold.none")
                : getTranslation("filter-fold.count", parts.size()));
        summary.setText(String.join(" · ", parts));
        summary.setVisible(!parts.isEmpty());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static String shown(Component c) {
        if (!c.isVisible()) {
            return null;
        }
        Object value = ((HasValue) c).getValue();
        if (value == null || (value instanceof String s && s.isBlank()) || Boolean.FALSE.equals(value)) {
            return null; // an unticked box filters nothing
        }
        String label = ((HasLabel) c).getLabel();
        if (value instanceof Boolean) {
            return label; // a ticked box reads as what it asks for ("Trễ lần hai"), not "true"
        }
        String text;
        if (c instanceof ComboBox combo) {
            text = String.valueOf(combo.getItemLabelGenerator().apply(value));
        } else if (c instanceof Select select) {
            text = String.valueOf(select.getItemLabelGenerator() == null ? value
                    : select.getItemLabelGenerator().apply(value));
        } else if (value instanceof LocalDate d) {
            text = (label == null ? "" : label + " ") + VnFormats.date(d);
        } else {
            text = String.valueOf(value);
        }
        return text;
    }
}
