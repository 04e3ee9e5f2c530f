package vn.camau.reform.evaluation.ui;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import vn.camau.reform.base.ui.Destinations;
import vn.camau.reform.base.ui.RouteIds;
import vn.camau.reform.base.BusinessRuleException;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.Notifications;
import vn.camau.reform.dossier.DossierStatus;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.adminunit.UnitStructure;
import vn.camau.reform.dossier.ui.DossierListView;
import vn.camau.reform.dossier.ui.DossierNavigation;
import vn.camau.reform.adminunit.ui.DrillState;
import vn.camau.reform.base.period.ui.PeriodSelector;
import vn.camau.reform.evaluation.OfficerPerformance;
import vn.camau.reform.evaluation.DisciplineService;
import vn.camau.reform.evaluation.OfficerPerformanceService;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;

/**
 * One officer's performance for a period (issue 6): the figures a rating weighs, their rank in the
 * unit, a year of monthly trends, and, for HR, leaders and auditors, every officer of the unit. The
 * period travels in the URL ({@code officers/12?period=YEAR&from=…&to=…}) as on the overview, from
 * whose officer rows this page opens. Anyone else, and an unknown id, read "not found".
 */
@Route(Destinations.OFFICER_PERFORMANCE)
@PermitAll
public class OfficerPerformanceView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient OfficerPerformanceService service;
    private final transient DisciplineService discipline;
    /** HR and leaders see the officer's discipline decisions; HR records them. */
    private final boolean seesDiscipline;
    private final boolean recordsDiscipline;
    private long officerId;
    private Period period;
    private String title = "";

    /** Whether the user may open the dossier list (the roles its route allows). */
    private final boolean mayOpenDossiers;

    OfficerPerformanceView(OfficerPerformanceService service, DisciplineService discipline, CurrentUser currentUser) {
        this.service = service;
        this.discipline = discipline;
        this.recordsDiscipline = currentUser.may(Permission.RECORD_DISCIPLINE);
        this.seesDiscipline = currentUser.may(Permission.READ_DISCIPLINE);
        RolesAllowed allowed = DossierListView.class.getAnnotation(RolesAllowed.class);
        this.mayOpenDossiers = allowed != null && currentUser.get().map(u -> Arrays.stream(allowed.value())
                .anyMatch(role -> u.roles().stream().anyMatch(r -> r.name().equals(role)))).orElse(false);
        addClassName("officer-performance");
        setWidthFull();
    }

    /** The link to an officer's page for a period, as the drill-down's officer rows carry it. */
    public static String link(long officerId, Period period) {
        return path(officerId) + "?" + query(period).getQueryString();
    }

    public static String path(long officerId) {
        return Destinations.officerPerformance(officerId);
    }

    /** The period as the overview's URL carries it. */
    public static QueryParameters query(Period period) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("period", period.kind().name());
        map.put("from", period.from().toString());
        map.put("to", period.to().toString());
        return QueryParameters.simple(map);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        LocalDate today = service.today();
        try {
            period = DrillState.from(event.getLocation().getQueryParameters(), today).period();
        } catch (BusinessRuleException e) {
            Notifications.warning(getTranslation(e.messageKey(), e.args()));
            period = DrillState.defaults(today).period();
        }
        String raw = event.getRouteParameters().get("id").orElse("");
        removeAll();
        find(raw).ifPresentOrElse(this::render, () -> notFound(raw));
    }

    /** A typed URL may hold anything: what is not a number is simply not found. */
    private Optional<OfficerPerformance> find(String raw) {
        Optional<Long> id = RouteIds.parse(raw);
        id.ifPresent(officer -> officerId = officer);
        return id.flatMap(officer -> service.performance(officer, period));
    }

    private void notFound(String raw) {
        title = getTranslation("officer-performance.not-found.title");
        add(new H2(title), new Paragraph(getTranslation("officer-performance.not-found", raw)));
    }

    private void go(Period next) {
        UI.getCurrent().navigate(path(officerId), query(next));
    }

    private void render(OfficerPerformance p) {
        title = getTranslation("officer-performance.title", p.officer().fullName());
        Paragraph who = new Paragraph(getTranslation("officer-performance.who", p.officer().position(),
                p.officer().unitName()));
        VerticalLayout heading = new VerticalLayout(new H2(title), who);
        heading.setPadding(false);
        heading.setSpacing(false);
        if (p.widened()) {
            heading.add(new Paragraph(getTranslation("officer-performance.whole-months",
                    VnFormats.date(p.first().atDay(1)), VnFormats.date(p.last().atEndOfMonth()))));
        }
        PeriodSelector selector = new PeriodSelector(service.today());
        selector.setPeriod(period);
        selector.addPeriodListener(this::go);
        HorizontalLayout header = new HorizontalLayout(heading, selector);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.END);
        header.setFlexGrow(1, heading);
        add(header);
        if (mayOpenDossiers) {
            // The drill goes on: unit → officer → their dossiers → a dossier
            Anchor dossiers = new Anchor(DossierNavigation.LIST + "?" + DossierNavigation.list(
                    new DrillState(p.officer().unitId(), period, UnitStructure.CURRENT), DossierStatus.RECEIVED,
                    null, null, p.officer().id(), null).getQueryString(),
                    getTranslation("officer-performance.dossiers"));
            dossiers.getElement().setAttribute("router-link", "");
            dossiers.addClassName("officer-dossiers-link");
            add(dossiers);
        }
        add(new PerformanceCards(p), new PerformanceCharts(p.trend()));
        if (!p.unit().isEmpty()) {
            add(new UnitOfficersTable(p, period));
        }
        if (seesDiscipline) {
            add(new DisciplinePanel(discipline, p.officer().id(), recordsDiscipline));
        }
    }

    @Override
    public String getPageTitle() {
        return title;
    }

}
