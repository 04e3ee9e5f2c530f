package vn.camau.reform.dossier.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.dossier.DossierCatalog;
import vn.camau.reform.officer.OfficerDirectory;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.PagedRows;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.base.ui.phone.FilterFold;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.dossier.AlertFilter;
import vn.camau.reform.dossier.AlertSort;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.FieldInfo;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.dossier.LateDossierAlert;
import vn.camau.reform.officer.OfficerInfo;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.dossier.ProcedureInfo;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Roles;

/**
 * Overdue and due-soon dossiers in the user's scope, most overdue first, with who holds each one
 * and whether it was urged or apologised for. Leaders urge from here.
 */
@Route("alerts")
@Menu(title = "nav.alerts", order = 10, icon = "vaadin:alarm")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class LateAlertsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient DossierService dossiers;
    private final Grid<LateDossierAlert> grid = new Grid<>();
    private final Select<OpenTiming> timing = new Select<>();
    private final ComboBox<FieldInfo> field = new Picker<>();
    private final ComboBox<ProcedureInfo> procedure = new Picker<>();
    private final Select<Channel> channel = new Select<>();
    private final ComboBox<ReportUnit> unit = new Picker<>();
    private final Picker<OfficerInfo> officer = new Picker<>();
    private final transient ReportUnits reportUnits;
    private final transient DossierCatalog catalog;
    private final transient OfficerDirectory officers;
    private final Select<AlertSort> sort = new Select<>();
    private final boolean mayUrge;
    private final boolean mayApologise;
    private final boolean opensUnits;
    private final boolean opensOfficers;
    private Long unitId;
    /** The at-risk tab (?tab=risk): built when opened, removed when left, so one grid is on screen at a time. */
    private final transient LateRiskService risks;
    private final Tabs tabs = new Tabs();
    private final Tab alertsTab = new Tab();
    private final Tab riskTab = new Tab();
    private final FilterFold filters;
    private AtRiskPanel riskPanel;

    LateAlertsView(DossierService dossiers, ReportUnits reportUnits, DossierCatalog catalog, OfficerDirectory officers,
                   CurrentUser currentUser, LateRiskService risks) {
        this.dossiers = dossiers;
        this.risks = risks;
        this.reportUnits = reportUnits;
        this.catalog = catalog;
        this.officers = officers;
        this.mayUrge = currentUser.may(Permission.URGE_LATE_DOSSIER);
        this.mayApologise = currentUser.may(Permission.DRAFT_APOLOGY);
        this.opensUnits = currentUser.get().map(u -> u.may(Permission.READ_UNIT_FIGURES)).orElse(false);
        this.opensOfficers = currentUser.get().map(u -> u.may(Permission.READ_OFFICERS_IN_SCOPE)).orElse(false);
        setSizeFull();
        timing.setLabel(getTranslation("alert.timing"));
        timing.setItems(OpenTiming.OVERDUE, OpenTiming.DUE_SOON);
        // The label generator also names the empty choice: without the null case it read "!open-timing.null"
        timing.setItemLabelGenerator(t -> t == null ? getTranslation("alert.timing.both") : getTranslation(t.labelKey()));
        timing.setEmptySelectionAllowed(true);
        timing.setEmptySelectionCaption(getTranslation("alert.timing.both"));
        unit.setLabel(getTranslation("col.unit"));
        unit.setItems(reportUnits.currentUnitsInScope());
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("16em");
        officer.setLabel(getTranslation("col.officer"));
        officer.setItemLabelGenerator(o -> o.fullName() + " – " + o.unitName());
        officer.setClearButtonVisible(true);
        officer.setWidth("16em");
        field.setLabel(getTranslation("col.field"));
        field.setItems(catalog.fields());
        field.setItemLabelGenerator(FieldInfo::name);
        field.setClearButtonVisible(true);
        procedure.setLabel(getTranslation("col.procedure"));
        procedure.setItems(catalog.procedures());
        procedure.setItemLabelGenerator(ProcedureInfo::name);
        procedure.setClearButtonVisible(true);
        procedure.setWidth("22em");
        channel.setLabel(getTranslation("col.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(c -> c == null ? getTranslation("common.all") : getTranslation(c.labelKey()));
        channel.setEmptySelectionAllowed(true);
        channel.setEmptySelectionCaption(getTranslation("common.all"));
        sort.setLabel(getTranslation("alert.sort"));
        sort.setItems(AlertSort.values());
        sort.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sort.setValue(AlertSort.MOST_LATE_FIRST);
        unit.addValueChangeListener(e -> {
            unitId = e.getValue() == null ? null : e.getValue().id();
            loadOfficers();
            refresh();
        });
        officer.addValueChangeListener(e -> refresh());
        timing.addValueChangeListener(e -> refresh());
        field.addValueChangeListener(e -> refresh());
        procedure.addValueChangeListener(e -> refresh());
        channel.addValueChangeListener(e -> refresh());
        sort.addValueChangeListener(e -> refresh());
        configureGrid();
        ExportButtons<LateDossierAlert> export = new ExportButtons<>(this::exportTable, () -> {
            AlertFilter f = filter();
            AlertSort s = sort.getValue();
            return PagedRows.stream(1000, (offset, limit) -> dossiers.alerts(f, s, offset, limit));
        });
        // On a phone the filters fold behind one button that says what is filtered (styles.css)
        filters = new FilterFold(timing, unit, field, procedure, officer, channel);
        filters.addTools(sort, export);
        alertsTab.setLabel(getTranslation("risk.tab.alerts"));
        riskTab.setLabel(getTranslation("risk.tab.risk"));
        riskTab.setId("at-risk-tab");
        tabs.add(alertsTab, riskTab);
        tabs.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                showTab(tabs.getSelectedTab() == riskTab);
                remember();
            }
        });
        add(new H2(getTranslation("nav.alerts")), tabs, filters, grid);
    }

    /** One tab's content at a time: the alerts' filters and grid, or the at-risk panel. */
    private void showTab(boolean risk) {
        filters.setVisible(!risk);
        grid.setVisible(!risk);
        if (risk && riskPanel == null) {
            riskPanel = new AtRiskPanel(risks, reportUnits, unitId, mayApologise, opensUnits, opensOfficers, id -> {
                unitId = id;
                remember();
            });
            add(riskPanel);
        } else if (!risk && riskPanel != null) {
            remove(riskPanel);
            riskPanel = null;
        }
    }

    /** The tab and unit in the URL, so that a link (the digest's, the overview card's) opens the same list. */
    private void remember() {
        java.util.Map<String, String> params = new java.util.LinkedHashMap<>();
        if (tabs.getSelectedTab() == riskTab) {
            params.put("tab", "risk");
        }
        if (unitId != null) {
            params.put("unit", String.valueOf(unitId));
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(DossierNavigation.ALERTS, QueryParameters.simple(params))));
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(LateDossierAlert::code).setHeader(getTranslation("col.dossier-code")).setAutoWidth(true)
                .setFrozen(true);
        // the cells beyond text are templates drawn in the browser, not components per row (AlertCells)
        grid.addColumn(AlertCells.timing(this)).setHeader(getTranslation("alert.timing")).setAutoWidth(true)
                .setKey("timing");
        grid.addColumn(a -> a.workingDaysLate() > 0 ? String.valueOf(a.workingDaysLate()) : "")
                .setHeader(getTranslation("col.late-days")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(a -> VnFormats.date(a.dueDate())).setHeader(getTranslation("col.due")).setAutoWidth(true);
        grid.addColumn(LateDossierAlert::procedureName).setHeader(getTranslation("col.procedure")).setWidth("14rem")
                .setFlexGrow(1);
        // names lead where the user may go: the unit to its figures, the officer to their performance
        grid.addColumn(AlertCells.unit(this, opensUnits, opensOfficers)).setHeader(getTranslation("col.unit"))
                .setAutoWidth(true).setKey("unit");
        grid.addColumn(AlertCells.responsible(this, opensUnits, opensOfficers))
                .setHeader(getTranslation("alert.responsible")).setAutoWidth(true).setKey("responsible");
        grid.addColumn(a -> getTranslation(a.channel().labelKey())).setHeader(getTranslation("col.channel"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.reminders() == 0 ? "" : getTranslation("alert.reminders", a.reminders(),
                VnFormats.dateTime(a.lastReminderAt()))).setHeader(getTranslation("alert.reminded")).setAutoWidth(true);
        // What a leader acts on stays in sight at 1440 px: frozen to the grid's end, the rest scrolls under it
        grid.addColumn(AlertCells.apology(this, mayApologise, this::openApology))
                .setHeader(getTranslation("alert.apology")).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true).setKey("apology");
        if (mayUrge) {
            grid.addColumn(AlertCells.urge(this, this::urge)).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true)
                    .setKey("urge");
        }
        GridCards.install(grid, AlertCard.renderer(this, mayUrge, mayApologise, opensUnits, opensOfficers, this::urge,
                this::openApology));
        // one click opens the dossier (the buttons in a row do their own thing)
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DossierNavigation.dossier(e.getItem().code())));
        grid.setEmptyStateText(getTranslation("alert.empty"));
        grid.setSizeFull();
    }

    private void urge(LateDossierAlert a) {
        new UrgeDialog(dossiers, a.code(), this::refresh).open();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            unitId = UrlParameters.first(event.getLocation().getQueryParameters(), "unit")
                    .map(UrlParameters::parseId).orElse(null);
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            unitId = null;
        }
        Long fromUrl = unitId;
        unit.getListDataView().getItems().filter(u -> fromUrl != null && u.id() == fromUrl).findFirst()
                .ifPresent(unit::setValue);
        loadOfficers();
        refresh();
        boolean risk = UrlParameters.first(event.getLocation().getQueryParameters(), "tab")
                .filter("risk"::equals).isPresent();
        tabs.setSelectedTab(risk ? riskTab : alertsTab);
        showTab(risk);
    }

    private AlertFilter filter() {
        return new AlertFilter(unitId, field.getValue() == null ? null : field.getValue().id(),
                procedure.getValue() == null ? null : procedure.getValue().id(),
                officer.getValue() == null ? null : officer.getValue().id(), channel.getValue(), timing.getValue());
    }

    /** The officers of the chosen unit (or the user's own) to filter by, read when the picker is first opened. */
    private void loadOfficers() {
        Long chosen = unitId;
        officer.setItemsOnDemand(() -> {
            try {
                return officers.officersUnder(chosen == null ? reportUnits.homeUnit().id() : chosen);
            } catch (BusinessRuleException e) {
                return List.of();
            }
        });
    }

    private void refresh() {
        AlertFilter f = filter();
        AlertSort s = sort.getValue() == null ? AlertSort.MOST_LATE_FIRST : sort.getValue();
        try {
            grid.setItems(q -> dossiers.alerts(f, s, q.getOffset(), q.getLimit()).stream(),
                    q -> dossiers.countAlerts(f));
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
        }
    }

    private TableExport<LateDossierAlert> exportTable() {
        return TableExport.of(getTranslation("export.sheet.alerts"), List.of(
                ExportColumn.<LateDossierAlert>text(getTranslation("col.dossier-code"), LateDossierAlert::code),
                ExportColumn.text(getTranslation("alert.timing"), a -> getTranslation(a.timing().labelKey())),
                ExportColumn.integer(getTranslation("col.late-days"), a -> Math.max(0, a.workingDaysLate())),
                ExportColumn.date(getTranslation("col.due"), LateDossierAlert::dueDate),
                ExportColumn.dateTime(getTranslation("col.received"), LateDossierAlert::receivedAt),
                ExportColumn.text(getTranslation("col.procedure"), LateDossierAlert::procedureName),
                ExportColumn.text(getTranslation("col.field"), LateDossierAlert::fieldName),
                ExportColumn.text(getTranslation("col.unit"), LateDossierAlert::handlingUnitName),
                ExportColumn.text(getTranslation("alert.responsible-step"), LateDossierAlert::responsibleStep),
                ExportColumn.text(getTranslation("col.officer"), LateDossierAlert::responsibleOfficerName),
                ExportColumn.text(getTranslation("alert.responsible-unit"), LateDossierAlert::responsibleUnitName),
                ExportColumn.text(getTranslation("col.channel"), a -> getTranslation(a.channel().labelKey())),
                ExportColumn.text(getTranslation("alert.apology"), this::apologyLabel),
                ExportColumn.integer(getTranslation("alert.reminded"), LateDossierAlert::reminders)))
                .withContext(filter().focusUnitId(), filter());
    }

    String apologyLabel(LateDossierAlert a) {
        return a.apologyState() == null ? getTranslation("alert.apology.no")
                : getTranslation(a.apologyState().labelKey());
    }

    /**
     * The apology of the row's dossier: the apology feature's "apologies/new" route, pre-filled, opens the
     * dossier's apology or the draft of one.
     */
    private void openApology(LateDossierAlert a) {
        UI.getCurrent().navigate("apologies/new", QueryParameters.of("dossier", a.code()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.alerts");
    }
}
