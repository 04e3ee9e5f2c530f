package vn.camau.reform.base.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Apache ECharts chart. The view builds the whole ECharts option (usually with
 * {@link ChartOptions}) and the browser only draws it: no chart logic lives in TypeScript, so
 * every chart is testable in plain Java. Height defaults to 320px; {@link #setHeight} overrides it.
 */
@Tag("echarts-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/echarts-chart.ts")
public class EChart extends Component implements HasSize {

    public EChart() {
    }

    public EChart(String label, ObjectNode option) {
        setLabel(label);
        setOption(option);
    }

    /** Replaces the whole chart with this option (an ECharts option object). */
    public void setOption(ObjectNode option) {
        // JsonNode.toString() writes valid JSON, so no mapper is needed on this path
        getElement().setProperty("option", option == null ? "" : option.toString());
    }

    /**
     * Replaces the whole chart with this option, given as JSON. Checked here, because malformed
     * JSON would otherwise only show up as an empty chart and a message in the browser console.
     */
    public void setOption(String json) {
        if (json != null && !json.isBlank()) {
            try {
                JsonMapper.shared().readTree(json);
            } catch (JacksonException e) {
                throw new IllegalArgumentException("Not a JSON ECharts option: " + e.getOriginalMessage(), e);
            }
        }
        getElement().setProperty("option", json == null ? "" : json);
    }

    /** The option as last set, in JSON ("" when none). */
    public String getOption() {
        return getElement().getProperty("option", "");
    }

    /** What the chart shows, in words: the element's aria-label, since a canvas says nothing to screen readers. */
    public void setLabel(String label) {
        getElement().setProperty("label", label == null ? "" : label);
    }

    public String getLabel() {
        return getElement().getProperty("label", "");
    }

    /** A click on a bar, point or slice; {@link ChartClickEvent#getDataId()} carries the item's id, if any. */
    public Registration addChartClickListener(ComponentEventListener<ChartClickEvent> listener) {
        return addListener(ChartClickEvent.class, listener);
    }
}
