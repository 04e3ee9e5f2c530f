package vn.camau.reform.hotline.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.base.ui.AccessDeniedView;
import vn.camau.reform.base.ui.chart.ChartClickEvent;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.base.period.Period;
import vn.camau.reform.hotline.HotlineStats;
import vn.camau.reform.hotline.HotlineStats.UnitCount;
import vn.camau.reform.hotline.HotlineStatsService;
import vn.camau.reform.dashboard.IndicatorService;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.dossier.TestHotlineReports;
import vn.camau.reform.ui.KaribuTest;

/** The leaders' hotline charts: what they count, the unit and period in the URL, scope and roles. */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back; RolledBackGenerations drops the figures kept meanwhile
class HotlineOverviewViewTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;
    @Autowired
    IndicatorService indicators;
    @Autowired
    JsonMapper json;
    @Autowired
    java.time.Clock clock;
    @Autowired
    HotlineStatsService stats;

    LocalDate today;

    @BeforeEach
    void loadReports() {
        testDossiers.ensureReferenceData();
        TestHotlineReports reports = new TestHotlineReports(dsl);
        today = LocalDate.now(clock);
        LocalDate received = today.minusDays(20);
        // two attitude reports, one founded and answered on time; a late-dossier one, answered late
        reports.report(TestDossiers.AGENCY, received, today.minusDays(10)).answered(today.minusDays(11).atTime(9, 0))
                .concluded("FOUNDED").save();
        reports.report(TestDossiers.AGENCY, received, today.minusDays(10)).save();
        reports.report(TestDossiers.AGENCY, received, today.minusDays(10)).category("LATE_DOSSIER")
                .answered(today.minusDays(8).atTime(9, 0)).save();
    }

    private static void open(String path, String query) {
        UI.getCurrent().navigate(path, QueryParameters.fromString(query));
    }

    private JsonNode option(String id) {
        EChart chart = LocatorJ._find(EChart.class).stream()
                .filter(c -> c.getId().orElse("").equals("chart-" + id)).findFirst().orElseThrow();
        return json.readTree(chart.getOption());
    }

    private String agencyPeriod() {
        return "unit=" + TestDossiers.AGENCY + "&period=CUSTOM&from=" + today.minusDays(90) + "&to=" + today;
    }

    @Test
    void anInspectorSeesTheFiveChartsOfTheUnitAndPeriodInTheUrl() {
        loginAs("thanhtra");
        open("hotline/overview", agencyPeriod());
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineOverviewView.class);
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Đường dây nóng – Sở Thử nghiệm");
        List<EChart> charts = LocatorJ._find(EChart.class);
        assertThat(charts).hasSize(5).allSatisfy(c -> assertThat(c.getOption()).contains("series"));

        // by category: 2 of one, 1 of the other
        JsonNode slices = option("by-category").at("/series/0/data");
        assertThat(slices.size()).isEqualTo(2);
        assertThat(slices.findValues("value").stream().map(JsonNode::asLong).toList()).containsExactlyInAnyOrder(2L, 1L);
        // by month: stacked, the current month holding all three (when 20 days ago was in it) or the months summing to 3
        JsonNode months = option("by-month").get("series");
        long total = 0;
        for (JsonNode s : months) {
            assertThat(s.get("stack").asString()).isEqualTo("reports");
            for (JsonNode v : s.get("data")) {
                total += v.asLong();
            }
        }
        assertThat(total).isEqualTo(3);
        // on time by month: 1 of the 3 due in the month ten days ago
        JsonNode rates = option("on-time").at("/series/0/data");
        assertThat(rates.size()).isEqualTo(12);
        assertThat(rates.get(11 - monthsBetween(today.minusDays(10), today)).asDouble()).isEqualTo(1.0 / 3);
        // by unit and founded: the agency's own reports, 3 and 1
        assertThat(option("by-unit").at("/series/0/data/0/value").asLong()).isEqualTo(3);
        assertThat(option("founded-by-unit").at("/series/0/data/0/value").asLong()).isEqualTo(1);
        // never a reporter
        charts.forEach(c -> assertThat(c.getOption()).doesNotContain("0912000111", "Người Phản Ánh"));
    }

    private static int monthsBetween(LocalDate a, LocalDate b) {
        return (b.getYear() - a.getYear()) * 12 + b.getMonthValue() - a.getMonthValue();
    }

    @Test
    void theProvinceCountsTheAgencyAmongItsUnitsAndAClickOnAUnitOpensIt() {
        loginAs("chanhthanhtra");
        Period period = Period.custom(today.minusDays(90), today);
        // the service rather than the chart: with demo reports the agency may rank below the top 15
        HotlineStats province = stats.stats(null, period);
        assertThat(province.byUnit()).contains(new UnitCount(TestDossiers.AGENCY, "Sở Thử nghiệm", false, 3, 1));
        assertThat(province.byUnit().stream().mapToLong(UnitCount::reports).sum()).isEqualTo(province.received());

        open("hotline/overview", "period=CUSTOM&from=" + period.from() + "&to=" + period.to());
        EChart byUnit = LocatorJ._find(EChart.class).stream()
                .filter(c -> c.getId().orElse("").equals("chart-by-unit")).findFirst().orElseThrow();
        ComponentUtil.fireEvent(byUnit, new ChartClickEvent(byUnit, true, "series", "", 0, "Sở Thử nghiệm", 0, "3",
                String.valueOf(TestDossiers.AGENCY)));
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Đường dây nóng – Sở Thử nghiệm");
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("unit=" + TestDossiers.AGENCY).contains("from=" + period.from());
    }

    @Test
    void aCommuneLeaderCannotOpenAnotherUnitsCharts() {
        loginAs("lanhdao.anxuyen");
        open("hotline/overview", agencyPeriod());
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Không tìm thấy đơn vị này trong phạm vi của bạn");
        assertThat(LocatorJ._find(EChart.class)).isEmpty();
        open("hotline/overview", "");
        assertThat(LocatorJ._get(H2.class).getText()).isEqualTo("Đường dây nóng – Phường An Xuyên");
        assertThat(option("by-unit").at("/yAxis/data").toString()).doesNotContain("Sở Thử nghiệm");
    }

    @Test
    void aMalformedLinkFallsBackToThisYearWithAMessage() {
        loginAs("thanhtra");
        open("hotline/overview", "unit=" + TestDossiers.AGENCY + "&from=2026-02-30");
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(HotlineOverviewView.class);
        assertThat(NotificationsKt.getNotifications()).anySatisfy(n ->
                assertThat(n.getElement().getProperty("text")).contains("ngày không hợp lệ"));
        assertThat(LocatorJ._find(EChart.class)).hasSize(5);
    }

    @Test
    void aCivilServantIsDeniedTheCharts() {
        loginAs("motcua.anxuyen");
        UI.getCurrent().navigate(HotlineOverviewView.class);
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AccessDeniedView.class);
        assertThat(LocatorJ._find(EChart.class)).isEmpty();
    }
}
