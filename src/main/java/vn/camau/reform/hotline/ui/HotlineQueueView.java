package vn.camau.reform.hotline.ui;

import java.util.EnumMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.PagedRows;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.DateFields;
import vn.camau.reform.base.ui.LinkedChoice;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.ui.phone.FilterFold;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.hotline.HotlineCategory;
import vn.camau.reform.hotline.HotlineFilter;
import vn.camau.reform.hotline.HotlineQueue;
import vn.camau.reform.hotline.HotlineRow;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.hotline.HotlineState;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Roles;

/**
 * Đường dây nóng: the inspector's work lists (mine, unassigned, due soon, overdue, all) with their
 * counts, narrowed by unit, category, state, received period and text. Tab and filters live in the
 * URL. Rows and exports carry no reporter identity: the service's rows do not have one.
 */
@Route(HotlineNavigation.QUEUE)
@Menu(title = "nav.hotline", order = 14, icon = "vaadin:phone")
@RolesAllowed({Roles.INSPECTOR, Roles.INSPECTION_LEADER, Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.AUDITOR})
public class HotlineQueueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int EXPORT_PAGE = 1_000;

    private final transient HotlineService hotline;
    private final HotlineAccess access;
    private final Tabs tabs = new Tabs();
    private final Map<HotlineQueue, Tab> tabOf = new EnumMap<>(HotlineQueue.class);
    private final Grid<HotlineRow> grid = new Grid<>();
    private final ComboBox<ReportUnit> unit = new Picker<>();
    private final Select<HotlineCategory> category = new Select<>();
    private final Select<HotlineState> state = new Select<>();
    private final DatePicker from = DateFields.datePicker(null);
    private final DatePicker to = DateFields.datePicker(null);
    private final TextField text = new TextField();
    /** Set while the URL's filter is put into the fields, so that does not reload once per field. */
    private boolean restoring;
    /** From the overview's overdue figure: the day its count was taken at (see HotlineFilter.asOf). */
    private LocalDate asOf;
    /** Says what the overdue tab counts, live or as the overview counted it. */
    private final Div overdueNote = new Div();

    HotlineQueueView(HotlineService hotline, ReportUnits reportUnits, CurrentUser currentUser) {
        this.hotline = hotline;
        this.access = HotlineAccess.of(currentUser.get());
        setSizeFull();
        for (HotlineQueue q : HotlineQueue.values()) {
            Tab tab = new Tab(getTranslation(q.labelKey()));
            tab.setId("queue-" + q.name());
            tabOf.put(q, tab);
            tabs.add(tab);
        }
        tabs.addSelectedChangeListener(e -> filterChanged());
        unit.setLabel(getTranslation("col.unit"));
        unit.setItems(reportUnits.currentUnitsInScope());
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("16em");
        anyOf(category, "hotline.col.category", HotlineCategory.values(), c -> getTranslation(c.labelKey()));
        anyOf(state, "hotline.col.state", HotlineState.values(), s -> getTranslation(s.labelKey()));
        from.setLabel(getTranslation("hotline.filter.from"));
        to.setLabel(getTranslation("hotline.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        text.setLabel(getTranslation("hotline.filter.text"));
        text.setPlaceholder(getTranslation("hotline.filter.text.placeholder"));
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        unit.addValueChangeListener(e -> filterChanged());
        category.addValueChangeListener(e -> filterChanged());
        state.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        text.addValueChangeListener(e -> filterChanged());
        configureGrid();
        ExportButtons<HotlineRow> export = new ExportButtons<>(this::exportTable, () -> {
            HotlineFilter f = filter();
            return PagedRows.stream(EXPORT_PAGE, (offset, limit) -> hotline.list(f, offset, limit));
        });
        // On a phone the filters fold behind one button that says what is filtered (styles.css)
        FilterFold filters = new FilterFold(unit, category, state, from, to, text);
        filters.addTools(export);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("nav.hotline")));
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();
        // on a phone the intake button goes below the title instead of over it
        header.setWrap(true);
        if (access.works()) {
            Button intake = new Button(getTranslation("hotline.intake.open"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate(HotlineNavigation.INTAKE)));
            intake.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            header.add(intake);
        }
        overdueNote.addClassName("hotline-overdue-note");
        add(header, tabs, overdueNote, filters, grid);
    }

    private <E> void anyOf(Select<E> select, String labelKey, E[] values,
                           com.vaadin.flow.component.ItemLabelGenerator<E> label) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(values);
        select.setItemLabelGenerator(v -> v == null ? getTranslation("common.all") : label.apply(v));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("common.all"));
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        // the code, the deadline and the state are templates drawn in the browser, not components per row
        grid.addColumn(HotlineBadges.codeCell())
                .setHeader(getTranslation("hotline.col.code")).setAutoWidth(true).setFrozen(true).setKey("code");
        // The deadline first: at 1440 px it is in sight without scrolling, where the inspector looks for it
        grid.addColumn(HotlineBadges.daysLeftCell(this))
                .setHeader(getTranslation("hotline.col.days-left")).setAutoWidth(true).setKey("days");
        grid.addColumn(r -> VnFormats.date(r.dueDate())).setHeader(getTranslation("hotline.col.due")).setAutoWidth(true);
        grid.addColumn(HotlineBadges.stateCell(this)).setHeader(getTranslation("hotline.col.state"))
                .setAutoWidth(true).setKey("state");
        grid.addColumn(r -> getTranslation(r.category().labelKey())).setHeader(getTranslation("hotline.col.category"))
                .setAutoWidth(true);
        grid.addColumn(HotlineRow::unitName).setHeader(getTranslation("col.unit")).setAutoWidth(true);
        grid.addColumn(HotlineRow::officerName).setHeader(getTranslation("hotline.col.officer")).setAutoWidth(true);
        grid.addColumn(HotlineRow::assigneeName).setHeader(getTranslation("hotline.col.assignee")).setAutoWidth(true);
        grid.addColumn(r -> VnFormats.dateTime(r.receivedAt())).setHeader(getTranslation("hotline.col.received"))
                .setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.channel().labelKey())).setHeader(getTranslation("hotline.col.channel"))
                .setAutoWidth(true);
        GridCards.install(grid, HotlineCard.renderer(this));
        grid.setEmptyStateText(getTranslation("hotline.queue.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(HotlineNavigation.report(e.getItem().id()))));
        grid.setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        HotlineFilter f;
        try {
            f = HotlineNavigation.filter(event.getLocation().getQueryParameters());
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            f = HotlineFilter.of(null);
        }
        restoring = true;
        try {
            tabs.setSelectedTab(tabOf.get(f.queue() == null ? usualQueue() : f.queue()));
            LinkedChoice.select(unit, f.unitId(), ReportUnit::id, "unit.unknown");
            category.setValue(f.category());
            state.setValue(f.state());
            from.setValue(f.from());
            to.setValue(f.to());
            text.setValue(f.text() == null ? "" : f.text());
            asOf = f.asOf();
        } finally {
            restoring = false;
        }
        refresh();
    }

    /** An inspector starts from their own reports, the inspection leader from those to forward. */
    private HotlineQueue usualQueue() {
        if (access.inspects() && !access.leads()) {
            return HotlineQueue.MINE;
        }
        return access.inspects() ? HotlineQueue.UNASSIGNED : HotlineQueue.ALL;
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(HotlineNavigation.QUEUE, HotlineNavigation.queue(filter()))));
    }

    private HotlineQueue selectedQueue() {
        Tab selected = tabs.getSelectedTab();
        return tabOf.entrySet().stream().filter(e -> e.getValue() == selected).map(Map.Entry::getKey).findFirst()
                .orElse(HotlineQueue.ALL);
    }

    HotlineFilter filter() {
        String t = text.getValue() == null || text.getValue().isBlank() ? null : text.getValue().strip();
        HotlineQueue queue = selectedQueue();
        // the overview's count holds only on the overdue tab, for a period
        return new HotlineFilter(queue, unit.getValue() == null ? null : unit.getValue().id(),
                category.getValue(), state.getValue(), from.getValue(), to.getValue(), t,
                queue == HotlineQueue.OVERDUE ? asOf : null);
    }

    private void refresh() {
        HotlineFilter f = filter();
        if (f.from() != null && f.to() != null && f.from().isAfter(f.to())) {
            // Said here: the grid's lazy loading would turn the service's refusal into an error page
            Notifications.warning(getTranslation("period.from-after-to", VnFormats.date(f.from()),
                    VnFormats.date(f.to())));
            grid.setItems(List.of());
            return;
        }
        grid.setItems(q -> hotline.list(f, q.getOffset(), q.getLimit()).stream(), q -> hotline.count(f));
        describeOverdue(f);
        Map<HotlineQueue, Integer> counts = hotline.queueCounts(f);
        tabOf.forEach((q, tab) -> tab.setLabel(getTranslation("hotline.queue.count", getTranslation(q.labelKey()),
                VnFormats.count(counts.getOrDefault(q, 0)))));
    }

    /**
     * The overdue tab and the overview's "overdue" card count different things; the screen says which
     * one it lists. As the overview counted it: a way to today's live list; live: what it holds.
     */
    private void describeOverdue(HotlineFilter f) {
        overdueNote.removeAll();
        overdueNote.setVisible(f.queue() == HotlineQueue.OVERDUE);
        if (f.countsAsOverview()) {
            overdueNote.add(new Span(getTranslation("hotline.overdue.as-overview", VnFormats.date(f.from()),
                    VnFormats.date(f.to()), VnFormats.date(f.asOf())) + " "));
            Anchor live = new Anchor(HotlineNavigation.QUEUE + "?" + HotlineNavigation.queue(
                    HotlineFilter.of(HotlineQueue.OVERDUE)).getQueryString(), getTranslation("hotline.overdue.live.open"));
            live.setId("hotline-overdue-live");
            overdueNote.add(live);
        } else {
            overdueNote.add(new Span(getTranslation("hotline.overdue.live")));
        }
    }

    private TableExport<HotlineRow> exportTable() {
        return TableExport.of(getTranslation("hotline.export.sheet"), List.of(
                ExportColumn.<HotlineRow>text(getTranslation("hotline.col.code"), HotlineRow::code),
                ExportColumn.dateTime(getTranslation("hotline.col.received"), HotlineRow::receivedAt),
                ExportColumn.text(getTranslation("hotline.col.channel"), r -> getTranslation(r.channel().labelKey())),
                ExportColumn.text(getTranslation("hotline.col.category"), r -> getTranslation(r.category().labelKey())),
                ExportColumn.text(getTranslation("col.unit"), HotlineRow::unitName),
                ExportColumn.text(getTranslation("hotline.col.officer"), HotlineRow::officerName),
                ExportColumn.text(getTranslation("hotline.col.dossier"), HotlineRow::dossierCode),
                ExportColumn.text(getTranslation("hotline.col.state"), r -> getTranslation(r.state().labelKey())),
                ExportColumn.date(getTranslation("hotline.col.due"), HotlineRow::dueDate),
                ExportColumn.text(getTranslation("hotline.col.days-left"),
                        r -> HotlineBadges.daysLeftText(this, r.timing(), r.workingDaysLeft())),
                ExportColumn.text(getTranslation("hotline.col.assignee"), HotlineRow::assigneeName),
                ExportColumn.text(getTranslation("hotline.col.satisfaction"),
                        r -> r.satisfaction() == null ? "" : getTranslation(r.satisfaction().labelKey())),
                ExportColumn.text(getTranslation("hotline.col.conclusion"),
                        r -> r.conclusion() == null ? "" : getTranslation(r.conclusion().labelKey()))))
                .withContext(filter().unitId(), filter());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.hotline");
    }
}
