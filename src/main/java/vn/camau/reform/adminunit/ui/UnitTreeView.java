package vn.camau.reform.adminunit.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.data.provider.hierarchy.HierarchicalQuery;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.security.Roles;

/**
 * The unit tree as far down as the user may see: the province's communes, wards and agencies today,
 * and the former districts and communes before 1 July 2025. Search works with or without
 * diacritics; the URL keeps the search (?q=an+xuyen) so a link opens the same list.
 */
@Route("units")
@Menu(title = "nav.units", order = 20, icon = "vaadin:sitemap")
@RolesAllowed({Roles.ADMIN, Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.AUDITOR})
public class UnitTreeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final UnitTreeDataProvider provider;
    private final TreeGrid<ReportUnit> grid = new TreeGrid<>();
    private final TextField search = new TextField();
    private final Checkbox includeFormer = new Checkbox();

    UnitTreeView(AdminUnitService units) {
        provider = new UnitTreeDataProvider(units);
        setSizeFull();

        search.setPlaceholder(getTranslation("units.search.placeholder"));
        search.setAriaLabel(getTranslation("units.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("22rem");
        includeFormer.setLabel(getTranslation("units.includeFormer"));
        includeFormer.setValue(true);
        search.addValueChangeListener(e -> applyFilter(true));
        includeFormer.addValueChangeListener(e -> applyFilter(true));
        HorizontalLayout toolbar = new HorizontalLayout(search, includeFormer);
        toolbar.addClassName("toolbar"); // wraps; one field a line on a phone (styles.css)
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);

        grid.addComponentHierarchyColumn(this::nameCell).setHeader(getTranslation("units.col.name"))
                .setFlexGrow(3).setResizable(true);
        grid.addColumn(ReportUnit::code).setHeader(getTranslation("units.col.code")).setAutoWidth(true);
        grid.addColumn(ReportUnit::kindLabel).setHeader(getTranslation("units.col.kind")).setAutoWidth(true);
        grid.addColumn(u -> UnitLabels.validity(this, u)).setHeader(getTranslation("units.col.validity")).setAutoWidth(true);
        grid.addColumn(u -> u.formerProvinceName() == null ? "" : u.formerProvinceName())
                .setHeader(getTranslation("units.col.formerProvince")).setAutoWidth(true);
        grid.addColumn(u -> u.childCount() == 0 ? "" : VnFormats.count(u.childCount()))
                .setHeader(getTranslation("units.col.children")).setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setDataProvider(provider);
        grid.addItemClickListener(e -> grid.getUI().ifPresent(ui -> ui.navigate(UnitDetailView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setSizeFull();
        add(toolbar, grid);
    }

    private Span nameCell(ReportUnit unit) {
        Span name = new Span(unit.name());
        if (unit.isFormer()) {
            name.addClassName("former-unit");
        }
        return name;
    }

    private void applyFilter(boolean updateUrl) {
        provider.setFilter(new UnitTreeDataProvider.Filter(search.getValue(), includeFormer.getValue()));
        if (updateUrl) {
            getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                    new Location("units", queryParameters())));
        }
    }

    private QueryParameters queryParameters() {
        Map<String, String> params = new LinkedHashMap<>();
        if (!search.getValue().isBlank()) {
            params.put("q", search.getValue().strip());
        }
        if (!includeFormer.getValue()) {
            params.put("former", "0");
        }
        return QueryParameters.simple(params);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        params.getSingleParameter("q").ifPresent(search::setValue);
        params.getSingleParameter("former").ifPresent(v -> includeFormer.setValue(!"0".equals(v)));
        applyFilter(false);
        if (search.getValue().isBlank()) {
            // Open the first level so the user sees their communes and agencies straight away
            grid.expand(provider.fetchChildren(new HierarchicalQuery<>(null, null))
                    .toList());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.units");
    }
}
