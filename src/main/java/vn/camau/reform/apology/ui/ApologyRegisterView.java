package vn.camau.reform.apology.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.apology.Apology;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.ApologyState;
import vn.camau.reform.apology.ApologyFilter;
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
import vn.camau.reform.security.Roles;

/**
 * Sổ theo dõi xin lỗi: every apology in the user's scope, newest lateness first, filtered by unit,
 * original appointment date, state, timeliness and publication; second misses stand out. The
 * filters live in the URL so the overview can link here and a leader can share what they see.
 */
@Route("apologies")
@Menu(title = "nav.apologies", order = 12, icon = "vaadin:comment-ellipsis")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.OFFICER, Roles.AUDITOR, Roles.ADMIN})
public class ApologyRegisterView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int EXPORT_PAGE = 1_000;

    private final transient ApologyService apologies;
    private final Grid<Apology> grid = new Grid<>();
    private final ComboBox<ReportUnit> unit = new Picker<>();
    private final DatePicker from = DateFields.datePicker(null);
    private final DatePicker to = DateFields.datePicker(null);
    private final Select<ApologyState> state = new Select<>();
    private final Select<Boolean> inTime = new Select<>();
    private final Select<Boolean> published = new Select<>();
    private final Checkbox secondMiss = new Checkbox();
    /** Set while the URL's filter is put into the fields, so that does not reload once per field. */
    private boolean restoring;

    ApologyRegisterView(ApologyService apologies, ReportUnits reportUnits) {
        this.apologies = apologies;
        setSizeFull();
        unit.setLabel(getTranslation("col.unit"));
        unit.setItems(reportUnits.currentUnitsInScope());
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("16em");
        from.setLabel(getTranslation("apologies.filter.from"));
        to.setLabel(getTranslation("apologies.filter.to"));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        state.setLabel(getTranslation("apologies.col.state"));
        state.setItems(ApologyState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("common.all") : getTranslation(s.labelKey()));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("common.all"));
        yesNoAny(inTime, "apologies.filter.timeliness", "apologies.in-time", "apologies.late");
        yesNoAny(published, "apologies.col.published", "apologies.filter.published.yes",
                "apologies.filter.published.no");
        secondMiss.setLabel(getTranslation("apologies.filter.second-miss"));
        unit.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        state.addValueChangeListener(e -> filterChanged());
        inTime.addValueChangeListener(e -> filterChanged());
        published.addValueChangeListener(e -> filterChanged());
        secondMiss.addValueChangeListener(e -> filterChanged());
        configureGrid();
        ExportButtons<Apology> export = new ExportButtons<>(this::exportTable, () -> {
            ApologyFilter f = filter();
            return PagedRows.stream(EXPORT_PAGE, (offset, limit) -> apologies.find(f, offset, limit));
        });
        // On a phone the filters fold behind one button that says what is filtered (styles.css)
        FilterFold filters = new FilterFold(unit, from, to, state, inTime, published, secondMiss);
        filters.addTools(export);
        add(new H2(getTranslation("apologies.register.title")), filters, grid);
    }

    private void yesNoAny(Select<Boolean> select, String labelKey, String yesKey, String noKey) {
        select.setLabel(getTranslation(labelKey));
        select.setItems(true, false);
        select.setItemLabelGenerator(b -> b == null ? getTranslation("common.all") : getTranslation(b ? yesKey : noKey));
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(getTranslation("common.all"));
    }

    private void configureGrid() {
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> a.dossier().code()).setHeader(getTranslation("col.dossier-code")).setAutoWidth(true)
                .setFrozen(true);
        grid.addColumn(a -> a.dossier().procedureName()).setHeader(getTranslation("col.procedure")).setWidth("16rem");
        grid.addColumn(a -> a.dossier().handlingUnitName()).setHeader(getTranslation("dossier.handling-unit")).setAutoWidth(true);
        grid.addColumn(Apology::faultUnitName).setHeader(getTranslation("apologies.col.fault-unit")).setAutoWidth(true);
        grid.addColumn(a -> VnFormats.date(a.originalDueDate())).setHeader(getTranslation("apologies.col.original-date"))
                .setAutoWidth(true);
        grid.addColumn(a -> VnFormats.date(a.newDueDate())).setHeader(getTranslation("apologies.col.new-date"))
                .setAutoWidth(true);
        // the badges are templates drawn in the browser, not components per row (ApologyBadges)
        grid.addColumn(ApologyBadges.stateCell(this)).setHeader(getTranslation("apologies.col.state"))
                .setAutoWidth(true).setKey("state");
        grid.addColumn(ApologyBadges.issuedCell(this)).setHeader(getTranslation("apologies.col.issued"))
                .setAutoWidth(true).setKey("issued");
        grid.addColumn(this::publishedText).setHeader(getTranslation("apologies.col.published")).setAutoWidth(true);
        grid.addColumn(ApologyBadges.outcomeCell(this)).setHeader(getTranslation("apologies.col.outcome"))
                .setAutoWidth(true).setKey("outcome");
        // on a phone each apology is a card: dossier and state, the unit at fault, the dates that matter
        GridCards.install(grid, LitRenderer.<Apology>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.code}</span>
                            <span theme="badge">${item.state}</span></div>
                          <div>${item.procedure}</div>
                          <div class="phone-card-line">${item.fault}</div>
                          <div class="phone-card-line">${item.dates}</div>
                          <div class="phone-card-alarm">${item.outcome}</div>
                        </div>""")
                .withProperty("code", a -> a.dossier().code())
                .withProperty("state", a -> getTranslation(a.state().labelKey()))
                .withProperty("procedure", a -> a.dossier().procedureName())
                .withProperty("fault", a -> getTranslation("apologies.col.fault-unit") + ": " + a.faultUnitName())
                .withProperty("dates", a -> getTranslation("apologies.col.original-date") + " "
                        + VnFormats.date(a.originalDueDate()) + " → " + VnFormats.date(a.newDueDate()))
                .withProperty("outcome", a -> ApologyBadges.outcomeText(this, a)));
        grid.setEmptyStateText(getTranslation("apologies.register.empty"));
        grid.addItemClickListener(e -> UI.getCurrent().navigate(ApologyNavigation.apology(e.getItem().id())));
        grid.setSizeFull();
    }

    private String publishedText(Apology a) {
        if (a.publication().at() != null) {
            return getTranslation("apologies.published-at", a.publication().where(), VnFormats.dateTime(a.publication().at()));
        }
        return a.state().isSigned() ? getTranslation("apologies.not-published") : "";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ApologyFilter f;
        try {
            f = ApologyNavigation.filter(event.getLocation().getQueryParameters());
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            f = ApologyFilter.all();
        }
        restoring = true;
        try {
            LinkedChoice.select(unit, f.unitId(), ReportUnit::id, "unit.unknown");
            from.setValue(f.from());
            to.setValue(f.to());
            state.setValue(f.state());
            inTime.setValue(f.issuedInTime());
            published.setValue(f.published());
            secondMiss.setValue(f.secondMissOnly());
        } finally {
            restoring = false;
        }
        refresh();
    }

    private void filterChanged() {
        if (restoring) {
            return;
        }
        refresh();
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ApologyNavigation.REGISTER, ApologyNavigation.register(filter()))));
    }

    private ApologyFilter filter() {
        return new ApologyFilter(unit.getValue() == null ? null : unit.getValue().id(), from.getValue(), to.getValue(),
                state.getValue(), inTime.getValue(), published.getValue(), secondMiss.getValue());
    }

    private void refresh() {
        ApologyFilter f = filter();
        grid.setItems(q -> apologies.find(f, q.getOffset(), q.getLimit()).stream(), q -> apologies.count(f));
    }

    private TableExport<Apology> exportTable() {
        return TableExport.of(getTranslation("apologies.export.sheet"), List.of(
                ExportColumn.<Apology>text(getTranslation("col.dossier-code"), (Apology a) -> a.dossier().code()),
                ExportColumn.text(getTranslation("col.procedure"), (Apology a) -> a.dossier().procedureName()),
                ExportColumn.text(getTranslation("dossier.handling-unit"), (Apology a) -> a.dossier().handlingUnitName()),
                ExportColumn.text(getTranslation("apologies.col.fault-unit"), Apology::faultUnitName),
                ExportColumn.date(getTranslation("apologies.col.original-date"), Apology::originalDueDate),
                ExportColumn.date(getTranslation("apologies.col.new-date"), Apology::newDueDate),
                ExportColumn.text(getTranslation("apologies.col.state"), a -> getTranslation(a.state().labelKey())),
                ExportColumn.text(getTranslation("apologies.col.letter-number"), (Apology a) -> a.letter().number()),
                ExportColumn.date(getTranslation("apologies.col.issued"), (Apology a) -> a.letter().issuedOn()),
                ExportColumn.date(getTranslation("apologies.col.issue-deadline"), (Apology a) -> a.letter().issueDeadline()),
                ExportColumn.text(getTranslation("apologies.col.timeliness"), this::timelinessText),
                ExportColumn.text(getTranslation("apologies.col.channel"),
                        a -> getTranslation(a.delivery().channel().labelKey())),
                ExportColumn.dateTime(getTranslation("apologies.sent-at"), (Apology a) -> a.delivery().sentAt()),
                ExportColumn.dateTime(getTranslation("apologies.col.published-at"), (Apology a) -> a.publication().at()),
                ExportColumn.text(getTranslation("apologies.col.published-where"), (Apology a) -> a.publication().where()),
                ExportColumn.text(getTranslation("apologies.col.outcome"), a -> ApologyBadges.outcomeText(this, a)),
                ExportColumn.text(getTranslation("apologies.field.reason"), Apology::reason)))
                .withContext(filter().unitId(), filter());
    }

    private String timelinessText(Apology a) {
        Boolean t = a.issuedInTime();
        return t == null ? "" : getTranslation(t ? "apologies.in-time" : "apologies.late");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.apologies");
    }
}
