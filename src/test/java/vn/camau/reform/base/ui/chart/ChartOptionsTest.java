package vn.camau.reform.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.camau.reform.base.ui.chart.ChartOptions.Series;
import vn.camau.reform.base.ui.chart.ChartOptions.Slice;
import vn.camau.reform.base.ui.chart.ChartOptions.ValueFormat;

class ChartOptionsTest {

    @Test
    void monthlyTrendIsAPercentLineOverMonths() {
        ObjectNode option = ChartOptions.line("Tỷ lệ đúng hạn", List.of("T1", "T2", "T3"),
                List.of(new Series("Tỉnh", List.of(0.98, 0.9933, 0.995))), ValueFormat.PERCENT);

        assertThat(option.path("valueFormat").asString()).isEqualTo("percent");
        assertThat(option.path("title").path("text").asString()).isEqualTo("Tỷ lệ đúng hạn");
        assertThat(option.path("tooltip").path("trigger").asString()).isEqualTo("axis");
        assertThat(option.path("grid").path("containLabel").asBoolean()).isTrue();
        assertThat(option.path("xAxis").path("data")).extracting(JsonNode::asString).containsExactly("T1", "T2", "T3");
        assertThat(option.path("yAxis").path("min").asDouble()).as("a trend near 99%% is not flattened").isEqualTo(0.98);
        JsonNode series = option.path("series");
        assertThat(series).hasSize(1);
        assertThat(series.get(0).path("type").asString()).isEqualTo("line");
        assertThat(series.get(0).path("data").get(1).asDouble()).isEqualTo(0.9933);
        assertThat(option.has("animation")).isFalse();
    }

    @Test
    void rankingCarriesUnitIdsWorstOnTop() {
        ObjectNode option = ChartOptions.horizontalBar("Đơn vị trễ hạn nhiều nhất",
                List.of("Xã Đầm Dơi", "Phường An Xuyên"), List.of(0.81, 0.995), List.of(1203L, 96L),
                ValueFormat.PERCENT);

        assertThat(option.path("yAxis").path("type").asString()).isEqualTo("category");
        assertThat(option.path("yAxis").path("inverse").asBoolean()).isTrue();
        assertThat(option.path("xAxis").path("type").asString()).isEqualTo("value");
        JsonNode bar = option.path("series").get(0);
        assertThat(bar.path("type").asString()).isEqualTo("bar");
        assertThat(bar.path("data").get(0).path("id").asLong()).isEqualTo(1203L);
        assertThat(bar.path("data").get(0).path("value").asDouble()).isEqualTo(0.81);
        assertThat(bar.path("data").get(1).path("id").isNumber()).isTrue();
        assertThat(option.path("valueFormat").asString()).isEqualTo("percent");
    }

    @Test
    void barsByFieldDefaultToCounts() {
        ObjectNode option = ChartOptions.bar("Hồ sơ theo lĩnh vực", List.of("Đất đai", "Hộ tịch"),
                List.of(new Series("Đúng hạn", List.of(1234, 567)), new Series("Trễ hạn", List.of(12, 3))));

        assertThat(option.path("valueFormat").asString()).isEqualTo("count");
        assertThat(option.path("series")).extracting(s -> s.path("type").asString()).containsExactly("bar", "bar");
        assertThat(option.path("legend").isObject()).as("two series need a legend").isTrue();
        assertThat(option.path("series").get(0).path("data").get(0).asInt()).isEqualTo(1234);
    }

    @Test
    void channelMixIsAPieWithIdsWhereGiven() {
        ObjectNode option = ChartOptions.pie("Kênh tiếp nhận",
                List.of(new Slice("Trực tuyến", 700, "ONLINE"), new Slice("Trực tiếp", 300)));

        JsonNode pie = option.path("series").get(0);
        assertThat(pie.path("type").asString()).isEqualTo("pie");
        assertThat(option.path("tooltip").path("trigger").asString()).isEqualTo("item");
        assertThat(pie.path("data").get(0).path("id").asString()).isEqualTo("ONLINE");
        assertThat(pie.path("data").get(1).has("id")).isFalse();
        assertThat(option.has("xAxis")).isFalse();
    }

    @Test
    void everyKindIsDrawnWithoutAnEntryAnimationToWaitFor() {
        List<Series> series = List.of(new Series("a", List.of(1, 2)));
        List<ObjectNode> options = List.of(ChartOptions.line("x", List.of("T1", "T2"), series),
                ChartOptions.bar("x", List.of("T1", "T2"), series),
                ChartOptions.horizontalBar("x", List.of("a", "b"), List.of(1, 2), List.of()),
                ChartOptions.horizontalBars("x", List.of("T1", "T2"), series),
                ChartOptions.pie("x", List.of(new Slice("a", 1))));

        assertThat(options).allSatisfy(option -> {
            assertThat(option.path("animationDuration").asInt(-1)).as("entry drawn in the next frame")
                    .isPositive().isLessThan(17);
            assertThat(option.has("animation")).as("hover and updates still animate").isFalse();
        });
    }

    @Test
    void manyPointsSwitchAnimationOff() {
        List<String> days = Collections.nCopies(ChartOptions.ANIMATION_LIMIT + 1, "d");
        List<Integer> values = Collections.nCopies(days.size(), 1);
        ObjectNode option = ChartOptions.line(null, days, List.of(new Series("x", values)));

        assertThat(option.path("animation").asBoolean(true)).isFalse();
        assertThat(option.has("title")).isFalse();
        assertThat(option.path("series").get(0).path("showSymbol").asBoolean()).isFalse();
    }

    @Test
    void missingValuesStayGapsAndMismatchedListsAreRefused() {
        ObjectNode option = ChartOptions.line("x", List.of("T1", "T2"),
                List.of(new Series("a", java.util.Arrays.asList(1, null))));
        assertThat(option.path("series").get(0).path("data").get(1).isNull()).isTrue();

        assertThatThrownBy(() -> ChartOptions.bar("x", List.of("a", "b"), List.of(new Series("s", List.of(1)))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 categories but 1 values");
    }

    /** The tick labels ECharts draws for a fitted axis, as the browser formats them. */
    static List<String> tickLabels(JsonNode axis) {
        java.math.BigDecimal min = axis.path("min").decimalValue();
        java.math.BigDecimal max = axis.path("max").decimalValue();
        java.math.BigDecimal step = axis.path("interval").decimalValue();
        List<String> labels = new java.util.ArrayList<>();
        for (java.math.BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            labels.add(vn.camau.reform.base.text.VnFormats.percent(v.doubleValue()));
        }
        return labels;
    }

    @Test
    void ratesNearOneHundredGetAnAxisFittedToThemWithRoundDistinctTicks() {
        // the trend: 99,1% to 100%, once drawn on ECharts' own ticks under max 100% with labels colliding
        ObjectNode option = ChartOptions.line("Xu hướng", List.of("T1", "T2", "T3"),
                List.of(new Series("Đúng hạn", List.of(0.991, 0.9987, 1.0)), new Series("Trực tuyến", List.of(0.995, 0.997, 0.999))),
                ValueFormat.PERCENT);
        JsonNode y = option.path("yAxis");
        assertThat(y.path("min").asDouble()).isEqualTo(0.99);
        assertThat(y.path("max").asDouble()).isEqualTo(1.0);
        assertThat(y.path("interval").asDouble()).isEqualTo(0.002);
        assertThat(y.has("scale")).isFalse();
        assertThat(y.path("axisLabel").path("hideOverlap").asBoolean()).isTrue();
        List<String> labels = tickLabels(y);
        assertThat(labels).hasSizeBetween(3, 7).doesNotHaveDuplicates().contains("99,00%", "100,00%");
    }

    @Test
    void aWideSpreadOfRatesStillEndsAtOneHundredOnRoundSteps() {
        ObjectNode option = ChartOptions.line("x", List.of("T1", "T2"),
                List.of(new Series("a", java.util.Arrays.asList(0.42, null))), ValueFormat.PERCENT);
        JsonNode y = option.path("yAxis");
        assertThat(y.path("max").asDouble()).isLessThanOrEqualTo(1.0);
        assertThat(y.path("min").asDouble()).isLessThanOrEqualTo(0.42);
        assertThat(tickLabels(y)).hasSizeBetween(2, 7).doesNotHaveDuplicates();
    }

    @Test
    void countAxesTickOnWholeNumbersOnly() {
        ObjectNode bars = ChartOptions.bar("x", List.of("a"), List.of(new Series("s", List.of(1))));
        ObjectNode line = ChartOptions.line("x", List.of("a"), List.of(new Series("s", List.of(1))));
        ObjectNode ranking = ChartOptions.horizontalBar("x", List.of("a"), List.of(2), null);
        ObjectNode sideways = ChartOptions.horizontalBars("x", List.of("a"), List.of(new Series("s", List.of(1))));
        assertThat(bars.path("yAxis").path("minInterval").asInt()).isEqualTo(1);
        assertThat(line.path("yAxis").path("minInterval").asInt()).isEqualTo(1);
        assertThat(ranking.path("xAxis").path("minInterval").asInt()).isEqualTo(1);
        assertThat(sideways.path("xAxis").path("minInterval").asInt()).isEqualTo(1);
    }

    @Test
    void aRankingPrintsEachValueAndWrapsLongNames() {
        ObjectNode option = ChartOptions.horizontalBar("Đơn vị", List.of("Sở Tài nguyên và Môi trường", "Xã Đầm Dơi"),
                List.of(8.7, 1.2), List.of(1L, 2L), ValueFormat.COUNT, List.of("8,7‰ · 99,13% {x}", "1,2‰"));
        JsonNode bar = option.path("series").get(0);
        assertThat(bar.path("label").path("show").asBoolean()).isTrue();
        assertThat(bar.path("label").path("position").asString()).isEqualTo("right");
        assertThat(bar.path("data").get(0).path("label").path("formatter").asString())
                .as("a server-made label is no ECharts template").isEqualTo("8,7‰ · 99,13% (x)");
        JsonNode names = option.path("yAxis").path("axisLabel");
        assertThat(names.path("overflow").asString()).isEqualTo("break");
        assertThat(names.path("interval").asInt()).as("no name skipped").isZero();
    }

    @Test
    void groupedBarsLieSidewaysSoLongFieldNamesDoNotCollide() {
        ObjectNode option = ChartOptions.horizontalBars("Lĩnh vực", List.of("Tài nguyên và Môi trường", "Hộ tịch"),
                List.of(new Series("Trễ", List.of(3, 1)), new Series("Quá hạn", List.of(2, 0))));
        assertThat(option.path("yAxis").path("type").asString()).isEqualTo("category");
        assertThat(option.path("yAxis").path("inverse").asBoolean()).isTrue();
        assertThat(option.path("yAxis").path("axisLabel").path("overflow").asString()).isEqualTo("break");
        assertThat(option.path("xAxis").path("type").asString()).isEqualTo("value");
        assertThat(option.path("series")).allSatisfy(s -> assertThat(s.path("label").path("show").asBoolean()).isTrue());
    }

    @Test
    void onAPhoneALongTitleWrapsAndTheRankingsNamesNarrowWhileItsValuesKeepTheirRoom() {
        String title = "Đơn vị trễ hạn nhiều nhất (hồ sơ trễ trên 1.000 hồ sơ đã giải quyết)";
        ObjectNode option = ChartOptions.horizontalBar(title, List.of("Xã Đầm Dơi"), List.of(20.0), List.of(1L),
                ValueFormat.COUNT, List.of("20‰ · 98,00% đúng hạn"));
        assertThat(option.path("grid").path("right").asInt()).as("room for the longest printed value")
                .isGreaterThanOrEqualTo(21 * 6);
        JsonNode phone = option.path("media").get(0);
        assertThat(phone.path("query").path("maxWidth").asInt()).isEqualTo(480);
        assertThat(phone.path("option").path("title").path("textStyle").path("overflow").asString()).isEqualTo("break");
        assertThat(phone.path("option").path("grid").path("top").asInt()).isGreaterThan(40);
        assertThat(phone.path("option").path("yAxis").path("axisLabel").path("width").asInt()).isEqualTo(110);
        // a line's last label, centred on the plot's end, has room for its half
        ObjectNode trend = ChartOptions.line("x", List.of("Năm 2025", "Năm 2026"), List.of(new Series("s", List.of(1, 2))));
        assertThat(trend.path("grid").path("right").asInt()).isGreaterThanOrEqualTo((int) (8 * 6.5 / 2));
        // a phone leaves its wrapped legend one line's room per line the names take
        ObjectNode two = ChartOptions.bar("x", List.of("T1"), List.of(new Series("Đúng hạn", List.of(1)),
                new Series("Trễ", List.of(1))));
        ObjectNode four = ChartOptions.bar("x", List.of("T1"), List.of(
                new Series("Thái độ, nhũng nhiễu, gây phiền hà", List.of(1)), new Series("Trễ hẹn hồ sơ", List.of(1)),
                new Series("Hỏi đáp thủ tục", List.of(1)), new Series("Cơ sở vật chất", List.of(1))));
        int oneLine = two.path("media").get(0).path("option").path("grid").path("bottom").asInt();
        assertThat(four.path("media").get(0).path("option").path("grid").path("bottom").asInt())
                .isGreaterThanOrEqualTo(oneLine + 2 * 24);
        // a short title needs none of it
        assertThat(ChartOptions.pie("Kênh tiếp nhận", List.of(new Slice("a", 1))).has("media")).isFalse();
    }

    @Test
    void anEmptyChartSaysWhyAndHidesItsBareAxes() {
        ObjectNode option = ChartOptions.withEmptyMessage(
                ChartOptions.horizontalBars("Lĩnh vực", List.of(),
                        List.of(new Series("Trễ", List.of()), new Series("Quá hạn", List.of()))),
                "Không có hồ sơ trễ hạn trong kỳ");
        // no legend of empty series, not even the phone's (its media query would bring one back)
        assertThat(option.has("legend")).isFalse();
        assertThat(option.path("media")).isNotEmpty().allSatisfy(m -> assertThat(m.path("option").has("legend")).isFalse());
        assertThat(ChartOptions.emptyMessage(option)).contains("Không có hồ sơ trễ hạn trong kỳ");
        assertThat(option.path("graphic").path(0).path("style").path("textAlign").asString()).isEqualTo("center");
        assertThat(option.path("xAxis").path("show").asBoolean(true)).isFalse();
        assertThat(option.path("yAxis").path("show").asBoolean(true)).isFalse();
        assertThat(ChartOptions.emptyMessage(ChartOptions.pie("x", List.of(new Slice("a", 1))))).isEmpty();
    }

    @Test
    void anAxisNoteSaysWhereAFittedAxisStarts() {
        ObjectNode option = ChartOptions.withAxisNote(ChartOptions.line("Xu hướng", List.of("T1"),
                List.of(new Series("a", List.of(0.995))), ValueFormat.PERCENT), "Trục dọc bắt đầu từ 99,00%");
        assertThat(option.path("title").path("subtext").asString()).isEqualTo("Trục dọc bắt đầu từ 99,00%");
        assertThat(option.path("title").path("text").asString()).isEqualTo("Xu hướng");
    }
}
