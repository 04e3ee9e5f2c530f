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
        assertThat(option.path("yAxis").path("scale").asBoolean()).as("a trend near 99%% is not flattened").isTrue();
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
}
