package vn.camau.reform.dashboard.ui;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.ui.Destinations;
import vn.camau.reform.adminunit.ReportUnits;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.base.ui.UrlParameters;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierStatus;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.OpenTiming;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.ReportUnit;
import vn.camau.reform.dossier.StatCounter;
import vn.camau.reform.dashboard.OverviewFigures;
import vn.camau.reform.dashboard.OverviewReads;
import vn.camau.reform.dashboard.UnitBreakdown;
import vn.camau.reform.dossier.ui.DossierNavigation;
import vn.camau.reform.adminunit.ui.DrillState;
import vn.camau.reform.evaluation.OfficerPerformanceService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;
import vn.camau.reform.security.Roles;
import vn.camau.reform.security.UnitScope;

/**
 * The leaders' overview and drill-down: a unit's headline figures for a period against the period
 * before and a year earlier, four charts, and the units below it; every figure opens what is behind
 * it. Province → (former district, before July 2025) → commune or agency → procedure or officer →
 * dossier list → dossier. The URL carries unit, period and tree.
 */
@Route(Destinations.OVERVIEW)
@Menu(title = "nav.overview", order = 5, icon = "vaadin:dashboard")
@RolesAllowed({Roles.PROVINCE_LEADER, Roles.UNIT_LEADER, Roles.AUDITOR, Roles.ADMIN})
public class OverviewView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The trend shows a year of months ending with the period's last month. */
    static final int TREND_MONTHS = 12;

    /** URL parameter: the unit a lineage jump came from. */
    static final String VIA = "via";

    private final transient IndicatorService indicators;

    private final transient ReportUnits reportUnits;
    private final transient CurrentUser currentUser;
    private final transient OverviewReads reads;
    private final boolean withHotline;
    private final boolean withPerformance;
    private DrillState state;
    /**
     * Today as this navigation reads it, once: each read of the service's is a call through its
     * transaction and security checks, and a page asked for it three times.
     */
    private LocalDate today;
    /** The unit the leader jumped from across the July 2025 lineage (URL {@code via}), for the way back. */
    private Long via;

    OverviewView(IndicatorService indicators, ReportUnits reportUnits, CurrentUser currentUser,
                 OfficerPerformanceService performance, OverviewReads reads) {
        this.indicators = indicators;
        this.reads = reads;
        this.reportUnits = reportUnits;
        this.currentUser = currentUser;
        this.withPerformance = performance.readsOfficersInScope();
        this.withHotline = currentUser.may(Permission.READ_HOTLINE_COUNTS);
        addClassName("overview");
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        today = indicators.today();
        try {
            state = DrillState.from(event.getLocation().getQueryParameters(), today);
            via = UrlParameters.first(event.getLocation().getQueryParameters(), VIA).map(UrlParameters::parseId)
                    .orElse(null);
        } catch (BusinessRuleException e) {
            via = null;
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            state = DrillState.defaults(today);
        }
        render();
    }

    /** A unit's figures for the default period, as a name elsewhere links to them. */
    public static String unitLink(long unitId) {
        return Destinations.unitFigures(unitId);
    }

    private void go(DrillState next) {
        UI.getCurrent().navigate(OverviewView.class, next.toQuery());
    }

    /**
     * From the units grid: a step down the tree, or a jump across the lineage (a current commune's
     * former units, whose trail leads elsewhere). A jump remembers where it came from, so the
     * breadcrumb can lead back.
     */
    private void goFrom(ReportUnit focus, DrillState next) {
        List<ReportUnit> trail = next.unitId() == null ? List.of()
                : reportUnits.trail(next.unitId(), next.structure());
        boolean jump = trail.stream().noneMatch(u -> u.id() == focus.id());
        Map<String, String> query = new LinkedHashMap<>(next.toMap());
        if (jump) {
            query.put(VIA, String.valueOf(focus.id()));
        } else if (via != null) {
            query.put(VIA, String.valueOf(via));
        }
        UI.getCurrent().navigate(OverviewView.class, QueryParameters.simple(query));
    }

    private void render() {
        removeAll();
        // The unit list (for the focus, the home unit and the trail), the figures and the at-risk count in one
        // read-only transaction: read apart, each was a transaction with its own freshness checks
        OverviewReads.FirstScreen read;
        try {
            read = reads.firstScreen(state.unitId(), state.period(), state.structure(), TREND_MONTHS);
        } catch (BusinessRuleException e) {
            add(new H2(getTranslation("overview.unit-unknown")), new RouterLink(getTranslation("overview.back-home"),
                    OverviewView.class));
            return;
        }
        Map<Long, ReportUnit> units = read.units();
        UnitScope scope = read.scope();
        ReportUnit focus = read.focus();
        OverviewFigures figures = read.figures();
        UnitBreakdown breakdown = figures.breakdown();
        DrillState here = state.withUnit(focus.id()).withStructure(breakdown.structure());
        add(header(units, scope, focus, here, breakdown), new KpiCards(figures.comparison(),
                counter -> openList(here, counter == StatCounter.RESOLVED_LATE ? DossierStatus.LATE
                        : DossierStatus.RECEIVED, null),
                // the waiting ones are no alert: their list is the dossier list's "waiting for the applicant"
                timing -> {
                    if (timing == OpenTiming.WAITING) {
                        openList(here, DossierStatus.WAITING, null);
                    } else {
                        UI.getCurrent().navigate(DossierNavigation.ALERTS, DossierNavigation.alerts(focus.id()));
                    }
                },
                ApologyRegisterLink.secondMisses(focus.id(), state.period()),
                withHotline ? HotlineQueueLink.overdue(focus, state.period(), today) : null)
                .withAtRisk(read.atRisk(), () -> UI.getCurrent().navigate(DossierNavigation.ALERTS,
                        atRiskTab(focus.id()))));
        add(new OverviewCharts(figures.trend(), breakdown, figures.fields(), drill(here)));
        add(new BreakdownTabs(indicators, today, breakdown, here, next -> goFrom(focus, next), this::openList,
                withHotline, withPerformance));
    }

    private static QueryParameters atRiskTab(long unitId) {
        return QueryParameters.simple(java.util.Map.of("tab", "risk", "unit", String.valueOf(unitId)));
    }

    private HorizontalLayout header(Map<Long, ReportUnit> all, UnitScope scope, ReportUnit focus, DrillState here,
                                    UnitBreakdown breakdown) {
        List<ReportUnit> units = new ArrayList<>(ReportUnits.trail(all, scope, focus.id(), breakdown.structure()));
        // The way back across a lineage jump, and always the user's own unit first: a commune chair who
        // opened a former unit (its trail runs through a former district outside their scope) gets home
        ReportUnit home = ReportUnits.homeUnit(all, scope);
        for (Long back : via == null ? List.<Long>of() : List.of(via)) {
            if (back != focus.id() && units.stream().noneMatch(u -> u.id() == back)) {
                unitOrNull(all, scope, back).ifPresent(u -> units.addFirst(u));
            }
        }
        if (units.stream().noneMatch(u -> u.id() == home.id())) {
            units.addFirst(home);
        }
        VerticalLayout title = new VerticalLayout(DrillHeader.trail(units, focus, OverviewView.class, here),
                new H2(focus.name()),
                new Paragraph(getTranslation("overview.as-of", VnFormats.date(breakdown.total().asOf()))));
        return DrillHeader.of(title, focus, today, state.period(), breakdown.structure(), here, this::go);
    }

    private static java.util.Optional<ReportUnit> unitOrNull(Map<Long, ReportUnit> units, UnitScope scope, long id) {
        try {
            return java.util.Optional.of(ReportUnits.focus(units, scope, id));
        } catch (BusinessRuleException e) {
            return java.util.Optional.empty();
        }
    }

    private OverviewCharts.Drill drill(DrillState here) {
        return new OverviewCharts.Drill() {
            @Override
            public void month(YearMonth month) {
                go(here.withPeriod(Period.month(month)));
            }

            @Override
            public void unit(long unitId) {
                go(here.withUnit(unitId));
            }

            @Override
            public void lateInField(long fieldId) {
                openList(here, DossierStatus.LATE, null, fieldId, null, null);
            }

            @Override
            public void channel(Channel channel) {
                openList(here, DossierStatus.RECEIVED, null, null, null, channel);
            }
        };
    }

    private void openList(DrillState here, DossierStatus status, Long procedureId) {
        openList(here, status, procedureId, null, null, null);
    }

    void openList(DrillState here, DossierStatus status, Long procedureId, Long fieldId, Long officerId,
                  Channel channel) {
        UI.getCurrent().navigate(DossierNavigation.LIST,
                DossierNavigation.list(here, status, procedureId, fieldId, officerId, channel));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.overview");
    }
}
