package vn.camau.reform.dashboard.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.tabs.TabSheet;

import vn.camau.reform.adminunit.UnitLevel;
import vn.camau.reform.base.ui.BuiltWhenNear;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierStatus;
import vn.camau.reform.dashboard.FieldRow;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dashboard.Indicators;
import vn.camau.reform.dashboard.OfficerRow;
import vn.camau.reform.dashboard.ProcedureRow;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dashboard.UnitRow;
import vn.camau.reform.adminunit.ui.DrillState;
import vn.camau.reform.evaluation.ui.OfficerPerformanceView;

/**
 * The rows behind the focus: its units, its procedures and (below the province) its officers,
 * each a grid that drills on click and exports what it shows.
 */
class BreakdownTabs extends Composite<TabSheet> {

    interface ListOpener {
        void open(DrillState state, DossierStatus status, Long procedureId, Long fieldId, Long officerId,
                  Channel channel);
    }

    /** Up to this many units the grid shows every row; more scroll inside it. */
    static final int ALL_ROWS_UP_TO = 20;

    private final transient IndicatorService indicators;
    private final UnitBreakdown breakdown;
    private final DrillState here;
    /** The page's today, for every row's link (read once by the page, not per row through the service). */
    private final LocalDate today;

    /** Whether the units grid carries the hotline's columns (those who may see the hotline, and leaders). */
    private final boolean withHotline;

    /** Whether officer rows open the officer's performance page (for those who may read it) or their dossiers. */
    private final boolean withPerformance;

    BreakdownTabs(IndicatorService indicators, LocalDate today, UnitBreakdown breakdown, DrillState here,
                  Consumer<DrillState> go, ListOpener lists, boolean withHotline, boolean withPerformance) {
        this.indicators = indicators;
        this.today = today;
        this.withHotline = withHotline;
        this.withPerformance = withPerformance;
        this.breakdown = breakdown;
        this.here = here;
        TabSheet tabs = getContent();
        tabs.setWidthFull();
        // below the first screen on a desk and a phone: built when scrolled near (issue 18, fifty page loads)
        tabs.add(getTranslation("overview.tab.units"), new BuiltWhenNear(unitsHeight(breakdown.rows().size()),
                () -> unitsGrid(go)));
        tabs.add(getTranslation("overview.tab.fields"), lazy(() -> fieldsGrid(lists)));
        tabs.add(getTranslation("overview.tab.procedures"), lazy(() -> proceduresGrid(lists)));
        if (breakdown.focus().level() != UnitLevel.PROVINCE) {
            tabs.add(getTranslation("overview.tab.officers"), lazy(() -> officersGrid(lists)));
        }
    }

    /**
     * The units tab's height before it is built: the grid's (all rows up to {@link #ALL_ROWS_UP_TO}, else
     * Vaadin's default 400px) and the export buttons above it.
     */
    static String unitsHeight(int rows) {
        int grid = rows <= ALL_ROWS_UP_TO ? 56 + 36 * Math.max(rows, 1) : 400;
        return "calc(" + grid + "px + var(--lumo-size-m) + var(--lumo-space-m))";
    }

    /** Procedures and officers are read only when their tab is opened. */
    private Component lazy(java.util.function.Supplier<Component> content) {
        VerticalLayout holder = new VerticalLayout();
        holder.setPadding(false);
        getContent().addSelectedChangeListener(e -> {
            if (holder.getChildren().findAny().isEmpty() && getContent().getSelectedTab() != null
                    && getContent().getComponent(getContent().getSelectedTab()) == holder) {
                holder.add(content.get());
            }
        });
        return holder;
    }

    private String note() {
        return getTranslation("export.period-note", breakdown.focus().name(), VnFormats.date(here.period().from()),
                VnFormats.date(here.period().to()));
    }

    private Component unitsGrid(Consumer<DrillState> go) {
        Grid<UnitRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> unitLabel(r)).setHeader(getTranslation("col.unit")).setFlexGrow(1)
                .setComparator(r -> r.unit().name()).setFrozen(true).setAutoWidth(true);
        IndicatorColumns.addTo(grid, this, UnitRow::indicators, true);
        IndicatorColumns.addApologyTo(grid, this, UnitRow::indicators,
                r -> ApologyRegisterLink.secondMisses(r.unit().id(), here.period()));
        if (withHotline) {
            IndicatorColumns.addHotlineTo(grid, this, UnitRow::indicators,
                    r -> HotlineQueueLink.overdue(r.unit(), here.period(), today));
        }
        // on a phone: one card per unit (name, rate, what is late); the desk keeps every column
        GridCards.install(grid, UnitRowCard.renderer(this, this::unitLabel));
        grid.setEmptyStateText(getTranslation("overview.units.empty"));
        grid.setItems(breakdown.rows());
        grid.addItemClickListener(e -> {
            if (e.getItem().drillable()) {
                go.accept(here.withUnit(e.getItem().unit().id()));
            }
        });
        grid.setAllRowsVisible(breakdown.rows().size() <= ALL_ROWS_UP_TO);
        List<ExportColumn<UnitRow>> columns = new ArrayList<>();
        columns.add(ExportColumn.text(getTranslation("col.unit-code"), r -> r.unit().code()));
        columns.add(ExportColumn.text(getTranslation("col.unit"), this::unitLabel));
        columns.addAll(IndicatorColumns.export(this, UnitRow::indicators, true));
        columns.addAll(IndicatorColumns.exportApology(this, UnitRow::indicators));
        if (withHotline) {
            columns.addAll(IndicatorColumns.exportHotline(this, UnitRow::indicators));
        }
        return withExport(grid, "export.sheet.units", columns, breakdown.rows());
    }

    private String unitLabel(UnitRow r) {
        if (!r.unit().isFormer()) {
            return r.unit().name();
        }
        return getTranslation("overview.former-label", r.unit().name(),
                r.unit().level() == UnitLevel.DISTRICT ? getTranslation("overview.former-district")
                        : getTranslation("overview.former-commune"));
    }

    private Component proceduresGrid(ListOpener lists) {
        List<ProcedureRow> rows = indicators.byProcedure(breakdown.focus().id(), here.period(), breakdown.structure());
        Grid<ProcedureRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.procedure().name()).setHeader(getTranslation("col.procedure")).setFlexGrow(1)
                .setComparator(r -> r.procedure().name()).setAutoWidth(false).setWidth("24rem");
        grid.addColumn(r -> r.procedure().fieldName()).setHeader(getTranslation("col.field")).setAutoWidth(true);
        IndicatorColumns.addTo(grid, this, BreakdownTabs::figures, false);
        grid.setItems(rows);
        grid.addItemClickListener(e -> lists.open(here, DossierStatus.RECEIVED, e.getItem().procedure().id(), null,
                null, null));
        List<ExportColumn<ProcedureRow>> columns = new ArrayList<>();
        columns.add(ExportColumn.text(getTranslation("col.procedure-code"), r -> r.procedure().code()));
        columns.add(ExportColumn.text(getTranslation("col.procedure"), r -> r.procedure().name()));
        columns.add(ExportColumn.text(getTranslation("col.field"), r -> r.procedure().fieldName()));
        columns.addAll(IndicatorColumns.export(this, BreakdownTabs::figures, false));
        return withExport(grid, "export.sheet.procedures", columns, rows);
    }

    private Component fieldsGrid(ListOpener lists) {
        List<FieldRow> rows = indicators.byField(breakdown.focus().id(), here.period(), breakdown.structure());
        Grid<FieldRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> r.field().name()).setHeader(getTranslation("col.field")).setAutoWidth(true)
                .setComparator(r -> r.field().name());
        IndicatorColumns.addTo(grid, this, r -> new Indicators(r.totals(), 0, 0, r.overdueNow(), 0, LocalDate.MIN),
                false);
        grid.addColumn(r -> VnFormats.count(r.overdueNow())).setHeader(getTranslation("col.open-overdue"))
                .setComparator(FieldRow::overdueNow).setAutoWidth(true);
        grid.setItems(rows);
        grid.addItemClickListener(e -> lists.open(here, DossierStatus.RECEIVED, null, e.getItem().field().id(), null,
                null));
        List<ExportColumn<FieldRow>> columns = new ArrayList<>();
        columns.add(ExportColumn.text(getTranslation("col.field"), r -> r.field().name()));
        columns.addAll(IndicatorColumns.export(this, r -> new Indicators(r.totals(), 0, 0, 0, 0, LocalDate.MIN),
                false));
        columns.add(ExportColumn.integer(getTranslation("col.open-overdue"), FieldRow::overdueNow));
        return withExport(grid, "export.sheet.fields", columns, rows);
    }

    private static Indicators figures(ProcedureRow r) {
        return new Indicators(r.totals(), 0, 0, 0, 0, LocalDate.MIN);
    }

    private Component officersGrid(ListOpener lists) {
        List<OfficerRow> rows = indicators.byOfficer(breakdown.focus().id(), here.period());
        Grid<OfficerRow> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        if (withPerformance) {
            // The name is a real link (a new tab works); the row goes to the same page, which links on to
            // the officer's dossiers. A template drawn in the browser, not an anchor component per row.
            grid.addColumn(performanceLink()).setKey("officer").setHeader(getTranslation("col.officer"))
                    .setComparator(r -> r.officer().fullName()).setAutoWidth(true);
        } else {
            grid.addColumn(r -> r.officer().fullName()).setHeader(getTranslation("col.officer"))
                    .setComparator(r -> r.officer().fullName()).setAutoWidth(true);
        }
        grid.addColumn(r -> r.officer().position()).setHeader(getTranslation("col.position")).setAutoWidth(true);
        grid.addColumn(r -> r.officer().unitName()).setHeader(getTranslation("col.unit")).setAutoWidth(true);
        IndicatorColumns.addTo(grid, this, r -> new Indicators(r.totals(), 0, 0, 0, 0, LocalDate.MIN), false);
        grid.setItems(rows);
        grid.addItemClickListener(e -> {
            if (withPerformance) {
                getUI().ifPresent(ui -> ui.navigate(OfficerPerformanceView.path(e.getItem().officer().id()),
                        OfficerPerformanceView.query(here.period())));
            } else {
                lists.open(here, DossierStatus.RECEIVED, null, null, e.getItem().officer().id(), null);
            }
        });
        List<ExportColumn<OfficerRow>> columns = new ArrayList<>();
        columns.add(ExportColumn.text(getTranslation("col.officer"), r -> r.officer().fullName()));
        columns.add(ExportColumn.text(getTranslation("col.position"), r -> r.officer().position()));
        columns.add(ExportColumn.text(getTranslation("col.unit"), r -> r.officer().unitName()));
        columns.addAll(IndicatorColumns.export(this, r -> new Indicators(r.totals(), 0, 0, 0, 0, LocalDate.MIN),
                false));
        return withExport(grid, "export.sheet.officers", columns, rows);
    }

    /** The officer's name, opening their performance page for the period shown. */
    private LitRenderer<OfficerRow> performanceLink() {
        return LitRenderer.<OfficerRow>of("<a class=\"officer-performance-link\" router-link href=${item.href}"
                        + ">${item.name}</a>")
                .withProperty("href", r -> OfficerPerformanceView.link(r.officer().id(), here.period()))
                .withProperty("name", r -> r.officer().fullName());
    }

    private <T> Component withExport(Grid<T> grid, String sheetKey, List<ExportColumn<T>> columns, List<T> rows) {
        String sheet = getTranslation(sheetKey);
        String title = sheet + " – " + breakdown.focus().name();
        String note = note();
        List<T> snapshot = List.copyOf(rows);
        ExportButtons<T> export = new ExportButtons<>(
                () -> TableExport.of(sheet, columns).withTitle(title).withNote(note)
                        .withContext(breakdown.focus().id(), here.toMap()),
                snapshot::stream);
        VerticalLayout layout = new VerticalLayout(export, grid);
        layout.setPadding(false);
        return layout;
    }
}
