package vn.camau.reform.dashboard.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import org.springframework.beans.factory.ObjectProvider;

import vn.camau.reform.account.AccountService;
import vn.camau.reform.adminunit.AdminUnitService;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.dossier.DossierService;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.hotline.HotlineService;
import vn.camau.reform.adminunit.ScopeSummary;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.calendar.CalendarDay;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.calendar.WorkingCalendar;
import vn.camau.reform.security.AppUser;
import vn.camau.reform.security.CurrentUser;
import vn.camau.reform.security.Permission;

/**
 * The first screen after login, one per role, that role's work first: a leader's is the overview
 * (forwarded); the desk officer's opens with their late and due-soon dossiers and the apologies to
 * send; the inspector's with the hotline queues; HR's with the rating rounds in progress and the
 * ratings to review; the administrator's with the accounts that wait for them. Then whose data this is (the user's unit and what
 * lies below it) and the working-day facts every deadline depends on today.
 */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
public class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final boolean leader;

    HomeView(CurrentUser currentUser, AdminUnitService units, CalendarService calendar,
             ObjectProvider<DossierService> dossiers, ObjectProvider<ApologyService> apologies,
             ObjectProvider<HotlineService> hotline, ObjectProvider<EvaluationService> evaluations,
             ObjectProvider<AccountService> accounts) {
        AppUser user = currentUser.require();
        leader = opensOverview(user);
        add(new H2(getTranslation("home.greeting", user.fullName())),
                new Paragraph(getTranslation("home.scope", user.unitName())));
        if (leader) {
            return; // forwarded to the overview before anything shows
        }
        if (user.may(Permission.WORK_AT_DESK)) {
            add(new OfficerWork(dossiers.getObject(), apologies.getObject()));
        }
        if (user.may(Permission.TAKE_HOTLINE_REPORTS)) {
            add(new HotlineWork(hotline.getObject()));
        }
        if (user.may(Permission.REVIEW_EVALUATION)) {
            add(new HrWork(evaluations.getObject(), LocalDate.now()));
        }
        if (user.may(Permission.MANAGE_ACCOUNTS)) {
            add(new AdminWork(accounts.getObject()));
        }

        unitCards(units.summary());

        LocalDate today = LocalDate.now();
        WorkingCalendar workingCalendar = calendar.calendar();
        add(new H3(getTranslation("home.calendar")),
                new Paragraph(getTranslation(workingCalendar.isWorkingDay(today) ? "home.today.working"
                        : "home.today.off", VnFormats.date(today))));
        UnorderedList upcoming = new UnorderedList();
        calendar.findDays(today.getYear()).stream()
                .filter(d -> !d.day().isBefore(today))
                .sorted(Comparator.comparing(CalendarDay::day))
                .limit(5)
                .forEach(d -> upcoming.add(new ListItem(VnFormats.date(d.day()) + " – "
                        + getTranslation(d.kind().labelKey()) + ": " + d.name())));
        if (upcoming.getChildren().findAny().isEmpty()) {
            upcoming.add(new ListItem(getTranslation("home.noUpcoming")));
        }
        add(upcoming);
        // Deadlines that run into a year with no announced holidays would silently skip its Tết
        int nextYear = today.getYear() + 1;
        if (calendar.findDays(nextYear).isEmpty()) {
            Paragraph missing = new Paragraph(getTranslation("home.calendarMissing", String.valueOf(nextYear)));
            missing.getStyle().set("color", "var(--lumo-warning-text-color, var(--lumo-error-text-color))");
            add(missing);
        }
    }

    /**
     * How many units of each kind the user's data covers, the kinds it has only: a ward's desk officer read
     * "1 Phường, 0 Xã, 0 Cơ quan cấp tỉnh, 0 Cấp huyện…" under their work. A scope of one unit, named in
     * the line above, needs no count at all.
     */
    private void unitCards(ScopeSummary summary) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("home.kpi.wards", summary.wards());
        counts.put("home.kpi.communes", summary.communes());
        counts.put("home.kpi.agencies", summary.agencies());
        counts.put("home.kpi.formerDistricts", summary.formerDistricts());
        counts.put("home.kpi.formerCommunes", summary.formerCommunes());
        if (counts.values().stream().mapToInt(Integer::intValue).sum() <= 1) {
            return;
        }
        FlexLayout cards = new FlexLayout();
        counts.forEach((key, value) -> {
            if (value > 0) {
                cards.add(card(value, key));
            }
        });
        cards.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        cards.getStyle().set("gap", "var(--lumo-space-m)");
        add(cards);
    }

    private Div card(int value, String labelKey) {
        Div number = new Div(VnFormats.count(value));
        number.addClassName("kpi-value");
        Div label = new Div(getTranslation(labelKey));
        label.addClassName("kpi-label");
        Div card = new Div(number, label);
        card.addClassName("kpi-card");
        return card;
    }

    /** Whose home is the overview: the leaders, who open it every morning. */
    static boolean opensOverview(AppUser user) {
        return user.may(Permission.OVERVIEW_AS_HOME);
    }

    /** A leader's home page is the overview of their unit (DOMAIN §1: they open it every morning). */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (leader) {
            event.forwardTo(OverviewView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home");
    }
}
