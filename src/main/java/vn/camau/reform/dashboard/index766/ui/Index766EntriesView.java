package vn.camau.reform.dashboard.index766.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.base.period.ui.PeriodSelector;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.DialogOpener;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.dashboard.index766.Index766EntryService;
import vn.camau.reform.dashboard.index766.IndexEntry;
import vn.camau.reform.security.Roles;

/**
 * The service index's figures this system cannot compute, entered by hand per unit and period by an
 * administrator (issue 20): listed for the chosen period, entered, corrected or removed. Each figure
 * keeps its note (where it comes from) and who entered it, and every screen of the index says that
 * it was entered by hand.
 */
@Route("index766/entries")
@Menu(title = "nav.index766-entries", order = 97, icon = "vaadin:edit")
@RolesAllowed(Roles.ADMIN)
public class Index766EntriesView extends VerticalLayout implements HasDynamicTitle {

    private final transient Index766EntryService entries;
    private final transient AdminUnitService units;
    private final Grid<IndexEntry> grid = new Grid<>();
    private Period period;

    Index766EntriesView(Index766EntryService entries, AdminUnitService units, Today today) {
        this.entries = entries;
        this.units = units;
        setSizeFull();
        period = Period.containing(PeriodKind.MONTH, today.date()).previous();

        PeriodSelector selector = new PeriodSelector(today.date());
        selector.setPeriod(period);
        selector.addPeriodListener(p -> {
            period = p;
            refresh();
        });
        Button add = new Button(getTranslation("index766.entries.add"), VaadinIcon.PLUS.create(),
                e -> open(null));
        DialogOpener.mark(add);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(selector, add);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(IndexEntry::unitName).setHeader(getTranslation("index766.entries.col.unit"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(e -> getTranslation("index766.indicator." + e.indicatorCode()))
                .setHeader(getTranslation("index766.entries.col.indicator")).setFlexGrow(2);
        grid.addColumn(this::figure).setHeader(getTranslation("index766.entries.col.figure")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(IndexEntry::note).setHeader(getTranslation("index766.entries.col.note")).setFlexGrow(2);
        grid.addColumn(e -> getTranslation("index766.entries.by", e.enteredBy(), VnFormats.dateTime(e.enteredAt())))
                .setHeader(getTranslation("index766.entries.col.by")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<IndexEntry> actions = grid.addComponentColumn(e -> new HorizontalLayout(
                        iconButton(VaadinIcon.EDIT, "index766.entries.edit", () -> open(e)),
                        iconButton(VaadinIcon.TRASH, "index766.entries.delete", () -> delete(e))))
                .setAutoWidth(true).setFlexGrow(0);
        // on a phone each entry is a card: the unit and figure, the sub-indicator, the note and who
        GridCards.install(grid, LitRenderer.<IndexEntry>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.unit}</span><span>${item.figure}</span></div>
                          <div class="phone-card-line">${item.indicator}</div>
                          <div class="phone-card-line">${item.note}</div>
                          <div class="phone-card-line">${item.by}</div>
                        </div>""")
                .withProperty("unit", IndexEntry::unitName)
                .withProperty("figure", this::figure)
                .withProperty("indicator", e -> getTranslation("index766.indicator." + e.indicatorCode()))
                .withProperty("note", IndexEntry::note)
                .withProperty("by", e -> getTranslation("index766.entries.by", e.enteredBy(),
                        VnFormats.dateTime(e.enteredAt()))), actions);
        grid.setEmptyStateText(getTranslation("index766.entries.empty"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSizeFull();

        add(toolbar, new Paragraph(getTranslation("index766.entries.explain")), grid);
        refresh();
    }

    /** "95,50%" or "90 / 100 (90,00%)". */
    private String figure(IndexEntry e) {
        String rate = VnFormats.percent(e.ratio().value());
        return e.percent() != null ? rate
                : VnFormats.count(e.numerator()) + " / " + VnFormats.count(e.denominator()) + " (" + rate + ")";
    }

    private void open(IndexEntry existing) {
        if (period.kind() == PeriodKind.CUSTOM) {
            Notifications.warning(getTranslation("index766.entry.period-kind"));
            return;
        }
        try {
            new Index766EntryDialog(entries, units, period, existing, this::refresh).open();
        } catch (BusinessRuleException ex) {
            Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
        }
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void delete(IndexEntry e) {
        try {
            entries.delete(e.unitId(), period, e.indicatorCode());
            Notifications.success(getTranslation("index766.entries.deleted"));
        } catch (BusinessRuleException ex) {
            Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
        }
        refresh();
    }

    private void refresh() {
        List<IndexEntry> list;
        try {
            list = entries.list(period);
        } catch (BusinessRuleException ex) {
            Notifications.warning(getTranslation(ex.messageKey(), ex.args()));
            list = List.of();
        }
        grid.setItems(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.index766-entries");
    }
}
