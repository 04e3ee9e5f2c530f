package vn.camau.reform.dossier.ui;

import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.dossier.risk.AtRiskDossier;
import vn.camau.reform.dossier.risk.LateRiskReason;
import vn.camau.reform.dossier.risk.LateRiskService;
import vn.camau.reform.dossier.risk.LateRiskSettings;

/**
 * The "Nguy cơ trễ hạn" tab of the late-case alerts: open dossiers not yet overdue whose risk is at
 * or above the threshold, riskiest first, each with its reason in words and who holds it; where the
 * user may draft apologies, the apology can be started before the dossier is late.
 */
final class AtRiskPanel extends VerticalLayout {

    static final String GRID_ID = "at-risk-grid";

    private final transient LateRiskService risks;
    private final Grid<AtRiskDossier> grid = new Grid<>();
    private final ComboBox<ReportUnit> unit = new Picker<>();
    private final boolean mayApologise;
    private final boolean opensUnits;
    private final boolean opensOfficers;
    private final LateRiskSettings settings;
    private Long unitId;

    AtRiskPanel(LateRiskService risks, ReportUnits reportUnits, Long unitId, boolean mayApologise, boolean opensUnits,
                boolean opensOfficers, Consumer<Long> unitChanged) {
        this.risks = risks;
        this.unitId = unitId;
        this.mayApologise = mayApologise;
        this.opensUnits = opensUnits;
        this.opensOfficers = opensOfficers;
        this.settings = risks.settings();
        setPadding(false);
        setSizeFull();
        unit.setLabel(getTranslation("col.unit"));
        unit.setItems(reportUnits.currentUnitsInScope());
        unit.setItemLabelGenerator(ReportUnit::name);
        unit.setClearButtonVisible(true);
        unit.setWidth("16em");
        unit.getListDataView().getItems().filter(u -> unitId != null && u.id() == unitId).findFirst()
                .ifPresent(unit::setValue);
        unit.addValueChangeListener(e -> {
            this.unitId = e.getValue() == null ? null : e.getValue().id();
            unitChanged.accept(this.unitId);
            refresh();
        });
        Paragraph note = new Paragraph(getTranslation("risk.threshold.note", percent(settings.threshold())));
        note.addClassName("risk-note");
        configureGrid();
        add(unit, note, grid);
        refresh();
    }

    private static int percent(double p) {
        return (int) Math.round(p * 100);
    }

    private void configureGrid() {
        grid.setId(GRID_ID);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(AtRiskDossier::code).setHeader(getTranslation("col.dossier-code")).setAutoWidth(true)
                .setFrozen(true);
        // the cells beyond text are templates drawn in the browser, not components per row (AtRiskCells)
        grid.addColumn(AtRiskCells.risk(this)).setHeader(getTranslation("risk.col.risk")).setAutoWidth(true)
                .setFlexGrow(0).setKey("risk");
        grid.addColumn(this::reason).setHeader(getTranslation("risk.col.reason")).setWidth("20rem").setFlexGrow(2);
        grid.addColumn(a -> VnFormats.date(a.dueDate())).setHeader(getTranslation("col.due")).setAutoWidth(true);
        grid.addColumn(a -> a.risk().daysLeft()).setHeader(getTranslation("risk.col.days-left"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(AtRiskDossier::procedureName).setHeader(getTranslation("col.procedure")).setWidth("12rem")
                .setFlexGrow(1);
        grid.addColumn(AtRiskCells.unit(this, opensUnits, opensOfficers)).setHeader(getTranslation("col.unit"))
                .setAutoWidth(true).setKey("unit");
        grid.addColumn(AtRiskCells.holder(this, opensUnits, opensOfficers)).setHeader(getTranslation("alert.responsible"))
                .setAutoWidth(true).setKey("holder");
        grid.addColumn(AtRiskCells.apology(this, mayApologise, this::draft)).setHeader(getTranslation("alert.apology"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true).setKey("apology");
        GridCards.install(grid, card());
        grid.addItemClickListener(e -> UI.getCurrent().navigate(DossierNavigation.dossier(e.getItem().code())));
        grid.setEmptyStateText(getTranslation("risk.empty", percent(settings.threshold())));
        grid.setSizeFull();
    }

    String reason(AtRiskDossier a) {
        return LateRiskReason.words(a.risk(), settings.minCases(), getLocale());
    }

    String apologyLabel(AtRiskDossier a) {
        return a.apologyState() == null ? getTranslation("alert.apology.no")
                : getTranslation(a.apologyState().labelKey());
    }

    private void draft(AtRiskDossier a) {
        UI.getCurrent().navigate("apologies/new", QueryParameters.of("dossier", a.code()));
    }

    /** On a phone: code and risk, the reason, the procedure, who holds it and the due date, the apology. */
    private LitRenderer<AtRiskDossier> card() {
        return LitRenderer.<AtRiskDossier>of("""
                        <div class="phone-card">
                          <div class="phone-card-head"><span>${item.code}</span>
                            <span theme="badge warning">${item.risk}</span></div>
                          <div>${item.reason}</div>
                          <div class="phone-card-line">${item.procedure}</div>
                          <div class="phone-card-line">${item.holder}</div>
                          <div class="phone-card-line">${item.due}</div>
                          <div class="phone-card-head">
                            <vaadin-button theme="small tertiary" ?hidden=${!item.mayDraft}
                                @click=${draft}>${item.apology}</vaadin-button>
                            <span class="phone-card-line" ?hidden=${item.mayDraft}>${item.apology}</span>
                          </div>
                        </div>""")
                .withProperty("code", AtRiskDossier::code)
                .withProperty("risk", a -> getTranslation("risk.percent", a.risk().percent()))
                .withProperty("reason", this::reason)
                .withProperty("procedure", AtRiskDossier::procedureName)
                .withProperty("holder", a -> String.join(" · ", List.of(a.handlingUnitName(), a.risk().step(),
                        a.holderOfficerName() == null ? "" : a.holderOfficerName())).replaceAll("( · )+$", ""))
                .withProperty("due", a -> getTranslation("col.due") + ": " + VnFormats.date(a.dueDate()))
                .withProperty("mayDraft", a -> AtRiskCells.mayDraft(a, mayApologise))
                .withProperty("apology", a -> AtRiskCells.mayDraft(a, mayApologise)
                        ? getTranslation("risk.apology.early") : apologyLabel(a))
                .withFunction("draft", this::draft);
    }

    void refresh() {
        Long focus = unitId;
        try {
            grid.setItems(q -> risks.atRisk(focus, q.getOffset(), q.getLimit()).stream(), q -> risks.count(focus));
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
        }
    }
}
