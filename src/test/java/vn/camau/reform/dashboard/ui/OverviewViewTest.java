package vn.camau.reform.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.APOLOGY;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jooq.DSLContext;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;

import vn.camau.reform.TestLogins;
import vn.camau.reform.apology.ApologyForm;
import vn.camau.reform.apology.ApologyService;
import vn.camau.reform.apology.DeliveryChannel;
import vn.camau.reform.base.period.PeriodKind;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.calendar.CalendarService;
import vn.camau.reform.dossier.Channel;
import vn.camau.reform.dossier.DossierState;
import vn.camau.reform.dossier.DossierWriteService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.TestHotlineReports;
import vn.camau.reform.dashboard.UnitRow;
import vn.camau.reform.base.ui.BuiltWhenNear;
import vn.camau.reform.ui.KaribuTest;
import vn.camau.reform.ui.Shown;

/** The leaders' overview: figures, charts, drill-down by click and by URL, scope and roles. */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back; RolledBackGenerations drops the figures kept meanwhile
class OverviewViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    DossierWriteService writer;
    @Autowired
    CalendarService calendar;
    @Autowired
    IndicatorService indicators;
    @Autowired
    ApologyService apologies;
    @Autowired
    java.time.Clock clock;

    @BeforeEach
    void loadTestDossiers() {
        testDossiers.ensureReferenceData();
        TestLogins.loginAs(users, "admin");
        var cal = calendar.calendar();
        LocalDate today = indicators.today();
        TestDossiers.loadSeven(writer, cal, today);
        LocalDate r = LocalDate.of(2024, 10, 1);
        writer.save(TestDossiers.dossier("T-2024", TestDossiers.FORMER, r, cal.addWorkingDays(r, 10),
                cal.addWorkingDays(r, 10), DossierState.RETURNED, Channel.IN_PERSON, 0));
        TestLogins.logout();
    }

    @SuppressWarnings("unchecked")
    private static Grid<UnitRow> unitsGrid() {
        Shown.scrolledToEnd();
        return LocatorJ._find(Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof UnitRow)
                .findFirst().orElseThrow();
    }

    private static UnitRow row(Grid<UnitRow> grid, String name) {
        for (int i = 0; i < GridKt._size(grid); i++) {
            if (GridKt._get(grid, i).unit().name().equals(name)) {
                return GridKt._get(grid, i);
            }
        }
        throw new AssertionError("No row " + name);
    }

    /** Navigates to a URL with its query string, as a pasted link would. */
    private static void open(String url) {
        int q = url.indexOf('?');
        String path = url.startsWith("/") ? url.substring(1) : url;
        if (q < 0) {
            UI.getCurrent().navigate(path);
        } else {
            UI.getCurrent().navigate(path.substring(0, path.indexOf('?')),
                    QueryParameters.fromString(url.substring(q + 1)));
        }
    }

    /** The KPI cards' labels as shown (each card is one element on the server, its lines its inner HTML). */
    private static List<String> kpiLabels() {
        return kpiCards().stream().map(card -> Shown.one(card, ".kpi-label").text()).toList();
    }

    private static List<Div> kpiCards() {
        return LocatorJ._find(Div.class, spec -> spec.withClasses("kpi-card"));
    }

    /**
     * The units grid, below the first screen, is built when the browser says its box came near the screen,
     * once: until then the page holds an empty box of the grid's height, so the page does not jump.
     */
    @Test
    void theUnitsGridIsBuiltOnceWhenScrolledNear() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("");
        assertThat(unitGrids()).as("not built with the first screen").isEmpty();
        BuiltWhenNear box = LocatorJ._get(BuiltWhenNear.class);
        assertThat(box.isBuilt()).isFalse();
        assertThat(box.getStyle().get("min-height")).contains("400px");

        BasicUtilsKt._fireDomEvent(box, BuiltWhenNear.NEAR);
        assertThat(unitGrids()).hasSize(1);
        assertThat(GridKt._size(unitGrids().getFirst())).isGreaterThan(BreakdownTabs.ALL_ROWS_UP_TO);
        assertThat(box.getStyle().get("min-height")).as("the grid holds its own height").isNull();
        BasicUtilsKt._fireDomEvent(box, BuiltWhenNear.NEAR);
        assertThat(unitGrids()).as("a second event builds nothing more").hasSize(1);
    }

    @SuppressWarnings("unchecked")
    private static List<Grid<UnitRow>> unitGrids() {
        return LocatorJ._find(Grid.class).stream()
                .filter(g -> GridKt._size(g) > 0 && GridKt._get(g, 0) instanceof UnitRow)
                .map(g -> (Grid<UnitRow>) g).toList();
    }

    @Test
    void aProvinceLeaderSeesFiguresChartsAndEveryUnitWithItsCounts() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat(kpiLabels()).contains("Tỷ lệ đúng hạn (hồ sơ đã giải quyết)",
                "Tỷ lệ đúng hạn (tính cả hồ sơ tồn quá hạn)", "Đang quá hạn", "Mức độ hài lòng", "Chờ bổ sung");
        // the rule of the last day and of the stopped clock, on the counts it decides
        Div waiting = kpiCards().stream()
                .filter(d -> Shown.text(d).contains("Chờ bổ sung")).findFirst().orElseThrow();
        assertThat(waiting.getTitle().orElseThrow()).contains("thời hạn tạm dừng");
        assertThat(kpiCards().stream()
                .filter(d -> Shown.text(d).contains("Đang quá hạn")).findFirst().orElseThrow()
                .getTitle().orElseThrow()).contains("hạn đúng ngày cuối kỳ");
        List<EChart> charts = LocatorJ._find(EChart.class);
        assertThat(charts).hasSize(4).allSatisfy(c -> assertThat(c.getOption()).contains("series"));

        open("overview?period=CUSTOM&from=" + indicators.today().minusDays(90) + "&to="
                + indicators.today());
        UnitRow agency = row(unitsGrid(), "Sở Thử nghiệm");
        assertThat(agency.indicators().get(vn.camau.reform.dossier.StatCounter.RECEIVED)).isEqualTo(7);
        assertThat(agency.indicators().openOverdue()).isEqualTo(1);
        assertThat(unitsGrid().getDataProvider()).isNotNull();
    }

    @Test
    void theApologyCardAndColumnsShowTheDutyOfLateDossiersWithTheSecondMissInRed() throws Exception {
        // T-LATE and T-OVERDUE became late in the last 90 days without an apology; T-OVERDUE now gets
        // one, signed, whose new date (set in the past here) was missed too
        TestLogins.loginAs(users, "lanhdao.tinh");
        var cal = calendar.calendar();
        LocalDate today = indicators.today();
        long id = apologies.create(new ApologyForm("T-OVERDUE", TestDossiers.AGENCY, "Hồ sơ phải xác minh thực địa",
                cal.addWorkingDays(today, 2), DeliveryChannel.SMS, false));
        apologies.approve(id, apologies.apology(id).orElseThrow().version(), null);
        dsl.update(APOLOGY).set(APOLOGY.NEW_DUE_DATE, cal.workingDaysBefore(today, 1)).where(APOLOGY.ID.eq(id)).execute();

        loginAs("lanhdao.tinh");
        String from = today.minusDays(90).toString();
        open("overview?unit=" + TestDossiers.AGENCY + "&period=CUSTOM&from=" + from + "&to=" + today);
        assertThat(kpiLabels()).contains("Xin lỗi đúng hạn");
        Div card = LocatorJ._get(Div.class, spec -> spec.withClasses("kpi-apology"));
        assertThat(Shown.text(card)).contains("Thiếu xin lỗi: 1", "Xin lỗi muộn: 1",
                "Chưa công khai: 1", "Trễ lần hai: 1");
        // the rate explains itself: 0 of the 2 late dossiers apologised for in time
        assertThat(card.getTitle().orElseThrow()).startsWith("Xin lỗi đúng hạn = ").contains(": 0 ÷ 2");
        Element secondMiss = Shown.one(card, "a.kpi-second-miss[router-link]");
        assertThat(secondMiss.attr("href")).isEqualTo("apologies?unit=" + TestDossiers.AGENCY + "&from=" + from
                + "&to=" + today + "&secondMiss=true");

        Grid<UnitRow> grid = unitsGrid();
        assertThat(grid.getColumnByKey("apology").getHeaderText()).isEqualTo("Xin lỗi");
        assertThat(grid.getColumnByKey("apology-missing").getHeaderText()).isEqualTo("Thiếu xin lỗi");
        assertThat(grid.getColumnByKey("second-miss").getHeaderText()).isEqualTo("Trễ lần hai");
        int self = 0;
        while (GridKt._get(grid, self).unit().id() != TestDossiers.AGENCY) {
            self++;
        }
        assertThat(GridKt._get(grid, self).indicators().apology().missing()).isEqualTo(1);
        // drawn in the browser from the row's values: a red link to the register (no component per cell)
        Map<String, Object> cell = Shown.cell(grid, GridKt._get(grid, self), "second-miss");
        assertThat(Shown.template(grid, "second-miss")).contains("<a href=\"${item.href}\" router-link class=\"second-miss\"");
        assertThat(cell.get("href")).isEqualTo("apologies?unit=" + TestDossiers.AGENCY + "&from=" + from
                + "&to=" + today + "&secondMiss=true");
        assertThat(cell.get("text")).isEqualTo("1");
        // a rate's hover: the formula is the column's, in its template once; a row sends only its counts
        Map<String, Object> apology = Shown.cell(grid, GridKt._get(grid, self), "apology");
        assertThat(apology.get("counts")).isEqualTo("0 ÷ 2");
        assertThat(apology).doesNotContainValue(card.getTitle().orElseThrow());
        String template = Shown.template(grid, "apology");
        assertThat(org.jsoup.Jsoup.parse(template).selectFirst("span").attr("title"))
                .startsWith("Xin lỗi đúng hạn = ").endsWith(": ${item.counts}");
        assertThat(template).doesNotContain("`");

        // the units export carries the same three figures
        Anchor csv = LocatorJ._find(Anchor.class, spec -> spec.withText("Xuất CSV")).getFirst();
        String text = new String(DownloadKt._download(csv), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("Xin lỗi đúng hạn (%)", "Thiếu xin lỗi", "Trễ lần hai");
        assertThat(text.lines().filter(l -> l.startsWith("96.TEST,")).findFirst().orElseThrow())
                .contains(",0.00,1,1,");
    }

    /**
     * The card's "overdue" counts answer rounds begun in the period and unanswered past due at its end;
     * the queue's live overdue tab, reports late today. Four reports where the two part ways: the link
     * opens exactly the card's count, and the screen says which of the two it lists.
     */
    @Test
    void theHotlineCardsOverdueCountIsTheRowsBehindItsLinkForAClosedPeriod() {
        LocalDate today = LocalDate.now(clock);
        LocalDate from = today.minusDays(60);
        LocalDate to = today.minusDays(20);
        TestHotlineReports reports = new TestHotlineReports(dsl);
        // overdue at the period's end, answered since: counted, though not late today
        reports.report(TestDossiers.AGENCY, today.minusDays(50), today.minusDays(40))
                .answered(today.minusDays(10).atTime(9, 0)).save();
        // received before the period, reopened in it and unanswered: counted by its second round
        reports.report(TestDossiers.AGENCY, today.minusDays(100), today.minusDays(90))
                .answered(today.minusDays(91).atTime(9, 0)).reopened(today.minusDays(45).atTime(9, 0), today.minusDays(35))
                .save();
        // answered late but before the end: not overdue then
        reports.report(TestDossiers.AGENCY, today.minusDays(50), today.minusDays(25))
                .answered(today.minusDays(24).atTime(9, 0)).save();
        // due the day before the end and still unanswered: counted
        reports.report(TestDossiers.AGENCY, today.minusDays(30), today.minusDays(21)).save();

        loginAs("lanhdao.tinh");
        open("overview?unit=" + TestDossiers.AGENCY + "&period=CUSTOM&from=" + from + "&to=" + to);
        Div card = LocatorJ._get(Div.class, spec -> spec.withClasses("kpi-hotline"));
        Element overdue = Shown.one(card, "a.kpi-hotline-overdue[router-link]");
        assertThat(overdue.text()).isEqualTo("Quá hạn trả lời: 3");
        assertThat(overdue.attr("title")).contains("tiếp nhận hoặc mở lại trong kỳ", "cuối kỳ");
        assertThat(overdue.attr("href")).endsWith("&asof=" + to);

        open(overdue.attr("href"));
        @SuppressWarnings("unchecked")
        Grid<vn.camau.reform.hotline.HotlineRow> queue = LocatorJ._get(Grid.class);
        assertThat(GridKt._size(queue)).as("the card's count is the rows behind its link").isEqualTo(3);
        assertThat(LocatorJ._get(com.vaadin.flow.component.tabs.Tab.class, spec -> spec.withId("queue-OVERDUE"))
                .getLabel()).isEqualTo("Quá hạn (3)");
        Div note = LocatorJ._get(Div.class, spec -> spec.withClasses("hotline-overdue-note"));
        assertThat(note.getElement().getTextRecursively()).contains("Tổng quan", "hết ngày " + vn.camau.reform.base.text
                .VnFormats.date(to));

        // today's live list says what it counts instead: here, the two still unanswered
        open(LocatorJ._get(Anchor.class, spec -> spec.withId("hotline-overdue-live")).getHref());
        assertThat(LocatorJ._get(Div.class, spec -> spec.withClasses("hotline-overdue-note")).getElement()
                .getTextRecursively()).contains("tính đến hôm nay");
        @SuppressWarnings("unchecked")
        Grid<vn.camau.reform.hotline.HotlineRow> live = LocatorJ._get(Grid.class);
        assertThat(GridKt._findAll(live).stream().map(vn.camau.reform.hotline.HotlineRow::code)
                .filter(c -> c.startsWith("TEST-"))).hasSize(2);
    }

    @Test
    void theHotlineCardAndColumnsShowReportsAnsweredOnTimeOverdueAndFounded() throws Exception {
        LocalDate today = LocalDate.now(clock);
        TestHotlineReports reports = new TestHotlineReports(dsl);
        // on time and founded; late; unanswered past its due date (overdue, partly founded)
        reports.report(TestDossiers.AGENCY, today.minusDays(20), today.minusDays(10))
                .answered(today.minusDays(10).atTime(14, 0)).concluded("FOUNDED").save();
        reports.report(TestDossiers.AGENCY, today.minusDays(20), today.minusDays(10))
                .answered(today.minusDays(9).atTime(14, 0)).save();
        reports.report(TestDossiers.AGENCY, today.minusDays(20), today.minusDays(5)).concluded("PARTLY_FOUNDED").save();

        loginAs("lanhdao.tinh");
        String from = today.minusDays(90).toString();
        open("overview?unit=" + TestDossiers.AGENCY + "&period=CUSTOM&from=" + from + "&to=" + today);
        assertThat(kpiLabels()).contains("Đường dây nóng: trả lời đúng hạn");
        Div card = LocatorJ._get(Div.class, spec -> spec.withClasses("kpi-hotline"));
        assertThat(Shown.text(card)).contains("33,33%", "Tiếp nhận: 3", "Quá hạn trả lời: 1",
                "Có cơ sở: 2");
        // 1 of the 3 reports due was answered by its date, and the hover says so
        assertThat(card.getTitle().orElseThrow()).startsWith("Đường dây nóng: trả lời đúng hạn = ")
                .contains(": 1 ÷ 3");
        Element overdue = Shown.one(card, "a.kpi-hotline-overdue[router-link]");
        // the queue's overdue list, narrowed to the unit and the period the figure counts
        assertThat(overdue.attr("href")).isEqualTo("hotline?queue=OVERDUE&unit=" + TestDossiers.AGENCY + "&from=" + from
                + "&to=" + today + "&asof=" + today);
        assertThat(overdue.text()).isEqualTo("Quá hạn trả lời: 1");

        Grid<UnitRow> grid = unitsGrid();
        assertThat(grid.getColumnByKey("hotline-received").getHeaderText()).isEqualTo("Phản ánh tiếp nhận");
        assertThat(grid.getColumnByKey("hotline-on-time").getHeaderText()).isEqualTo("Phản ánh trả lời đúng hạn");
        assertThat(grid.getColumnByKey("hotline-overdue").getHeaderText()).isEqualTo("Phản ánh quá hạn");
        assertThat(grid.getColumnByKey("hotline-founded").getHeaderText()).isEqualTo("Phản ánh có cơ sở");
        int self = 0;
        while (GridKt._get(grid, self).unit().id() != TestDossiers.AGENCY) {
            self++;
        }
        Map<String, Object> overdueCell = Shown.cell(grid, GridKt._get(grid, self), "hotline-overdue");
        assertThat(overdueCell.get("text")).isEqualTo("1");
        assertThat(Shown.template(grid, "hotline-overdue"))
                .contains("<a href=\"${item.href}\" router-link class=\"hotline-overdue\"");
        assertThat((String) overdueCell.get("href")).startsWith("hotline?queue=OVERDUE&unit=" + TestDossiers.AGENCY);
        // a rate cell is rendered in the browser from the row's data (no component per cell on the server)
        assertThat(GridKt._getFormatted(grid, self, "hotline-on-time")).isEqualTo("33,33%");

        // the export carries the four figures, and nothing of a reporter
        Anchor csv = LocatorJ._find(Anchor.class, spec -> spec.withText("Xuất CSV")).getFirst();
        String text = new String(DownloadKt._download(csv), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("Phản ánh tiếp nhận", "Đường dây nóng: trả lời đúng hạn (%)", "Phản ánh quá hạn",
                "Phản ánh có cơ sở").doesNotContain("0912000111");
        assertThat(text.lines().filter(l -> l.startsWith("96.TEST,")).findFirst().orElseThrow())
                .contains(",3,33.33,1,2,");
        // and what else the application knows (issue 17): outcomes, the waiting ones, hotline satisfaction
        assertThat(text).contains("Nộp qua bưu chính", "Trả kết quả tại nhà", "Rút hồ sơ", "Dừng xử lý", "Từ chối tiếp nhận",
                "Chờ bổ sung", "Hài lòng với trả lời phản ánh (%)", "Phản ánh: lượt đánh giá trả lời");
        // counts are headed as counts (issue 18): "Ngày tiếp nhận" is the dossier list's date column
        assertThat(text).contains("Hồ sơ tiếp nhận,Hồ sơ đã giải quyết,").doesNotContain("Ngày tiếp nhận", "Ngày giải quyết");
        assertThat(grid.getColumns()).extracting(Grid.Column::getHeaderText)
                .contains("Hồ sơ tiếp nhận", "Hồ sơ đã giải quyết").doesNotContain("Ngày tiếp nhận", "Ngày giải quyết");
    }

    /**
     * Issue 18, the heap per UI: what a UI keeps of the overview is a state node per element. Each KPI
     * card is one element (its lines and links its inner HTML), the units grid's alarm counts are drawn
     * in the browser from the row's values, and the period selector's two date pickers exist only while
     * the period is custom, its month/quarter select only while it is a month or a quarter.
     */
    @Test
    @SuppressWarnings("unchecked")
    void theOverviewKeepsOneElementPerCardNoComponentPerAlarmCellAndPeriodFieldsOnlyForTheirKind() {
        loginAs("lanhdao.tinh");
        open("overview?unit=" + TestDossiers.AGENCY);
        assertThat(kpiCards()).hasSizeGreaterThanOrEqualTo(15)
                .allSatisfy(card -> assertThat(card.getElement().getChildCount()).as(Shown.text(card)).isZero());
        Grid<UnitRow> grid = unitsGrid();
        assertThat(grid.getColumnByKey("second-miss").getRenderer())
                .isInstanceOf(com.vaadin.flow.data.renderer.LitRenderer.class);
        assertThat(grid.getColumnByKey("hotline-overdue").getRenderer())
                .isInstanceOf(com.vaadin.flow.data.renderer.LitRenderer.class);
        assertThat(LocatorJ._find(DatePicker.class)).isEmpty();
        // a year's period has no month/quarter select at all (not one kept hidden), a month's has it
        Select<PeriodKind> kind = LocatorJ._get(Select.class, spec -> spec.withLabel("Kỳ báo cáo"));
        assertThat(periodFields(kind)).containsExactly("Kỳ báo cáo", "Năm");
        kind.setValue(PeriodKind.MONTH);
        kind = LocatorJ._get(Select.class, spec -> spec.withLabel("Kỳ báo cáo")); // the page was drawn again
        assertThat(periodFields(kind)).containsExactly("Kỳ báo cáo", "Năm", "Tháng/Quý");
        assertThat(LocatorJ._get(Select.class, spec -> spec.withLabel("Tháng/Quý")).getValue())
                .isEqualTo(indicators.today().getMonthValue());

        // a custom period shows its two dates (from the month's first day to today), and only then
        kind.setValue(PeriodKind.CUSTOM);
        LocalDate today = indicators.today();
        assertThat(LocatorJ._find(DatePicker.class)).extracting(DatePicker::getLabel, DatePicker::getValue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Từ ngày", today.withDayOfMonth(1)),
                        org.assertj.core.groups.Tuple.tuple("Đến ngày", today));
        // and a date chosen there is the period the page shows
        LocatorJ._get(DatePicker.class, spec -> spec.withLabel("Từ ngày")).setValue(today.minusDays(90));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("period=CUSTOM", "from=" + today.minusDays(90), "to=" + today);
        LocatorJ._get(Select.class, spec -> spec.withLabel("Kỳ báo cáo")).setValue(PeriodKind.YEAR);
        assertThat(LocatorJ._find(DatePicker.class)).isEmpty();
        assertThat(periodFields(LocatorJ._get(Select.class, spec -> spec.withLabel("Kỳ báo cáo"))))
                .containsExactly("Kỳ báo cáo", "Năm");

        // the cards that open a list have no click listener of their own: one on the row, told which
        // card was clicked, runs it, and a name the row did not make does nothing
        Div overdue = kpiCards().stream().filter(d -> Shown.text(d).contains("Đang quá hạn")).findFirst().orElseThrow();
        assertThat(overdue.getElement().getAttribute("data-open")).isNotBlank();
        assertThat(overdue.getElement().getNode()
                .getFeatureIfInitialized(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)).isEmpty();
        com.vaadin.flow.dom.Element row = overdue.getElement().getParent();
        clickRow(row, "kpi.nothing");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        clickRow(row, overdue.getElement().getAttribute("data-open"));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo(vn.camau.reform.dossier.ui.DossierNavigation.ALERTS);
    }

    private static void clickRow(com.vaadin.flow.dom.Element row, String card) {
        var data = tools.jackson.databind.json.JsonMapper.shared().createObjectNode();
        data.put(KpiCards.CLICKED_CARD, card);
        data.put(KpiCards.ON_A_LINK_CARD, true);
        com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent(row,
                new com.vaadin.flow.dom.DomEvent(row, "click", data));
    }

    /** The period selector's fields by label, hidden ones included. */
    private static List<String> periodFields(Select<PeriodKind> kind) {
        return kind.getParent().orElseThrow().getChildren()
                .map(c -> c instanceof com.vaadin.flow.component.HasLabel l ? l.getLabel() : c.getClass().getSimpleName())
                .toList();
    }

    @Test
    void anAdministratorSeesNoHotlineFigures() {
        LocalDate today = LocalDate.now(clock);
        new TestHotlineReports(dsl).report(TestDossiers.AGENCY, today.minusDays(20), today.minusDays(5)).save();
        loginAs("admin");
        open("overview?unit=" + TestDossiers.AGENCY);
        assertThat(kpiLabels()).contains("Xin lỗi đúng hạn").doesNotContain("Đường dây nóng: trả lời đúng hạn");
        assertThat(LocatorJ._find(Div.class, spec -> spec.withClasses("kpi-hotline"))).isEmpty();
        assertThat(unitsGrid().getColumnByKey("hotline-received")).isNull();
    }

    @Test
    void clickingAUnitDrillsDownAndTheUrlOpensTheSameView() {
        loginAs("lanhdao.tinh");
        open("overview?period=YEAR&from=2024-01-01&to=2024-12-31");
        Grid<UnitRow> grid = unitsGrid();
        int index = 0;
        while (!GridKt._get(grid, index).unit().name().equals("Sở Thử nghiệm")) {
            index++;
        }
        GridKt._clickItem(grid, index);
        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).contains("unit=" + TestDossiers.AGENCY).contains("from=2024-01-01");
        assertThat(LocatorJ._get(H2.class, spec -> spec.withText("Sở Thử nghiệm"))).isNotNull();
        // The former unit's 2024 dossier rolls up to the agency and is shown as its own row
        UnitRow former = row(unitsGrid(), "Phòng Thử nghiệm cũ");
        assertThat(former.indicators().get(vn.camau.reform.dossier.StatCounter.RESOLVED_ON_TIME)).isEqualTo(1);

        open(location);
        assertThat(LocatorJ._get(H2.class, spec -> spec.withText("Sở Thử nghiệm"))).isNotNull();
    }

    @Test
    void aMalformedLinkFallsBackWithAMessageInsteadOfAnError() {
        loginAs("lanhdao.tinh");
        open("overview?from=2024-13-45");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(OverviewView.class);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("ngày không hợp lệ"));
        open("overview?from=2024-12-31&to=2024-01-01");
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("sau ngày kết thúc"));
    }

    @Test
    void aCommuneLeaderCannotOpenAnotherUnitNorSeeItAmongTheRows() {
        loginAs("lanhdao.anxuyen");
        open("overview?unit=" + TestDossiers.AGENCY);
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Không tìm thấy đơn vị này trong phạm vi của bạn");
        open("overview?unit=1");
        assertThat(LocatorJ._find(EChart.class)).isEmpty();

        open("overview");
        assertThat(LocatorJ._get(H2.class, spec -> spec.withText("Phường An Xuyên"))).isNotNull();
        assertThat(LocatorJ._find(Grid.class).stream().flatMap(g -> {
            List<Object> items = new java.util.ArrayList<>();
            for (int i = 0; i < GridKt._size(g); i++) {
                items.add(GridKt._get(g, i));
            }
            return items.stream();
        }).filter(UnitRow.class::isInstance).map(r -> ((UnitRow) r).unit().id()))
                .doesNotContain(TestDossiers.AGENCY, 1L);
    }

    @Test
    void anInspectorIsDeniedTheOverview() {
        loginAs("thanhtra");
        UI.getCurrent().navigate(OverviewView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }
}
