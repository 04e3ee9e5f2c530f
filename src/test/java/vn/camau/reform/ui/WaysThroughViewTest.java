package vn.camau.reform.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.dossier.TestDossiers.AGENCY;
import static vn.camau.reform.evaluation.EvaluationFixture.RATED;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import vn.camau.reform.TestLogins;
import vn.camau.reform.base.ui.phone.GridCards;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dashboard.ui.OverviewView;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierRecord;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.LateDossierAlert;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dashboard.UnitRow;
import vn.camau.reform.dossier.ui.LateAlertsView;
import vn.camau.reform.evaluation.EvaluationFixture;
import vn.camau.reform.evaluation.EvaluationService;
import vn.camau.reform.evaluation.Frequency;

/**
 * Ways through (issue 18): one click opens a row, names lead to the officer, the breadcrumb survives a
 * jump across the July 2025 lineage, and each role's home shows its work first.
 */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back; RolledBackGenerations drops the figures kept meanwhile
class WaysThroughViewTest extends KaribuTest {

    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    IndicatorService indicators;
    @Autowired
    EvaluationFixture team;
    @Autowired
    EvaluationService evaluations;

    @BeforeEach
    void load() {
        testDossiers.ensureReferenceData();
        team.load();
        TestLogins.loginAs(users, "admin");
        var cal = calendar.calendar();
        TestDossiers.loadSeven(writer, cal, indicators.today());
        LocalDate r = LocalDate.of(2024, 10, 1);
        writer.save(TestDossiers.dossier("T-2024", TestDossiers.FORMER, r, cal.addWorkingDays(r, 10),
                cal.addWorkingDays(r, 10), DossierState.RETURNED, Channel.IN_PERSON, 0));
        TestLogins.logout();
    }

    private static String location() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
    }

    @Test
    void oneClickOnAnAlertOpensItsDossier() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        @SuppressWarnings("unchecked")
        Grid<LateDossierAlert> grid = LocatorJ._get(Grid.class);
        int index = 0;
        while (!GridKt._get(grid, index).code().equals("T-OVERDUE")) {
            index++;
        }
        GridKt._clickItem(grid, index);
        assertThat(location()).isEqualTo("dossiers/T-OVERDUE");
        // and the dossier's handling unit leads to that unit's figures
        assertThat(LocatorJ._find(Anchor.class)).extracting(Anchor::getHref).contains("overview?unit=" + AGENCY);
    }

    /** A due-soon dossier the rated officer holds, so the alert row names a person. */
    private void heldByTheRatedOfficer() {
        TestLogins.loginAs(users, "admin");
        var cal = calendar.calendar();
        LocalDate today = indicators.today();
        DossierRecord d = TestDossiers.dossier("T-HELD", AGENCY, cal.workingDaysBefore(today, 5),
                cal.workingDaysBefore(today, 1), null, DossierState.PROCESSING, Channel.ONLINE, 0);
        writer.save(new DossierRecord(d.code(), d.procedureId(), d.receivingUnitId(), d.handlingUnitId(), d.channel(),
                d.state(), d.receivedAt(), d.appointmentDate(), d.dueDate(), d.resolvedAt(), d.returnedAt(),
                d.finishedAt(), d.lateWorkingDays(), d.service(), d.applicant(), d.handlingOfficerId(),
                new DossierRecord.Responsible(d.responsible().step(), TestDossiers.FORMER, RATED), List.of()));
        TestLogins.logout();
    }

    @SuppressWarnings("unchecked")
    private static int alertRow(Grid<LateDossierAlert> grid, String code) {
        int index = 0;
        while (!GridKt._get(grid, index).code().equals(code)) {
            index++;
        }
        return index;
    }

    @Test
    void theAlertsNamesLeadToTheUnitsFiguresAndTheOfficersPerformanceForThoseWhoMayGo() {
        heldByTheRatedOfficer();
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate(LateAlertsView.class);
        @SuppressWarnings("unchecked")
        Grid<LateDossierAlert> grid = LocatorJ._get(Grid.class);
        LateDossierAlert held = GridKt._get(grid, alertRow(grid, "T-HELD"));
        assertThat(Shown.cell(grid, held, "unit")).containsEntry("unit", "Sở Thử nghiệm")
                .containsEntry("unitHref", "overview?unit=" + AGENCY);
        assertThat(Shown.cell(grid, held, "responsible"))
                .containsEntry("otherUnit", "Phòng Thử nghiệm cũ")
                .containsEntry("otherUnitHref", "overview?unit=" + TestDossiers.FORMER)
                .containsEntry("officer", "Phạm Văn Cán").containsEntry("officerHref", "officers/" + RATED);
        // a click on the officer's name opens their performance, not the row's dossier
        Shown.call(grid, held, "responsible", "openLink", "officer");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .startsWith("officers/" + RATED);

        // the desk officer may open neither page: the names are plain text, not a way to "access denied"
        loginAs("test.canbo");
        UI.getCurrent().navigate(LateAlertsView.class);
        grid = LocatorJ._get(Grid.class);
        held = GridKt._get(grid, alertRow(grid, "T-HELD"));
        assertThat(Shown.cell(grid, held, "unit")).containsEntry("unit", "Sở Thử nghiệm").containsEntry("unitHref", null);
        assertThat(Shown.cell(grid, held, "responsible")).containsEntry("officer", "Phạm Văn Cán")
                .containsEntry("officerHref", null).containsEntry("otherUnitHref", null);
    }

    /** The phone card's value of {@code property} for the alert {@code code}. */
    @SuppressWarnings("unchecked")
    private static Object card(String code, String property) {
        Grid<LateDossierAlert> grid = LocatorJ._get(Grid.class);
        LateDossierAlert alert = GridKt._get(grid, alertRow(grid, code));
        var renderer = (LitRenderer<LateDossierAlert>) grid.getColumnByKey(GridCards.CARD_KEY).getRenderer();
        return renderer.getValueProviders().get(property).apply(alert);
    }

    @Test
    void onAPhoneTheAlertCardsNamesLeadWhereTheDesksGridLeadsThem() {
        heldByTheRatedOfficer();
        loginAs("lanhdao.tinh");
        TestWindow.open(TestWindow.PHONE, LateAlertsView.class);
        assertThat(card("T-HELD", "unit")).isEqualTo("Sở Thử nghiệm");
        assertThat(card("T-HELD", "unitHref")).isEqualTo("overview?unit=" + AGENCY);
        assertThat(card("T-HELD", "otherUnit")).isEqualTo("Phòng Thử nghiệm cũ");
        assertThat(card("T-HELD", "otherUnitHref")).isEqualTo("overview?unit=" + TestDossiers.FORMER);
        assertThat(card("T-HELD", "officer")).isEqualTo("Phạm Văn Cán");
        assertThat(card("T-HELD", "officerHref")).isEqualTo("officers/" + RATED);

        // the desk officer may open neither page: the same names, as plain text
        loginAs("test.canbo");
        TestWindow.open(TestWindow.PHONE, LateAlertsView.class);
        assertThat(card("T-HELD", "unit")).isEqualTo("Sở Thử nghiệm");
        assertThat(card("T-HELD", "officer")).isEqualTo("Phạm Văn Cán");
        assertThat(card("T-HELD", "unitHref")).isNull();
        assertThat(card("T-HELD", "otherUnitHref")).isNull();
        assertThat(card("T-HELD", "officerHref")).isNull();
    }

    @Test
    void aChairWhoOpensAFormerUnitHasTheWayBackToTheirOwn() {
        // test.giamdoc leads the test agency; its former unit's history rolls up to it
        loginAs("test.giamdoc");
        UI.getCurrent().navigate("overview", QueryParameters.fromString("period=YEAR&from=2024-01-01&to=2024-12-31"));
        Shown.scrolledToEnd();
        @SuppressWarnings("unchecked")
        Grid<UnitRow> units = LocatorJ._find(Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof UnitRow).findFirst().orElseThrow();
        int index = 0;
        while (GridKt._get(units, index).unit().id() != TestDossiers.FORMER) {
            index++;
        }
        GridKt._clickItem(units, index);
        assertThat(location()).contains("unit=" + TestDossiers.FORMER);
        List<RouterLink> crumbs = LocatorJ._find(RouterLink.class, spec -> spec.withText("Sở Thử nghiệm"));
        assertThat(crumbs).as("a breadcrumb back to the chair's own unit").isNotEmpty();
        assertThat(crumbs.getFirst().getHref()).startsWith("overview?").contains("unit=" + AGENCY);
    }

    @Test
    void onHrsRatingRoundTheOfficersNameLeadsToTheirPerformance() {
        TestLogins.loginAs(users, "nhansu");
        long cycle = evaluations.openCycle(AGENCY, Frequency.QUARTERLY, LocalDate.of(2026, 7, 1));
        long rating = evaluations.ofCycle(cycle).stream().filter(e -> e.officerId() == RATED).findFirst()
                .orElseThrow().id();
        TestLogins.logout();
        loginAs("nhansu");
        UI.getCurrent().navigate("evaluations/cycle/" + cycle);
        @SuppressWarnings("unchecked")
        Grid<vn.camau.reform.evaluation.Evaluation> ratings = LocatorJ._get(Grid.class);
        int index = 0;
        while (GridKt._get(ratings, index).officerId() != RATED) {
            index++;
        }
        Anchor name = (Anchor) GridKt._getCellComponent(ratings, index, "officer");
        assertThat(name.getText()).isEqualTo("Phạm Văn Cán");
        assertThat(name.getHref()).isEqualTo("officers/" + RATED + "?period=CUSTOM&from=2026-07-01&to=2026-09-30");
        UI.getCurrent().navigate("evaluations/" + rating);
        assertThat(LocatorJ._get(Anchor.class, spec -> spec.withText("Phạm Văn Cán")).getHref())
                .startsWith("officers/" + RATED + "?");
    }

    @Test
    void theDeskOfficersHomeShowsTheirLateDossiersAndApologiesToSendFirst() {
        loginAs("test.canbo");
        UI.getCurrent().navigate("");
        Div late = LocatorJ._get(Div.class, spec -> spec.withId("home-late"));
        List<String> links = LocatorJ._find(late, Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("dossiers/T-OVERDUE", "dossiers/T-DUESOON");
        // the overdue dossier has no apology yet: drafting it is the desk's next job
        Div apologies = LocatorJ._get(Div.class, spec -> spec.withId("home-apologies"));
        assertThat(LocatorJ._find(apologies, Anchor.class)).extracting(Anchor::getHref)
                .contains("apologies/new?dossier=T-OVERDUE");
    }

    @Test
    void aLeadersHomeIsTheOverviewAndTheMenuNamesItOnce() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        List<String> labels = Menu.labels();
        assertThat(labels).contains("Theo dõi hồ sơ").doesNotContain("Tổng quan");

        loginAs("thanhtra");
        UI.getCurrent().navigate("");
        Div hotline = LocatorJ._get(Div.class, spec -> spec.withId("home-hotline"));
        assertThat(LocatorJ._find(hotline, Anchor.class)).extracting(Anchor::getHref)
                .anyMatch(h -> h.startsWith("hotline?") && h.contains("OVERDUE"));
        assertThat(Menu.labels()).contains("Tổng quan");
    }
}
