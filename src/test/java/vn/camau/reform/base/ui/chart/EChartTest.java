package vn.camau.reform.base.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.ComponentUtil;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import vn.camau.reform.base.ui.chart.ChartOptions.Slice;

/** Plain JUnit: a Flow component works without a UI or session as long as nothing is sent to a browser. */
class EChartTest {

    @Test
    void optionGoesToTheElementPropertyAsJson() {
        ObjectNode option = ChartOptions.pie("Kênh tiếp nhận", List.of(new Slice("Trực tuyến", 7, 1L)));
        EChart chart = new EChart();
        chart.setOption(option);

        String json = chart.getElement().getProperty("option");
        assertThat(json).isEqualTo(option.toString());
        assertThat(JsonMapper.shared().readTree(json).path("series").get(0).path("data").get(0).path("id").asLong())
                .isEqualTo(1L);
        assertThat(json).contains("\"type\":\"pie\"", "\"id\":1", "Trực tuyến");
        assertThat(chart.getOption()).isEqualTo(json);
    }

    @Test
    void jsonTextIsCheckedAndLabelIsAProperty() {
        EChart chart = new EChart();
        chart.setOption("{\"series\":[]}");
        chart.setLabel("Tỷ lệ đúng hạn theo tháng");

        assertThat(chart.getElement().getProperty("option")).isEqualTo("{\"series\":[]}");
        assertThat(chart.getElement().getProperty("label")).isEqualTo("Tỷ lệ đúng hạn theo tháng");
        assertThat(chart.getElement().getTag()).isEqualTo("echarts-chart");
        assertThatThrownBy(() -> chart.setOption("{series: ["))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clickListenerReceivesTheItemId() {
        EChart chart = new EChart();
        List<ChartClickEvent> clicks = new ArrayList<>();
        chart.addChartClickListener(clicks::add);

        ComponentUtil.fireEvent(chart,
                new ChartClickEvent(chart, true, "series", "Đơn vị", 0, "Xã Đầm Dơi", 3, "0.81", "1203"));

        assertThat(clicks).singleElement().satisfies(e -> {
            assertThat(e.getDataId()).contains("1203");
            assertThat(e.getName()).isEqualTo("Xã Đầm Dơi");
            assertThat(e.getDataIndex()).isEqualTo(3);
        });
    }
}
