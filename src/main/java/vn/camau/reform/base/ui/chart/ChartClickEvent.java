package vn.camau.reform.base.ui.chart;

import java.util.Optional;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;

/**
 * A click on a chart item, for drill-down. Data items built with an {@code id} (units, fields,
 * channels: see {@link ChartOptions}) hand it back in {@link #getDataId()}, so the view never
 * has to map a clicked label or position back to what it stands for.
 */
@DomEvent("chart-click")
public class ChartClickEvent extends ComponentEvent<EChart> {

    private final String componentType;
    private final String seriesName;
    private final int seriesIndex;
    private final String name;
    private final int dataIndex;
    private final String value;
    private final String dataId;

    // ids and values may be numbers or strings in the option; String(...) gives one Java type for both
    public ChartClickEvent(EChart source, boolean fromClient,
            @EventData("event.detail.componentType") String componentType,
            @EventData("event.detail.seriesName") String seriesName,
            @EventData("event.detail.seriesIndex") int seriesIndex,
            @EventData("event.detail.name") String name,
            @EventData("event.detail.dataIndex") int dataIndex,
            @EventData("event.detail.value == null ? null : String(event.detail.value)") String value,
            @EventData("event.detail.dataId == null ? null : String(event.detail.dataId)") String dataId) {
        super(source, fromClient);
        this.componentType = componentType;
        this.seriesName = seriesName;
        this.seriesIndex = seriesIndex;
        this.name = name;
        this.dataIndex = dataIndex;
        this.value = value;
        this.dataId = dataId;
    }

    /** "series" for bars, points and slices; other parts of a chart only when the option asks them to trigger events. */
    public String getComponentType() {
        return componentType;
    }

    public String getSeriesName() {
        return seriesName;
    }

    /** -1 when the click was not on a series. */
    public int getSeriesIndex() {
        return seriesIndex;
    }

    /** The category or slice name, e.g. "Phường An Xuyên". */
    public String getName() {
        return name;
    }

    /** -1 when the click was not on a data item. */
    public int getDataIndex() {
        return dataIndex;
    }

    /** The clicked value as the browser saw it ("0.9993", "1234"); null when there is none. */
    public String getValue() {
        return value;
    }

    /** The data item's {@code id} (e.g. a unit id), when the option gave it one. */
    public Optional<String> getDataId() {
        return Optional.ofNullable(dataId);
    }
}
