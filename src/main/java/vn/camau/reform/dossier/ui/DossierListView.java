package vn.camau.reform.dossier.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.export.ExportColumn;
import vn.camau.reform.base.export.PagedRows;
import vn.camau.reform.base.export.TableExport;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.base.ui.export.ExportButtons;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierFilter;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.dossier.DossierStatus;
import vn.camau.reform.dossier.DossierSummary;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.security.Roles;
import vn.camau.reform.adminunit.ui.DrillState;

/**
 * The dossiers behind a figure: under a unit, in a period, narrowed by status, procedure, field,
 * officer or channel as the link says. Loads page by page; exports the whole filtered list.
 */
@Route("dossiers")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.AUDITOR, Roles.ADMIN})
public class DossierListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final int EXPORT_PAGE = 2_000;

    private final transient DossierService dossiers;
    private final transient ReportUnits reportUnits;
    private final transient Today today;
    private final Grid<DossierSummary> grid = new Grid<>();
    private final Select<DossierStatus> status = new Select<>();
    private final TextField code = new TextField();
    private DrillState state;
    private DossierFilter filter;

    DossierListView(DossierService dossiers, ReportUnits reportUnits, Today today) {
        this.dossiers = dossiers;
        this.reportUnits = reportUnits;
        this.today = today;
        setSizeFull();
        status.setLabel(getTranslation("dossier.status"));
        status.setItems(DossierStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        code.setLabel(getTranslation("dossier.code-search"));
        code.setValueChangeMode(ValueChangeMode.LAZY);
        code.setClearButtonVisible(true);
        status.addValueChangeListener(e -> {
            if (e.isFromClient() && filter != null) {
                filter = withStatus(filter, e.getValue());
                refresh();
            }
        });
        code.addValueChangeListener(e -> {
            if (e.isFromClient() && filter != null) {
                filter = new DossierFilter(filter.focusUnitId(), filter.structure(), filter.period(),
                        filter.procedureId(), filter.fieldId(), filter.officerId(), filter.status(), filter.channel(),
                        e.getValue());
                refresh();
            }
        });
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(DossierSummary::code).setHeader(getTranslation("col.dossier-code")).setAutoWidth(true);
        grid.addColumn(DossierSummary::procedureName).setHeader(getTranslation("col.procedure")).setWidth("20rem");
        grid.addColumn(DossierSummary::handlingUnitName).setHeader(getTranslation("col.unit")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.channel().labelKey())).setHeader(getTranslation("col.channel"))
                .setAutoWidth(true);
        grid.addColumn(d -> VnFormats.date(d.receivedAt().toLocalDate())).setHeader(getTranslation("col.received"))
                .setAutoWidth(true);
        grid.addColumn(d -> VnFormats.date(d.dueDate())).setHeader(getTranslation("col.due")).setAutoWidth(true);
        grid.addColumn(d -> d.resolvedAt() == null ? "" : VnFormats.date(d.resolvedAt().toLocalDate()))
                .setHeader(getTranslation("col.resolved")).setAutoWidth(true);
        grid.addColumn(this::outcome).setHeader(getTranslation("col.outcome")).setAutoWidth(true);
        grid.addColumn(DossierSummary::officerName).setHeader(getTranslation("col.officer")).setAutoWidth(true);
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DossierNavigation.dossier(e.getItem().code())));
        grid.setSizeFull();
    }

    private String outcome(DossierSummary d) {
        if (d.timing() != null) {
            String text = getTranslation(d.timing().labelKey());
            return d.lateWorkingDays() != null && d.lateWorkingDays() > 0
                    ? text + " (" + getTranslation("dossier.late-days", d.lateWorkingDays()) + ")" : text;
        }
        return getTranslation(d.state().labelKey());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters q = event.getLocation().getQueryParameters();
        LocalDate today = this.today.date();
        try {
            state = DrillState.from(q, today);
            ReportUnit unit = state.unitId() == null ? reportUnits.homeUnit() : reportUnits.unit(state.unitId());
            state = state.withUnit(unit.id());
            filter = new DossierFilter(unit.id(), state.structure(), state.period(),
                    UrlParameters.first(q, "procedure").map(UrlParameters::parseId).orElse(null),
                    UrlParameters.first(q, "field").map(UrlParameters::parseId).orElse(null),
                    UrlParameters.first(q, "officer").map(UrlParameters::parseId).orElse(null),
                    UrlParameters.first(q, "status").map(DossierListView::parseStatus).orElse(DossierStatus.RECEIVED),
                    UrlParameters.first(q, "channel").map(DossierListView::parseChannel).orElse(null), null);
            render(unit);
        } catch (BusinessRuleException e) {
            removeAll();
            add(new H2(getTranslation("dossier.list.bad-link")), new Paragraph(getTranslation(e.messageKey(), e.args())));
        }
    }

    private static DossierStatus parseStatus(String v) {
        try {
            return DossierStatus.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("url.bad-status", v);
        }
    }

    private static Channel parseChannel(String v) {
        try {
            return Channel.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new BusinessRuleException("url.bad-channel", v);
        }
    }

    private void render(ReportUnit unit) {
        removeAll();
        status.setValue(filter.status());
        ExportButtons<DossierSummary> export = new ExportButtons<>(this::exportTable, () -> {
            DossierFilter f = filter;
            return PagedRows.stream(EXPORT_PAGE, (offset, limit) -> dossiers.dossiers(f, offset, limit));
        });
        HorizontalLayout toolbar = new HorizontalLayout(status, code, export);
        toolbar.addClassName("toolbar"); // wraps; one field a line on a phone (styles.css)
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("dossier.list.title", unit.name())),
                new Paragraph(getTranslation("dossier.list.period", VnFormats.date(filter.period().from()),
                        VnFormats.date(filter.period().to()))), toolbar, grid);
        refresh();
    }

    private static DossierFilter withStatus(DossierFilter f, DossierStatus s) {
        return new DossierFilter(f.focusUnitId(), f.structure(), f.period(), f.procedureId(), f.fieldId(),
                f.officerId(), s, f.channel(), f.codeText());
    }

    private void refresh() {
        DossierFilter f = filter;
        grid.setItems(query -> dossiers.dossiers(f, query.getOffset(), query.getLimit()).stream(),
                query -> dossiers.countDossiers(f));
    }

    private TableExport<DossierSummary> exportTable() {
        return TableExport.of(getTranslation("export.sheet.dossiers"), List.of(
                ExportColumn.<DossierSummary>text(getTranslation("col.dossier-code"), DossierSummary::code),
                ExportColumn.text(getTranslation("col.procedure"), DossierSummary::procedureName),
                ExportColumn.text(getTranslation("col.unit"), DossierSummary::handlingUnitName),
                ExportColumn.text(getTranslation("col.channel"), d -> getTranslation(d.channel().labelKey())),
                ExportColumn.dateTime(getTranslation("col.received"), DossierSummary::receivedAt),
                ExportColumn.date(getTranslation("col.due"), DossierSummary::dueDate),
                ExportColumn.dateTime(getTranslation("col.resolved"), DossierSummary::resolvedAt),
                ExportColumn.text(getTranslation("col.outcome"), this::outcome),
                ExportColumn.integer(getTranslation("col.late-days"), DossierSummary::lateWorkingDays),
                ExportColumn.text(getTranslation("col.officer"), DossierSummary::officerName)))
                .withNote(getTranslation("export.generated", VnFormats.date(this.today.date())))
                .withContext(filter.focusUnitId(), filter);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dossier.list.page-title");
    }
}
