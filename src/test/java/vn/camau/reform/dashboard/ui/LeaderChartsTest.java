package vn.camau.reform.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.camau.reform.jooq.Tables.OFFICER;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.camau.reform.base.text.VnFormats;
import vn.camau.reform.base.ui.chart.ChartOptions;
import vn.camau.reform.base.ui.chart.EChart;
import vn.camau.reform.dossier.TestDossiers;
import vn.camau.reform.ui.KaribuTest;

/**
 * Every chart a leader sees, checked on the option the browser gets (issue 18): rates near 100% on
 * an axis fitted to them with round, distinct ticks and the break said in words; the worst units
 * first with their value printed; long names on horizontal bars that wrap; whole-number count axes;
 * an empty chart that says why.
 */
@Transactional // the views run on the test thread: what the test and the screens wrote rolls back; RolledBackGenerations drops the figures kept meanwhile
class LeaderChartsTest extends KaribuTest {

    @Autowired
    DSLContext dsl;
    @Autowired
    TestDossiers testDossiers;

    private final JsonMapper json = JsonMapper.shared();

    private JsonNode option(String id) {
        EChart chart = LocatorJ._find(EChart.class).stream().filter(c -> c.getId().orElse("").equals(id))
                .findFirst().orElseThrow(() -> new AssertionError("no chart " + id));
        return json.readTree(chart.getOption());
    }

    private static List<String> tickLabels(JsonNode axis) {
        BigDecimal step = axis.path("interval").decimalValue();
        List<String> labels = new ArrayList<>();
        for (BigDecimal v = axis.path("min").decimalValue(); v.compareTo(axis.path("max").decimalValue()) <= 0;
             v = v.add(step)) {
            labels.add(VnFormats.percent(v.doubleValue()));
        }
        return labels;
    }

    /** A rate trend: fitted, round ticks that never print the same text twice, the start said when not 0%. */
    private static void assertFittedRateAxis(JsonNode option) {
        if (ChartOptions.emptyMessage(option).isPresent()) {
            return;
        }
        JsonNode y = option.path("yAxis");
        assertThat(y.path("interval").isNumber()).as("round ticks").isTrue();
        assertThat(y.path("max").asDouble()).isLessThanOrEqualTo(1.0);
        assertThat(y.path("axisLabel").path("hideOverlap").asBoolean()).isTrue();
        assertThat(tickLabels(y)).hasSizeBetween(2, 7).doesNotHaveDuplicates();
        if (y.path("min").asDouble() > 0) {
            assertThat(option.path("title").path("subtext").asString())
                    .isEqualTo("Trục dọc bắt đầu từ " + VnFormats.percent(y.path("min").asDouble()) + ", không phải 0%");
        }
        option.path("series").forEach(s -> s.path("data").forEach(v -> {
            if (v.isNumber()) {
                assertThat(v.asDouble()).isBetween(y.path("min").asDouble(), y.path("max").asDouble());
            }
        }));
    }

    @Test
    void theOverviewsChartsShowDifferencesNearOneHundredPercentAndCountInWholeNumbers() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("overview");

        assertFittedRateAxis(option("chart-trend"));

        JsonNode ranking = option("chart-ranking");
        assertThat(ChartOptions.emptyMessage(ranking)).as("the demo has late dossiers").isEmpty();
        assertThat(ranking.path("title").path("text").asString()).contains("trên 1.000");
        assertThat(ranking.path("xAxis").path("min").isMissingNode()).as("late per 1,000 starts at zero, honestly").isTrue();
        JsonNode bars = ranking.path("series").get(0);
        assertThat(bars.path("label").path("show").asBoolean()).as("values printed").isTrue();
        List<Double> values = new ArrayList<>();
        bars.path("data").forEach(d -> {
            values.add(d.path("value").asDouble());
            assertThat(d.path("label").path("formatter").asString()).matches("[\\d.,]+‰ · [\\d.,]+% đúng hạn");
            assertThat(d.path("id").isNumber()).isTrue();
        });
        assertThat(values).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder()).allMatch(v -> v > 0);
        assertThat(ranking.path("yAxis").path("axisLabel").path("overflow").asString()).isEqualTo("break");

        JsonNode fields = option("chart-late-by-field");
        if (ChartOptions.emptyMessage(fields).isEmpty()) {
            assertThat(fields.path("yAxis").path("type").asString()).as("names at the left, not under bars")
                    .isEqualTo("category");
            assertThat(fields.path("yAxis").path("axisLabel").path("overflow").asString()).isEqualTo("break");
            assertThat(fields.path("yAxis").path("data").size()).isBetween(1, 10);
            assertThat(fields.path("xAxis").path("minInterval").asInt()).as("no 0,5 dossiers").isEqualTo(1);
            List<Long> totals = new ArrayList<>();
            for (int i = 0; i < fields.path("yAxis").path("data").size(); i++) {
                totals.add(fields.path("series").get(0).path("data").get(i).asLong()
                        + fields.path("series").get(1).path("data").get(i).asLong());
            }
            assertThat(totals).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }

        JsonNode channels = option("chart-channels");
        channels.path("series").get(0).path("data")
                .forEach(s -> assertThat(s.path("value").asLong()).as("no 0 slices on top of each other").isPositive());
    }

    @Test
    void aUnitWithoutDossiersSaysSoInEveryChart() {
        testDossiers.ensureReferenceData();
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("overview", QueryParameters.fromString("unit=" + TestDossiers.AGENCY));
        assertEmptyCharts();
    }

    private void assertEmptyCharts() {
        assertThat(ChartOptions.emptyMessage(option("chart-late-by-field"))).contains("Không có hồ sơ trễ hạn trong kỳ");
        assertThat(ChartOptions.emptyMessage(option("chart-ranking")))
                .contains("Không có đơn vị nào có hồ sơ trễ hạn trong kỳ");
        assertThat(ChartOptions.emptyMessage(option("chart-channels"))).contains("Chưa có hồ sơ tiếp nhận trong kỳ");
        assertThat(option("chart-late-by-field").path("xAxis").path("show").asBoolean(true)).isFalse();
    }

    @Test
    void theHotlineChartsPrintTheirCountsOnWholeNumberAxes() {
        loginAs("lanhdao.tinh");
        UI.getCurrent().navigate("hotline/overview");
        for (String id : List.of("chart-by-unit", "chart-founded-by-unit")) {
            JsonNode option = option(id);
            if (ChartOptions.emptyMessage(option).isEmpty()) {
                assertThat(option.path("xAxis").path("minInterval").asInt()).as(id).isEqualTo(1);
                assertThat(option.path("series").get(0).path("label").path("show").asBoolean()).as(id).isTrue();
                assertThat(option.path("yAxis").path("axisLabel").path("overflow").asString()).as(id).isEqualTo("break");
            }
        }
        JsonNode months = option("chart-by-month");
        if (ChartOptions.emptyMessage(months).isEmpty()) {
            assertThat(months.path("yAxis").path("minInterval").asInt()).isEqualTo(1);
        }
        assertFittedRateAxis(option("chart-on-time"));
    }

    @Test
    void anOfficersChartsFitTheRateAndCountWholeDossiers() {
        Long officer = dsl.select(OFFICER.ID).from(OFFICER).orderBy(OFFICER.ID).limit(1).fetchOne(OFFICER.ID);
        loginAs("nhansu");
        UI.getCurrent().navigate("officers/" + officer);
        assertFittedRateAxis(option("officer-chart-on-time"));
        JsonNode problems = option("officer-chart-problems");
        if (ChartOptions.emptyMessage(problems).isEmpty()) {
            assertThat(problems.path("yAxis").path("minInterval").asInt()).isEqualTo(1);
        } else {
            assertThat(ChartOptions.emptyMessage(problems)).contains(
                    "Không có hồ sơ trễ do cán bộ và không có phản ánh có cơ sở");
        }
    }
}
