package vn.camau.reform.hotline.ui;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.Picker;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.period.Today;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.adminunit.ui.DrillState;
import vn.camau.reform.base.period.ui.PeriodSelector;
import vn.camau.reform.hotline.HotlineStats;
import vn.camau.reform.hotline.HotlineStatsService;
import vn.camau.reform.security.Roles;

/**
 * "Báo cáo đường dây nóng": the leaders' charts of the hotline for a unit and period, the unit and
 * period in the URL ({@code hotline/overview?unit=100&period=YEAR&from=…&to=…}) so a link opens the
 * same charts. Counts only; no reporter reaches this screen.
 */
@Route("hotline/overview")
@Menu(title = "nav.hotline-overview", order = 15, icon = "vaadin:chart")
@RolesAllowed({Roles.INSPECTOR, Roles.INSPECTION_LEADER, Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.AUDITOR})
public class HotlineOverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient HotlineStatsService hotlineStats;
    private final transient ReportUnits reportUnits;
    private final transient Today today;
    private DrillState state;

    HotlineOverviewView(HotlineStatsService hotlineStats, ReportUnits reportUnits, Today today) {
        this.hotlineStats = hotlineStats;
        this.reportUnits = reportUnits;
        this.today = today;
        addClassName("hotline-overview");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = this.today.date();
        try {
            state = DrillState.from(event.getLocation().getQueryParameters(), today);
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            state = DrillState.defaults(today);
        }
        render();
    }

    private void go(DrillState next) {
        UI.getCurrent().navigate(HotlineOverviewView.class, next.toQuery());
    }

    private void render() {
        removeAll();
        HotlineStats stats;
        try {
            stats = hotlineStats.stats(state.unitId(), state.period());
        } catch (BusinessRuleException e) {
            add(new H2(getTranslation("overview.unit-unknown")),
                    new RouterLink(getTranslation("overview.back-home"), HotlineOverviewView.class));
            return;
        }
        DrillState here = state.withUnit(stats.focus().id()).withStructure(UnitStructure.CURRENT);
        add(header(stats, here));
        add(new HotlineCharts(stats, unitId -> go(here.withUnit(unitId))));
    }

    private HorizontalLayout header(HotlineStats stats, DrillState here) {
        ReportUnit focus = stats.focus();
        Div trail = new Div();
        trail.addClassName("breadcrumb");
        for (ReportUnit u : reportUnits.trail(focus.id(), UnitStructure.CURRENT)) {
            if (u.id() == focus.id()) {
                trail.add(new Span(u.name()));
            } else {
                RouterLink link = new RouterLink(u.name(), HotlineOverviewView.class);
                link.setQueryParameters(here.withUnit(u.id()).toQuery());
                trail.add(link, new Span(" › "));
            }
        }
        Paragraph summary = new Paragraph(getTranslation("hotline.overview.summary",
                VnFormats.count(stats.received()), VnFormats.date(here.period().from()),
                VnFormats.date(here.period().to())));
        summary.addClassName("hotline-overview-summary");
        VerticalLayout title = new VerticalLayout(trail, new H2(getTranslation("hotline.overview.title",
                focus.name())), summary);
        title.setPadding(false);
        title.setSpacing(false);

        ComboBox<ReportUnit> unit = new Picker<>(getTranslation("hotline.overview.unit"));
        List<ReportUnit> units = reportUnits.currentUnitsInScope();
        unit.setItems(units);
        unit.setItemLabelGenerator(ReportUnit::name);
        units.stream().filter(u -> u.id() == focus.id()).findFirst().ifPresent(unit::setValue);
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                go(here.withUnit(e.getValue().id()));
            }
        });
        PeriodSelector period = new PeriodSelector(this.today.date());
        period.setPeriod(here.period());
        period.addPeriodListener(p -> go(here.withPeriod(p)));

        title.addClassName("overview-title");
        HorizontalLayout header = new HorizontalLayout(title, unit, period);
        // as the overview's: title above the selectors on a phone, not a word a line beside them (styles.css)
        header.addClassName("overview-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.END);
        header.setFlexGrow(1, title);
        return header;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.hotline-overview");
    }
}
