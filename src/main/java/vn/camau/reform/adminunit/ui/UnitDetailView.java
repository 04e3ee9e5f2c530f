package vn.camau.reform.adminunit.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.LineageLink;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitDetails;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.security.Roles;

/**
 * One unit: what it is, where it sits, and how the 2025 reorganisation formed it. A unit outside
 * the user's scope answers exactly like a unit that does not exist.
 */
@Route("units/:id")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.AUDITOR})
public class UnitDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient AdminUnitService units;
    private String title = "";

    UnitDetailView(AdminUnitService units) {
        this.units = units;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<UnitDetails> details = RouteIds.id(event, "id").flatMap(units::details);
        if (details.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(details.get());
    }

    private void show(UnitDetails details) {
        removeAll();
        ReportUnit unit = details.unit();
        title = unit.name();
        FormLayout facts = new FormLayout();
        facts.addFormItem(new Span(unit.code()), getTranslation("units.col.code"));
        facts.addFormItem(new Span(unit.kindLabel()), getTranslation("units.col.kind"));
        facts.addFormItem(new Span(details.parentName() == null ? "—" : details.parentName()),
                getTranslation("units.parent"));
        facts.addFormItem(new Span(UnitLabels.validity(this, unit)), getTranslation("units.col.validity"));
        if (unit.formerProvinceName() != null) {
            facts.addFormItem(new Span(unit.formerProvinceName()), getTranslation("units.col.formerProvince"));
        }
        add(new Anchor("units", "← " + getTranslation("nav.units")), new H2(unit.name()), facts);

        if (!details.predecessors().isEmpty()) {
            add(new H3(getTranslation("units.predecessors")), new Paragraph(getTranslation("units.predecessors.help")),
                    lineageGrid(details.predecessors(), true));
        }
        if (!details.successors().isEmpty()) {
            add(new H3(getTranslation("units.successors")), lineageGrid(details.successors(), false));
        }
    }

    private Grid<LineageLink> lineageGrid(List<LineageLink> links, boolean showOld) {
        Grid<LineageLink> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        if (showOld) {
            grid.addColumn(LineageLink::oldName).setHeader(getTranslation("units.lineage.oldUnit")).setAutoWidth(true);
            grid.addColumn(LineageLink::oldCode).setHeader(getTranslation("units.col.code")).setAutoWidth(true);
            grid.addColumn(l -> l.oldDistrictName() == null ? "" : l.oldDistrictName())
                    .setHeader(getTranslation("units.lineage.oldDistrict")).setAutoWidth(true);
        } else {
            grid.addColumn(LineageLink::newName).setHeader(getTranslation("units.lineage.newUnit")).setAutoWidth(true);
            grid.addColumn(LineageLink::newCode).setHeader(getTranslation("units.col.code")).setAutoWidth(true);
        }
        grid.addColumn(l -> getTranslation(l.mergeType().labelKey()))
                .setHeader(getTranslation("units.lineage.merge")).setAutoWidth(true);
        grid.addColumn(this::historyNote).setHeader(getTranslation("units.lineage.history")).setFlexGrow(2);
        grid.setItems(links);
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Where the old unit's history is reported, and by which rule: a split unit's cannot be divided. */
    private String historyNote(LineageLink link) {
        if (!link.primary()) {
            return getTranslation("units.lineage.historyElsewhere");
        }
        return getTranslation(link.primaryRule().labelKey());
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
